/** The reference server on an in-memory database with demo data, and development tokens for it. */
import { strict as assert } from 'node:assert';
import { amsterdamToday, DevTokenResponse, MediaUploaded } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import type { ConformanceTokens } from '../src/index.js';

export interface Reference {
  readonly server: RunningServer;
  readonly tokens: Required<ConformanceTokens>;
  token(role: 'employee' | 'hr', organisation: string): Promise<string>;
}

/** Organisations of the demo data: each has internal vacancies. */
export const employeeOrganisation = 'hogeschool-utrecht';
export const otherOrganisation = 'hogeschool-rotterdam';

export async function startReference(): Promise<Reference> {
  const server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false, logger: false });
  const token = async (role: 'employee' | 'hr', organisation: string) => {
    const response = await fetch(`${server.url}/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, organisation }),
    });
    assert.equal(response.status, 200);
    return DevTokenResponse.parse(await response.json()).token;
  };
  const tokens = {
    employee: await token('employee', employeeOrganisation),
    otherOrganisation: await token('employee', otherOrganisation),
    hr: await token('hr', employeeOrganisation),
  };
  await publishStoryWithPhoto(server.url, tokens.hr);
  return { server, token, tokens };
}

/** A 1 × 1 PNG. */
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** An approved story with an uploaded photo and consent on both channels, so GET /v1/media/{id} has something to serve. */
async function publishStoryWithPhoto(baseUrl: string, hrToken: string): Promise<void> {
  const authorization = `Bearer ${hrToken}`;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(onePixelPng)], { type: 'image/png' }), 'portret.png');
  const uploaded = await fetch(`${baseUrl}/v1/hr/media`, { method: 'POST', headers: { authorization }, body: form });
  assert.equal(uploaded.status, 201, await uploaded.clone().text());
  const { src } = MediaUploaded.parse(await uploaded.json());
  const today = amsterdamToday();
  const created = await fetch(`${baseUrl}/v1/hr/stories`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      displayName: 'Conformance C.',
      photo: { src, alt: 'Een collega bij de balie van de bibliotheek' },
      roleBefore: 'Medewerker',
      orgBefore: 'Bibliotheek',
      roleAfter: 'Coördinator',
      orgAfter: 'Bibliotheek',
      moveType: 'internal',
      quote: 'Een stap die past.',
      body: 'Het verhaal.',
      language: 'nl',
      cta: { label: 'Bekijk vacatures', href: '/vacatures' },
      publishFrom: today,
      publishUntil: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
      consent: (['intranet', 'public'] as const).map((channel) => ({ channel, grantedAt: today, expiresAt: '2100-01-01', formReference: `CONF-${channel}` })),
    }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const { id } = (await created.json()) as { id: string };
  const approved = await fetch(`${baseUrl}/v1/hr/stories/${id}/approve`, { method: 'POST', headers: { authorization } });
  assert.equal(approved.status, 200);
}
