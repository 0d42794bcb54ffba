import { parseArgs } from 'node:util';
import { contractTypes, languages, vacancyKinds, visibilities, workplaces, type ImportReport } from '@mobility-kit/contract';
import { DataDirInUseError, defaultDataDir, openDatabase } from '../db/connect.js';
import { migrate, readMigrations } from '../db/migrate.js';
import { migrationsDir } from '../paths.js';
import { defaultFeedName, runImport } from './importer.js';
import type { ImportDefaults } from './map.js';

export const importUsage = `Usage: mobility-kit-server import <file-or-url> --organisation <id> [options]

Imports vacancies from a JSON-LD JobPosting document, an HTML page with
<script type="application/ld+json"> blocks, an RSS 2.0 feed or an Atom feed.
Uses the database of DATABASE_URL, or the PGlite folder of DATA_DIR. A PGlite folder
is opened by one process at a time: while a server runs on it, the import is refused
(or waits for the folder with --wait).

Options:
  --organisation <id>     registered organisation the vacancies belong to (required)
  --feed <name>           name of the feed (default: host and path of the URL, or the file name);
                          vacancies of an earlier import of this feed that are gone are closed
  --visibility <v>        ${visibilities.join(' | ')} (default public)
  --kind <k>              ${vacancyKinds.join(' | ')} (default vacancy)
  --contract <c>          ${contractTypes.join(' | ')} (default temporary, unless the feed says)
  --hours <min-max>       weekly hours when the feed gives none, e.g. 24-36 (default 16-38)
  --language <l>          ${languages.join(' | ')} when the feed does not say (default nl)
  --city <name>           place when an item names none (default the organisation's city)
  --workplace <w>         ${workplaces.join(' | ')} (default onsite)
  --valid-days <n>        days an item without a closing date stays open (default 30)
  --wait <seconds>        when the PGlite folder is in use, wait up to this long for it
                          (default 0: fail at once)
  --json                  print the report as JSON
  -h, --help              show this help`;

class UsageError extends Error {}

/** Longest `--wait`: a day. */
const maxWaitSeconds = 24 * 60 * 60;

/** What to do when the PGlite folder is held by a running server. */
const folderInUseAdvice =
  'Stop the server first, or run the import with --wait <seconds> to run it as soon as the server has stopped. ' +
  'While the server runs, let it import the feed itself (MOBILITY_IMPORTS) or write the vacancies through its HR routes (POST /v1/hr/vacancies).';

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as T;
}

/** Parse the arguments after `import`. Exported for tests. */
export function parseImportArguments(
  argv: readonly string[],
): { source: string; organisation: string; feed: string; defaults: ImportDefaults; json: boolean; waitSeconds: number } | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      organisation: { type: 'string' },
      feed: { type: 'string' },
      visibility: { type: 'string' },
      kind: { type: 'string' },
      contract: { type: 'string' },
      hours: { type: 'string' },
      language: { type: 'string' },
      city: { type: 'string' },
      workplace: { type: 'string' },
      'valid-days': { type: 'string' },
      wait: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('Give exactly one file or URL to import.');
  if (!values.organisation) throw new UsageError('--organisation is required.');
  let hoursPerWeek: ImportDefaults['hoursPerWeek'];
  if (values.hours !== undefined) {
    const match = /^(\d{1,2}(?:\.\d)?)(?:-(\d{1,2}(?:\.\d)?))?$/.exec(values.hours);
    const min = Number(match?.[1]);
    const max = Number(match?.[2] ?? match?.[1]);
    if (!match || !(min <= max && max <= 60)) throw new UsageError(`--hours must be like 24-36 (at most 60), not "${values.hours}".`);
    hoursPerWeek = { min, max };
  }
  let validForDays: number | undefined;
  if (values['valid-days'] !== undefined) {
    validForDays = Number(values['valid-days']);
    if (!Number.isInteger(validForDays) || validForDays < 1 || validForDays > 366) throw new UsageError('--valid-days must be a whole number from 1 to 366.');
  }
  let waitSeconds = 0;
  if (values.wait !== undefined) {
    waitSeconds = Number(values.wait);
    if (!/^\d+$/.test(values.wait) || waitSeconds > maxWaitSeconds) throw new UsageError(`--wait must be a whole number of seconds from 0 to ${maxWaitSeconds}.`);
  }
  const source = positionals[0]!;
  const defaults: ImportDefaults = {
    ...(oneOf('visibility', values.visibility, visibilities) ? { visibility: values.visibility as ImportDefaults['visibility'] } : {}),
    ...(oneOf('kind', values.kind, vacancyKinds) ? { kind: values.kind as ImportDefaults['kind'] } : {}),
    ...(oneOf('contract', values.contract, contractTypes) ? { contract: values.contract as ImportDefaults['contract'] } : {}),
    ...(oneOf('language', values.language, languages) ? { language: values.language as ImportDefaults['language'] } : {}),
    ...(oneOf('workplace', values.workplace, workplaces) ? { workplace: values.workplace as ImportDefaults['workplace'] } : {}),
    ...(hoursPerWeek ? { hoursPerWeek } : {}),
    ...(values.city ? { city: values.city } : {}),
    ...(validForDays ? { validForDays } : {}),
  };
  return { source, organisation: values.organisation, feed: values.feed ?? defaultFeedName(source), defaults, json: values.json ?? false, waitSeconds };
}

