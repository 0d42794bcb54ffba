/**
 * A real HTTP server on an ephemeral port whose every answer the test writes by hand — including
 * the wrong ones a broken back end or proxy sends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Health, Vacancy } from '@mobility-kit/contract';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface FixtureServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** `handler` gets the request (body read) and how many requests came before it. */
export type FixtureHandler = (req: RecordedRequest, res: ServerResponse, index: number) => void | Promise<void>;

export async function serve(handler: FixtureHandler): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(recorded);
      void Promise.resolve(handler(recorded, res, requests.length - 1)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Send `body` as JSON with the given status and extra headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendProblem(res: ServerResponse, status: number, title: string, headers: Record<string, string> = {}): void {
  const text = JSON.stringify({ type: 'urn:mobility-kit:problem:test', title, status, detail: `${title} (fixture)` });
  res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  res.end(text);
}

/** A vacancy that satisfies the contract; override fields to break it. */
export function sampleVacancy(overrides: Record<string, unknown> = {}): Vacancy {
  return {
    id: 'docent-ict-groningen',
    title: 'Docent ICT',
    description: 'Je geeft les in de propedeuse.',
    kind: 'vacancy',
    visibility: 'public',
    organisation: { id: 'hanzehogeschool', name: 'Hanzehogeschool Groningen', sector: 'hbo' },
    location: { city: 'Groningen', pc4: '9747' },
    workplace: 'hybrid',
    hoursPerWeek: { min: 24, max: 32 },
    contract: 'permanent',
    datePosted: '2025-01-10',
    validThrough: '2025-02-10',
    interests: ['S', 'I'],
    skills: ['didactiek'],
    language: 'nl',
    ...overrides,
  } as Vacancy;
}

export function sampleHealth(overrides: Partial<Health> = {}): Health {
  return { status: 'ok', database: 'ok', version: '0.1.0', time: '2025-01-10T09:00:00.000Z', ...overrides };
}
