/**
 * A real HTTP server in front of the reference server that breaks the contract in chosen ways,
 * so the tests can show that each check catches its own kind of mistake and no other.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The ways the proxy misbehaves; each is off unless asked for. */
export interface Breakage {
  /** `GET /v1/vacancies/{id}` answers with `title` as a number. */
  wrongFieldType?: boolean;
  /** An invalid `limit` on `GET /v1/vacancies` crashes with a plain-text 500 instead of a 400. */
  serverErrorForInvalidLimit?: boolean;
  /** Anonymous `GET /v1/vacancies` is answered as if this token had been sent. */
  leakInternalWith?: string;
  /** Every page after the first of `GET /v1/stories` repeats the first page's first story. */
  duplicateAcrossPages?: boolean;
}

export interface BreakingProxy {
  readonly url: string;
  close(): Promise<void>;
}

const hopByHop = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

export async function startBreakingProxy(upstream: string, breakage: Breakage): Promise<BreakingProxy> {
  const forward = async (url: URL, req: IncomingMessage, authorization: string | undefined) => {
    const headers: Record<string, string> = {};
    for (const name of ['accept', 'if-none-match']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (authorization) headers.authorization = authorization;
    return fetch(new URL(url.pathname + url.search, upstream), { headers });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    let authorization = req.headers.authorization;
    if (breakage.serverErrorForInvalidLimit && url.pathname === '/v1/vacancies') {
      const limit = url.searchParams.get('limit');
      if (limit !== null && !/^(?:[1-9]\d?|100)$/.test(limit)) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal Server Error');
        return;
      }
    }
    if (breakage.leakInternalWith && url.pathname === '/v1/vacancies' && !authorization) authorization = `Bearer ${breakage.leakInternalWith}`;
    const upstreamResponse = await forward(url, req, authorization);
    let body = await upstreamResponse.text();
    if (upstreamResponse.status === 200) {
      if (breakage.wrongFieldType && /^\/v1\/vacancies\/[^/]+$/.test(url.pathname) && url.pathname !== '/v1/vacancies/feed.atom') {
        body = JSON.stringify({ ...JSON.parse(body), title: 42 });
      }
      if (breakage.duplicateAcrossPages && url.pathname === '/v1/stories' && url.searchParams.has('cursor')) {
        const firstPageUrl = new URL(url);
        firstPageUrl.searchParams.delete('cursor');
        const first = (await (await forward(firstPageUrl, req, authorization)).json()) as { items: unknown[] };
        const page = JSON.parse(body) as { items: unknown[]; nextCursor: string | null };
        // Keep the page length: the repeated story replaces the page's last one.
        body = JSON.stringify({ ...page, items: [first.items[0], ...page.items.slice(0, -1)] });
      }
    }
    const headers: Record<string, string> = {};
    upstreamResponse.headers.forEach((value, name) => {
      if (!hopByHop.has(name)) headers[name] = value;
    });
    res.writeHead(upstreamResponse.status, headers);
    res.end(body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
