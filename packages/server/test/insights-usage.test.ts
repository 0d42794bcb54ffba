/**
 * The usage-count padding attack. Anyone may send anonymous usage events, so an attacker can add
 * known events to a hidden count (below k) one at a time and watch for the moment it is shown:
 * shown value − events added = the hidden value. Counts are published for closed quarters only
 * (nobody can add to those) and rounded down to tens, so the attack must fail: two different
 * hidden values give the attacker exactly the same view.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../src/index.js';
import { probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const probe = await probePostgres();

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('usage padding on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`usage counts against padding, on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    let token: string;
    let day = '2025-02-10';

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({ ...db.options, port: 0, seed: true, devAuth: true, rateLimit: false, today: () => day });
      const response = await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation: 'hogeschool-utrecht' }) });
      token = ((await response.json()) as { token: string }).token;
    });
    after(async () => {
      await server?.close();
      await db?.drop();
    });

    const event = async (type: string) => {
      const response = await fetch(`${server.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type }) });
      assert.equal(response.status, 202);
    };
    /** What the attacker reads: the usage counts of 2025-Q1, per type, as published (JSON). */
    const look = async (): Promise<Record<string, string>> => {
      const to = day < '2025-04-01' ? '2025-Q1' : '2025-Q2';
      const response = await fetch(`${server.url}/v1/insights?from=2025-Q1&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(response.status, 200, await response.clone().text());
      const { usage } = (await response.json()) as { usage: { quarters: { quarter: string; counts: Record<string, unknown> }[] } };
      const q1 = usage.quarters.find((q) => q.quarter === '2025-Q1');
      return Object.fromEntries(['calculator-session', 'career-test-completed'].map((type) => [type, JSON.stringify(q1?.counts[type] ?? 'not listed')]));
    };

    test('padding a hidden count one event at a time, before and after its quarter closes, does not tell 3 from 7', async () => {
      // The secret: 3 calculator sessions and 7 completed career tests in 2025-Q1, both below k = 10.
      for (let i = 0; i < 3; i++) await event('calculator-session');
      for (let i = 0; i < 7; i++) await event('career-test-completed');

      // The attacker adds the same known events to both, looking after each one.
      const seen: Record<string, string[]> = { 'calculator-session': [], 'career-test-completed': [] };
      const record = async () => {
        const view = await look();
        for (const type of Object.keys(seen)) seen[type]!.push(view[type]!);
      };
      await record();
      for (let added = 1; added <= 12; added++) {
        await event('calculator-session');
        await event('career-test-completed');
        await record();
      }
      // The quarter closes; the attacker looks again and keeps padding (now into the new quarter).
      day = '2025-04-02';
      await record();
      for (let added = 1; added <= 12; added++) {
        await event('calculator-session');
        await event('career-test-completed');
        await record();
      }

      assert.deepEqual(seen['calculator-session'], seen['career-test-completed'], 'the attacker sees a difference between 3 and 7');
      // And what is published is a closed quarter, rounded: 15 and 19 both read as 10.
      assert.equal(seen['calculator-session']!.at(-1), JSON.stringify({ value: 10 }));
    });
  });
}
