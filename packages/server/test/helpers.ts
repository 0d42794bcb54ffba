import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { problemMediaType, Problem } from '@mobility-kit/contract';
import assert from 'node:assert/strict';

/** Where a suite's data lives: PGlite (always) or PostgreSQL (when TEST_DATABASE_URL is reachable). */
export type Engine = 'pglite' | 'postgres';

export type PostgresProbe = { readonly url: string } | { readonly reason: string };

/** Check once whether TEST_DATABASE_URL points at a PostgreSQL we can use. */
export async function probePostgres(): Promise<PostgresProbe> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { reason: 'TEST_DATABASE_URL is not set' };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (error) {
    return { reason: `${url.replace(/:[^:@/]*@/, ':***@')}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh, empty database location for one suite; `drop()` removes it again. */
export interface ScratchDatabase {
  readonly options: { databaseUrl?: string; dataDir?: string };
  drop(): Promise<void>;
}

/**
 * PostgreSQL: a new schema per suite (runs never collide), reached through `search_path` in the
 * connection string. PGlite: a temporary data folder, or memory.
 */
export async function scratchDatabase(engine: Engine, probe: PostgresProbe, kind: 'memory' | 'folder' = 'memory'): Promise<ScratchDatabase> {
  if (engine === 'pglite') {
    if (kind === 'memory') return { options: { dataDir: 'memory://' }, drop: async () => {} };
    const dir = await mkdtemp(join(tmpdir(), 'mobility-kit-test-'));
    return { options: { dataDir: join(dir, 'pglite') }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  if (!('url' in probe)) throw new Error(`PostgreSQL not reachable: ${probe.reason}`);
  const schema = `mk_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: probe.url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(probe.url);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    options: { databaseUrl: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: probe.url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Assert a response is an RFC 9457 problem with the given status (and type), and return it. */
export async function expectProblem(response: Response, status: number, type?: string): Promise<Problem> {
  assert.equal(response.status, status, `expected status ${status}, got ${response.status}`);
  assert.match(response.headers.get('content-type') ?? '', new RegExp(`^${problemMediaType.replace('+', '\\+')}`));
  const body: unknown = await response.json();
  const parsed = Problem.safeParse(body);
  assert.ok(parsed.success, `not a problem document: ${JSON.stringify(body)}`);
  assert.equal(parsed.data.status, status);
  if (type) assert.equal(parsed.data.type, type);
  assert.doesNotMatch(JSON.stringify(body), /\bat .+\.(ts|js):\d+/, 'problem leaks a stack trace');
  return parsed.data;
}

/** The names of the parameters a 400 problem complains about. */
export function invalidParamNames(problem: Problem): string[] {
  return (problem.invalidParams ?? []).map((p) => p.path);
}
