/** The reference server on an in-memory database with demo data, and development tokens for it. */
import { strict as assert } from 'node:assert';
import { DevTokenResponse } from '@mobility-kit/contract';
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
  return {
    server,
    token,
    tokens: {
      employee: await token('employee', employeeOrganisation),
      otherOrganisation: await token('employee', otherOrganisation),
      hr: await token('hr', employeeOrganisation),
    },
  };
}
