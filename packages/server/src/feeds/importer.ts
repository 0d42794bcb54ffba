import { createHash } from 'node:crypto';
import { sql, type Generated, type Kysely, type Transaction } from 'kysely';
import type { ImportReport, ImportSkip, OrganisationRef } from '@mobility-kit/contract';
import { amsterdamToday } from '../context.js';
import type { Db, Tables } from '../db/schema.js';
import { mapFeedItem, type ImportDefaults, type MappedVacancy } from './map.js';
import { FeedFormatError, parseFeed, type ParsedFeed } from './parse.js';
import { decodeDocument, FeedSourceError, readFeedSource, type FeedDocument, type FetchLimits } from './source.js';

/** Rows of migration 007. */
interface FeedItemsTable {
  feed: string;
  source_key: string;
  organisation_id: string;
  vacancy_id: string;
  content_hash: string;
  first_seen_at: Generated<Date>;
  last_seen_at: Generated<Date>;
}

interface ImportRunsTable {
  id: Generated<string>;
  feed: string;
  organisation_id: string;
  source: string;
  status: 'succeeded' | 'failed';
  started_at: string;
  finished_at: string;
  report: string;
}

// A type alias, not an interface: Kysely's `withTables` needs an implicit index signature.
type FeedTables = { vacancy_feed_items: FeedItemsTable; vacancy_import_runs: ImportRunsTable };
type FeedDb = Kysely<Tables & FeedTables>;

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
  readonly limits?: Partial<FetchLimits & { maxFieldChars: number }> | undefined;
  /** Today's Dutch calendar date; default the real one. */
  readonly today?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Thrown inside the run's transaction to roll it back with a reason for the report. */
class ImportFailure extends Error {}

const ADVISORY_LOCK_CLASS = 7_345_007;

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
 * Read a feed and bring its vacancies in, in one transaction: new items are created, known ones
 * updated (or left alone when unchanged), and vacancies an earlier run of the same feed created
 * that are gone from it now are closed. Items that cannot be imported are skipped with a reason.
 * Never throws for a bad source or document: the report says `failed` and nothing changed.
 */
export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const startedAt = new Date().toISOString();
  let document: FeedDocument;
  try {
    document = await readFeedSource(options.source, { allowFiles: options.allowFiles ?? false, limits: options.limits ?? {}, signal: options.signal });
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
  try {
    const report = await feedDb.transaction().execute(async (trx) => {
      // Two runs of one feed (a schedule and the command line) wait for each other.
      await sql`select pg_advisory_xact_lock(${sql.lit(ADVISORY_LOCK_CLASS)}, hashtext(${options.feed}))`.execute(trx);
      const organisation = await trx
        .selectFrom('organisations')
        .select(['id', 'name', 'sector', 'city'])
        .where('id', '=', options.organisation)
        .executeTakeFirst();
      if (!organisation) throw new ImportFailure(`There is no organisation "${options.organisation}" on this server.`);
      const owner = await trx.selectFrom('vacancy_feed_items').select('organisation_id').where('feed', '=', options.feed).limit(1).executeTakeFirst();
      if (owner && owner.organisation_id !== options.organisation) {
        throw new ImportFailure(`Feed "${options.feed}" is imported for organisation "${owner.organisation_id}"; choose another feed name.`);
      }
      return applyItems(trx, options, organisation, parsed, document, today, startedAt, warnings);
    });
    return report;
  } catch (error) {
    const message = error instanceof ImportFailure ? error.message : `The import was rolled back: ${error instanceof Error ? error.message : String(error)}`;
    return failed(db, options, startedAt, message, parsed.format, warnings, parsed.items.length);
  }
}

