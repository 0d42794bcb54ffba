import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ImportReport, ImportSkip, OrganisationRef } from '@mobility-kit/contract';
import { amsterdamToday } from '@mobility-kit/contract';
import type { Db } from '../db/schema.js';
import { organisationVacancyId, vacancyContentColumns } from '../db/vacancy-row.js';
import { slugify } from '../slug.js';
import type { FeedDb, FeedTables } from './tables.js';
import { chunks, UndoLog } from './undo.js';
import { mapFeedItem, type ImportDefaults, type MappedVacancy } from './map.js';
import { FeedFormatError, parseFeed, type ParsedFeed } from './parse.js';
import type { OutboundPolicy } from '../net/guarded-fetch.js';
import { decodeDocument, FeedSourceError, readFeedSource, type FeedDocument, type FetchLimits } from './source.js';

/** One import: where from, filed under which organisation, and what to assume. */
export interface ImportOptions {
  /** Name of the feed; re-imports of the same name update and close what earlier runs created. */
  readonly feed: string;
  /** Id of a registered organisation the vacancies belong to. */
  readonly organisation: string;
  /** An http(s) URL, or a file path when `allowFiles`. */
  readonly source: string;
  readonly defaults?: ImportDefaults | undefined;
  /** Read local files too (the command line); the server's scheduled imports read URLs only. */
  readonly allowFiles?: boolean;
  /** Download limits, the longest field, the most items per feed (default 20,000) and the items written per transaction (default 50). */
  readonly limits?: Partial<FetchLimits & { maxFieldChars: number; maxItems: number; batchSize: number }> | undefined;
  /** Today's Dutch calendar date; default the real one. */
  readonly today?: string | undefined;
  readonly signal?: AbortSignal | undefined;
  /** The outbound policy for URLs; default from `MOBILITY_FETCH_ALLOW` with the system resolver. */
  readonly outbound?: OutboundPolicy | undefined;
}

/** Ends a run with a reason for the report; what the run wrote so far is undone. */
class ImportFailure extends Error {}

/** Most items read from one feed; past it the rest is reported and nothing is closed. */
export const defaultMaxItems = 20_000;
/** Items written per transaction: short enough that reads get the connection between batches. */
export const defaultBatchSize = 50;
/** A claim older than this is taken to belong to a run that died. */
const staleClaimMinutes = 15;
/** How long a run waits for another run of the same feed before it gives up. */
const claimWaitMs = 120_000;

/** Longest feed name, as the migration allows. */
export const maxFeedNameLength = 200;

/** A stable feed name for a source when none is given: the host and path of a URL, or the file name. */
export function defaultFeedName(source: string): string {
  try {
    const url = new URL(source);
    if (url.protocol === 'http:' || url.protocol === 'https:') return `${url.host}${url.pathname}`.replace(/\/$/, '').slice(0, maxFeedNameLength);
  } catch {
    // A path.
  }
  return (source.split(/[\\/]/).pop() ?? source).slice(0, maxFeedNameLength) || 'feed';
}

/**
 * Read a feed and bring its vacancies in: new items are created, known ones updated (or left
 * alone when unchanged), and vacancies an earlier run of the same feed created that are gone from
 * it now are closed. Items that cannot be imported are skipped with a reason. The writes go in
 * short batches, each its own transaction, so reads are answered while a large feed comes in; a
 * run that fails part-way undoes what its earlier batches wrote. Never throws for a bad source or
 * document: the report says `failed` and nothing changed.
 */
export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const startedAt = new Date().toISOString();
  let document: FeedDocument;
  try {
    document = await readFeedSource(options.source, { allowFiles: options.allowFiles ?? false, limits: options.limits ?? {}, signal: options.signal, outbound: options.outbound });
  } catch (error) {
    return failed(db, options, startedAt, error instanceof FeedSourceError ? error.message : `Reading the feed failed: ${String(error)}`, undefined, []);
  }
  return importDocument(db, options, document, startedAt);
}

