import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connect.js';
import { installProblemHandlers } from '../src/problems.js';
import { expectProblem, probePostgres, scratchDatabase, type Engine } from './helpers.js';

const probe = await probePostgres();

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  test(`a date the database refuses is a 400 problem, not a 500, on ${engine}`, async (t) => {
    if (engine === 'postgres' && !('url' in probe)) return t.skip(`PostgreSQL not reachable: ${probe.reason}`);
    const scratch = await scratchDatabase(engine, probe);
    const database = await openDatabase(scratch.options);
    const app = Fastify();
    installProblemHandlers(app);
    // Past the contract's checks: what a route would meet if a date slipped through.
    app.get('/date/:value', async (request) => {
      const { value } = request.params as { value: string };
      return (await sql<{ d: string }>`select ${value}::date + 1 as d`.execute(database.db)).rows[0];
    });
    try {
      for (const value of ['0000-01-01', '2024-02-30', '5874898-01-01']) {
        const response = await app.inject({ method: 'GET', url: `/date/${value}` });
        await expectProblem(new Response(response.body, { status: response.statusCode, headers: { 'content-type': String(response.headers['content-type']) } }), 400);
      }
      assert.equal((await app.inject({ method: 'GET', url: '/date/2024-02-28' })).statusCode, 200);
    } finally {
      await app.close();
      await database.close();
      await scratch.drop();
    }
  });
}