async function applyItems(
  trx: Transaction<Tables & FeedTables>,
  options: ImportOptions,
  organisation: OrganisationRef & { city: string | null },
  parsed: ParsedFeed,
  document: FeedDocument,
  today: string,
  startedAt: string,
  warnings: string[],
): Promise<ImportReport> {
  const importedAt = new Date().toISOString();
  const skipped: ImportSkip[] = [];
  const seen = new Set<string>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const feedUrl = document.url.startsWith('http') ? document.url : undefined;
  const known = new Map(
    (await trx.selectFrom('vacancy_feed_items').select(['source_key', 'vacancy_id', 'content_hash']).where('feed', '=', options.feed).execute()).map(
      (row) => [row.source_key, row],
    ),
  );
  const statuses = new Map(
    known.size === 0
      ? []
      : (
          await trx
            .selectFrom('vacancies')
            .select(['id', 'status'])
            .where('id', 'in', [...known.values()].map((row) => row.vacancy_id))
            .execute()
        ).map((row) => [row.id, row.status]),
  );

  for (const item of parsed.items) {
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
    const hash = contentHash(result.vacancy, organisation.id);
    const previous = known.get(result.key);
    const source = JSON.stringify({
      feed: options.feed,
      ...(result.url ? { url: result.url } : {}),
      ...(result.externalId ? { externalId: result.externalId } : {}),
      importedAt,
    });
    // A savepoint per item: if the database refuses one item, the rest of the run goes on.
    await sql`savepoint feed_item`.execute(trx);
    try {
      if (!previous) {
        const id = vacancyId(options.feed, result.key, result.vacancy.title);
        await trx.insertInto('vacancies').values({ id, organisation_id: organisation.id, ...columns(result.vacancy), source }).execute();
        await trx
          .insertInto('vacancy_feed_items')
          .values({ feed: options.feed, source_key: result.key, organisation_id: organisation.id, vacancy_id: id, content_hash: hash})
          .execute();
        created++;
      } else if (previous.content_hash === hash && statuses.get(previous.vacancy_id) === 'open') {
        await trx.updateTable('vacancy_feed_items').set({ last_seen_at: sql`now()` }).where('feed', '=', options.feed).where('source_key', '=', result.key).execute();
        unchanged++;
      } else {
        await trx
          .updateTable('vacancies')
          .set({ ...columns(result.vacancy), source, status: 'open', updated_at: sql`now()` })
          .where('id', '=', previous.vacancy_id)
          .execute();
        await sql`update vacancies set closed_at = null where id = ${previous.vacancy_id}`.execute(trx);
        await trx
          .updateTable('vacancy_feed_items')
          .set({ content_hash: hash, last_seen_at: sql`now()` })
          .where('feed', '=', options.feed)
          .where('source_key', '=', result.key)
          .execute();
        updated++;
      }
      await sql`release savepoint feed_item`.execute(trx);
    } catch (error) {
      await sql`rollback to savepoint feed_item`.execute(trx);
      skipped.push({
        index: item.index,
        ...(result.externalId ? { externalId: result.externalId } : {}),
        title: result.vacancy.title,
        reason: 'invalid-field',
        detail: `the database refused the item: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  // Gone from the feed: close (never delete) what earlier runs created and is still open.
  const gone = [...known.entries()].filter(([key]) => !seen.has(key)).map(([, row]) => row.vacancy_id);
  let closed = 0;
  if (gone.length > 0) {
    const result = await sql`update vacancies set status = 'closed', closed_at = now(), updated_at = now()
      where id in (${sql.join(gone)}) and status = 'open'`.execute(trx);
    closed = Number(result.numAffectedRows ?? 0n);
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
  await trx
    .insertInto('vacancy_import_runs')
    .values({ feed: options.feed, organisation_id: organisation.id, source: options.source, status: 'succeeded', started_at: startedAt, finished_at: report.finishedAt, report: JSON.stringify(report) })
    .execute();
  return report;
}

/** The columns a feed item writes (everything but id, organisation and source). */
function columns(v: MappedVacancy) {
  return {
    title: v.title,
    summary: v.summary ?? null,
    description: v.description,
    kind: v.kind,
    visibility: v.visibility,
    unit: v.unit ?? null,
    city: v.location.city,
    pc4: v.location.pc4 ?? null,
    lat: v.location.lat ?? null,
    lon: v.location.lon ?? null,
    workplace: v.workplace,
    hours_min: v.hoursPerWeek.min,
    hours_max: v.hoursPerWeek.max,
    salary: v.salary ? JSON.stringify(v.salary) : null,
    contract: v.contract,
    date_posted: v.datePosted,
    valid_through: v.validThrough,
    start_date: v.startDate ?? null,
    interests: [...v.interests],
    skills: [...v.skills],
    apply_url: v.applyUrl ?? null,
    contact: v.contact ? JSON.stringify(v.contact) : null,
    language: v.language,
  };
}

function contentHash(vacancy: MappedVacancy, organisation: string): string {
  return createHash('sha256').update(JSON.stringify([organisation, vacancy])).digest('base64url');
}

/** A readable, stable id: the title as a slug and a hash of feed and key (unique per item). */
function vacancyId(feed: string, key: string, title: string): string {
  const hash = createHash('sha256').update(`${feed}\u0000${key}`).digest('hex').slice(0, 12);
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug ? `${slug}-${hash}` : `import-${hash}`;
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