/** Import an already read document (see {@link runImport}). */
export async function importDocument(db: Db, options: ImportOptions, document: FeedDocument, startedAt = new Date().toISOString()): Promise<ImportReport> {
  const decoded = decodeDocument(document.bytes, document.contentType);
  const warnings = [...decoded.warnings];
  let parsed: ParsedFeed;
  try {
    parsed = parseFeed(decoded.text, document.contentType);
  } catch (error) {
    const message = error instanceof FeedFormatError ? error.message : `The document could not be read: ${String(error)}`;
    return failed(db, options, startedAt, message, undefined, warnings);
  }
  warnings.push(...parsed.warnings);
  const today = options.today ?? amsterdamToday();
  const feedDb = db.withTables<FeedTables>();
  const run = randomUUID();
  const undo = new UndoLog();
  let claimed = false;
  try {
    // Two runs of one feed (a schedule and the command line) wait for each other.
    claimed = await claimFeed(feedDb, options.feed, run, options.signal);
    if (!claimed) throw new ImportFailure(`Another import of feed "${options.feed}" has been running for a long time; try again later.`);
    const organisation = await feedDb
      .selectFrom('organisations')
      .select(['id', 'name', 'sector', 'city'])
      .where('id', '=', options.organisation)
      .executeTakeFirst();
    if (!organisation) throw new ImportFailure(`There is no organisation "${options.organisation}" on this server.`);
    const owner = await feedDb.selectFrom('vacancy_feed_items').select('organisation_id').where('feed', '=', options.feed).limit(1).executeTakeFirst();
    if (owner && owner.organisation_id !== options.organisation) {
      throw new ImportFailure(`Feed "${options.feed}" is imported for organisation "${owner.organisation_id}"; choose another feed name.`);
    }
    return await applyItems(feedDb, { options, organisation, parsed, document, today, startedAt, warnings, run, undo });
  } catch (error) {
    let message = error instanceof ImportFailure ? error.message : `The import was rolled back: ${error instanceof Error ? error.message : String(error)}`;
    try {
      await undo.revert(feedDb);
    } catch (undoError) {
      message += ` Undoing the batches already written failed as well (${undoError instanceof Error ? undoError.message : String(undoError)}); the next run of the feed sets its vacancies right.`;
    }
    return failed(db, options, startedAt, message, parsed.format, warnings, parsed.items.length);
  } finally {
    if (claimed) await feedDb.deleteFrom('vacancy_import_claims').where('feed', '=', options.feed).where('run', '=', run).execute().catch(() => {});
  }
}

