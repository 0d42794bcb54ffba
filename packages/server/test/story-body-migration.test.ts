import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { StoryUpdate } from '@mobility-kit/contract';
import { openDatabase } from '../src/db/connect.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { migrationsDir } from '../src/paths.js';
import { probePostgres, scratchDatabase, type Engine } from './helpers.js';

const probe = await probePostgres();

/** Bodies a story could hold before it was validated as restricted Markdown. */
const stored: Record<string, string> = {
  paragraphs: '<p>Eerste alinea</p><p>Tweede <b>vet</b><br>regel</p>',
  'only-markup': '<script></script>',
  links: 'Lees [dit](javascript:alert(1)) en [dat](https://x.example) of [pad](/p) en [x](//evil.example)',
  markdown: 'Gewoon **markdown** met 2 < 3 en [een link](https://werkenbij.example).',
  declarations: 'Tekst met <!-- commentaar --> en <?php ?> <![CDATA[x]]> <!doctype html> <svg/onload=alert(1)>',
};

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  test(`migration 008 turns stored story bodies into valid restricted Markdown on ${engine}`, async (t) => {
    if (engine === 'postgres' && !('url' in probe)) return t.skip(`PostgreSQL not reachable: ${probe.reason}`);
    const scratch = await scratchDatabase(engine, probe);
    const database = await openDatabase(scratch.options);
    try {
      const all = await readMigrations(migrationsDir);
      await migrate(database.db, all.filter((m) => m.version < '008'));
      await sql`insert into organisations (id, name, sector) values ('org', 'Org', 'hbo')`.execute(database.db);
      for (const [id, body] of Object.entries(stored)) {
        await sql`insert into stories (id, organisation_id, publish_from, publish_until, display_name, role_before, org_before,
          role_after, org_after, move_type, quote, body, cta_label, cta_href)
          values (${id}, 'org', '2025-01-01', '2025-12-31', 'N', 'a', 'b', 'c', 'd', 'internal', 'q', ${body}, 'l', 'https://x.example')`.execute(database.db);
      }
      for (const body of Object.values(stored).slice(0, 2)) assert.equal(StoryUpdate.safeParse({ body }).success, false, `${body} was valid before`);
      await migrate(database.db, all);
      const rows = (await sql<{ id: string; body: string }>`select id, body from stories order by id`.execute(database.db)).rows;
      assert.equal(rows.length, Object.keys(stored).length);
      for (const row of rows) assert.ok(StoryUpdate.safeParse({ body: row.body }).success, `${row.id}: ${JSON.stringify(row.body)} does not validate`);
      const byId = Object.fromEntries(rows.map((r) => [r.id, r.body]));
      assert.equal(byId.paragraphs, 'Eerste alinea\n\nTweede vet\nregel');
      assert.equal(byId.markdown, stored.markdown, 'a body that was valid is left as it was');
      assert.match(byId['only-markup']!, /script/, 'a body of markup only keeps its text');
      assert.match(byId.links!, /\[dat\]\(https:\/\/x\.example\)/, 'allowed links stay links');
    } finally {
      await database.close();
      await scratch.drop();
    }
  });
}