/** The report as a few lines for a terminal. */
export function formatReport(report: ImportReport): string {
  const lines = [
    report.status === 'succeeded'
      ? `Imported feed "${report.feed}" (${report.format}) for ${report.organisation}: ${report.items} items, ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.closed} closed, ${report.skipped.length} skipped.`
      : `Import of feed "${report.feed}" failed; nothing was changed. ${report.error ?? ''}`.trim(),
  ];
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  for (const skip of report.skipped) {
    const what = skip.title ? `"${skip.title}"` : skip.externalId ? `id ${skip.externalId}` : 'untitled';
    lines.push(`  skipped item ${skip.index} ${what}: ${skip.reason} — ${skip.detail}`);
  }
  return lines.join('\n');
}

/**
 * `mobility-kit-server import …`: run one import against the configured database and print the
 * report. Resolves to the exit code: 0 succeeded, 1 failed (nothing changed), 2 wrong usage.
 */
export async function runImportCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  out: { log(text: string): void; error(text: string): void } = console,
): Promise<number> {
  let args;
  try {
    args = parseImportArguments(argv);
  } catch (error) {
    out.error(`mobility-kit-server import: ${error instanceof Error ? error.message : String(error)}\n\n${importUsage}`);
    return 2;
  }
  if (args === 'help') {
    out.log(importUsage);
    return 0;
  }
  let database;
  try {
    database = await openDatabase(
      env.DATABASE_URL
        ? { databaseUrl: env.DATABASE_URL }
        : {
            dataDir: env.DATA_DIR || defaultDataDir,
            lock: {
              kind: `mobility-kit-server import (feed ${args.feed})`,
              waitMs: args.waitSeconds * 1000,
              onWait: (inUse) => out.error(`mobility-kit-server import: ${inUse.message} Waiting up to ${args.waitSeconds} s for it to be free…`),
            },
          },
    );
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      out.error(`mobility-kit-server import: ${error.message} ${folderInUseAdvice}`);
      return 1;
    }
    out.error(`mobility-kit-server import: the database cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    await database.maintenance(async (db) => migrate(db, await readMigrations(migrationsDir)));
    const report = await runImport(database.db, { feed: args.feed, organisation: args.organisation, source: args.source, defaults: args.defaults, allowFiles: true });
    if (args.json) out.log(JSON.stringify(report, null, 2));
    else (report.status === 'succeeded' ? out.log : out.error)(formatReport(report));
    return report.status === 'succeeded' ? 0 : 1;
  } finally {
    await database.close();
  }
}