/** Take the feed's claim for this run, waiting (bounded) while another live run holds it. */
async function claimFeed(db: FeedDb, feed: string, run: string, signal: AbortSignal | undefined): Promise<boolean> {
  const deadline = Date.now() + claimWaitMs;
  for (let pause = 50; ; pause = Math.min(pause * 2, 2_000)) {
    const taken = await sql<{ run: string }>`
      insert into vacancy_import_claims (feed, run) values (${feed}, ${run})
      on conflict (feed) do update set run = excluded.run, claimed_at = now()
        where vacancy_import_claims.claimed_at < now() - make_interval(mins => ${staleClaimMinutes})
      returning run`.execute(db);
    if (taken.rows[0]?.run === run) return true;
    if (Date.now() > deadline || signal?.aborted) return false;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/**
 * One full turn of the event loop (timers, then I/O): PGlite answers without I/O, so a run of
 * awaited queries alone would never let the server read a request that arrived meanwhile.
 */
const turnEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface RunContext {
  readonly options: ImportOptions;
  readonly organisation: OrganisationRef & { city: string | null };
  readonly parsed: ParsedFeed;
  readonly document: FeedDocument;
  readonly today: string;
  readonly startedAt: string;
  readonly warnings: string[];
  readonly run: string;
  readonly undo: UndoLog;
}

/** A mapped item ready to be written. */
interface Prepared {
  readonly index: number;
  readonly key: string;
  readonly externalId: string | undefined;
  readonly url: string | undefined;
  readonly vacancy: MappedVacancy;
}

async function applyItems(db: FeedDb, context: RunContext): Promise<ImportReport> {
  const { options, organisation, parsed, document, today, startedAt, warnings, undo } = context;
  const maxItems = options.limits?.maxItems ?? defaultMaxItems;
  const batchSize = Math.max(1, options.limits?.batchSize ?? defaultBatchSize);
  const importedAt = new Date().toISOString();
  const skipped: ImportSkip[] = [];
  const seen = new Set<string>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const feedUrl = document.url.startsWith('http') ? document.url : undefined;
  const known = new Map(
    (await db.selectFrom('vacancy_feed_items').select(['source_key', 'vacancy_id', 'content_hash']).where('feed', '=', options.feed).execute()).map((row) => [row.source_key, row]),
  );

  const capped = parsed.items.length > maxItems;
  if (capped) {
    warnings.push(
      `The feed has ${parsed.items.length} items, more than the limit of ${maxItems}: the first ${maxItems} were imported, the other ${parsed.items.length - maxItems} were left out, and no vacancy was closed in this run.`,
    );
  }

  // Items are mapped and written a batch at a time; between two batches the event loop turns, so
  // requests that arrived meanwhile queue for the connection ahead of the next batch.
  for (const rawBatch of chunks(parsed.items.slice(0, maxItems), batchSize)) {
    options.signal?.throwIfAborted();
    await turnEventLoop();
    const batch: Prepared[] = [];
    for (const item of rawBatch) {
      const result = mapFeedItem(
        item,
        { organisation, defaults: options.defaults ?? {}, today, ...(options.limits?.maxFieldChars ? { maxFieldChars: options.limits.maxFieldChars } : {}) },
        feedUrl,
      );
      if (!result.ok) {
        // A known item that is still in the feed but unreadable now stays as it was, not closed.
        if (result.key) seen.add(result.key);
        skipped.push(result.skip);
        continue;
      }
      if (seen.has(result.key)) {
        skipped.push({ index: item.index, ...(result.externalId ? { externalId: result.externalId } : {}), title: result.vacancy.title, reason: 'duplicate', detail: 'an earlier item of the feed has the same identifier' });
        continue;
      }
      seen.add(result.key);
      batch.push({ index: item.index, key: result.key, externalId: result.externalId, url: result.url, vacancy: result.vacancy });
    }
    if (batch.length === 0) continue;
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('vacancy_import_claims').set({ claimed_at: sql`now()` }).where('feed', '=', options.feed).where('run', '=', context.run).execute();
      const previousIds = batch.flatMap((entry) => {
        const previous = known.get(entry.key);
        return previous ? [previous.vacancy_id] : [];
      });
      const statuses = new Map(
        previousIds.length === 0 ? [] : (await trx.selectFrom('vacancies').select(['id', 'status']).where('id', 'in', previousIds).execute()).map((row) => [row.id, row.status]),
      );
      await undo.remember(trx, options.feed, previousIds, batch.filter((entry) => known.has(entry.key)).map((entry) => entry.key));
      for (const entry of batch) {
        const hash = contentHash(entry.vacancy, organisation.id);
        const previous = known.get(entry.key);
        const source = JSON.stringify({
          feed: options.feed,
          ...(entry.url ? { url: entry.url } : {}),
          ...(entry.externalId ? { externalId: entry.externalId } : {}),
          importedAt,
        });
        // A savepoint per item: if the database refuses one item, the rest of the run goes on.
        await sql`savepoint feed_item`.execute(trx);
        try {
          if (!previous) {
            const id = vacancyId(organisation.id, options.feed, entry.key, entry.vacancy.title);
            await trx.insertInto('vacancies').values({ id, organisation_id: organisation.id, ...vacancyContentColumns(entry.vacancy), source }).execute();
            await trx
              .insertInto('vacancy_feed_items')
              .values({ feed: options.feed, source_key: entry.key, organisation_id: organisation.id, vacancy_id: id, content_hash: hash })
              .execute();
            undo.added(id, options.feed, entry.key);
            created++;
          } else if (previous.content_hash === hash && statuses.get(previous.vacancy_id) === 'open') {
            await trx.updateTable('vacancy_feed_items').set({ last_seen_at: sql`now()` }).where('feed', '=', options.feed).where('source_key', '=', entry.key).execute();
            unchanged++;
          } else {
            await trx
              .updateTable('vacancies')
              .set({ ...vacancyContentColumns(entry.vacancy), source, status: 'open', updated_at: sql`now()` })
              .where('id', '=', previous.vacancy_id)
              .execute();
            await sql`update vacancies set closed_at = null where id = ${previous.vacancy_id}`.execute(trx);
            await trx
              .updateTable('vacancy_feed_items')
              .set({ content_hash: hash, last_seen_at: sql`now()` })
              .where('feed', '=', options.feed)
              .where('source_key', '=', entry.key)
              .execute();
            updated++;
          }
          await sql`release savepoint feed_item`.execute(trx);
        } catch (error) {
          await sql`rollback to savepoint feed_item`.execute(trx);
          skipped.push({
            index: entry.index,
            ...(entry.externalId ? { externalId: entry.externalId } : {}),
            title: entry.vacancy.title,
            reason: 'invalid-field',
            detail: `the database refused the item: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      }
    });
  }

  // Gone from the feed: close (never delete) what earlier runs created and is still open — in
  // batches too. A feed cut off at the item limit closes nothing: what lies past the limit is not gone.
  const gone = capped ? [] : [...known.entries()].filter(([key]) => !seen.has(key)).map(([, row]) => row.vacancy_id);
  let closed = 0;
  for (const ids of chunks(gone, batchSize)) {
    options.signal?.throwIfAborted();
    await turnEventLoop();
    closed += await db.transaction().execute(async (trx) => {
      await undo.remember(trx, options.feed, ids, []);
      const result = await sql`update vacancies set status = 'closed', closed_at = now(), updated_at = now()
        where id in (${sql.join(ids)}) and status = 'open'`.execute(trx);
      return Number(result.numAffectedRows ?? 0n);
    });
  }

  const report: ImportReport = {
    feed: options.feed,
    organisation: organisation.id,
    source: options.source,
    format: parsed.format,
    status: 'succeeded',
    startedAt,
    finishedAt: new Date().toISOString(),
    items: parsed.items.length,
    created,
    updated,
    unchanged,
    closed,
    skipped,
    warnings,
  };
  await db
    .insertInto('vacancy_import_runs')
    .values({ feed: options.feed, organisation_id: organisation.id, source: options.source, status: 'succeeded', started_at: startedAt, finished_at: report.finishedAt, report: JSON.stringify(report) })
    .execute();
  return report;
}

function contentHash(vacancy: MappedVacancy, organisation: string): string {
  return createHash('sha256').update(JSON.stringify([organisation, vacancy])).digest('base64url');
}

/**
 * A readable, stable id: the organisation's prefix, the title as a slug and a hash of feed and key
 * (unique per item). Items imported before keep the id they were stored under.
 */
function vacancyId(organisation: string, feed: string, key: string, title: string): string {
  const hash = createHash('sha256').update(`${feed}\u0000${key}`).digest('hex').slice(0, 12);
  return organisationVacancyId(organisation, slugify(title) || 'import', hash);
}

async function failed(
  db: Db,
  options: ImportOptions,
  startedAt: string,
  error: string,
  format: ImportReport['format'],
  warnings: string[],
  items = 0,
): Promise<ImportReport> {
  const report: ImportReport = {
    feed: options.feed,
    organisation: options.organisation,
    source: options.source,
    ...(format ? { format } : {}),
    status: 'failed',
    startedAt,
    finishedAt: new Date().toISOString(),
    items,
    created: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    skipped: [],
    warnings,
    error,
  };
  // The run log is kept outside the rolled-back transaction; when even that fails (the database is
  // gone), the report still reaches the caller.
  try {
    await db
      .withTables<FeedTables>()
      .insertInto('vacancy_import_runs')
      .values({ feed: options.feed, organisation_id: options.organisation, source: options.source, status: 'failed', started_at: startedAt, finished_at: report.finishedAt, report: JSON.stringify(report) })
      .execute();
  } catch {
    // Reported to the caller instead.
  }
  return report;
}
