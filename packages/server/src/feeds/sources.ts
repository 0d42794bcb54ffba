import { randomUUID } from 'node:crypto';
import { sql, type Generated, type Kysely } from 'kysely';
import {
  feedSourceRunsKept,
  maxFeedSourcesPerOrganisation,
  maxReportedSkips,
  problemTypes,
  type FeedRun,
  type FeedSource,
  type FeedSourceInput,
  type ImportSkip,
} from '@mobility-kit/contract';
import type { Db, Tables } from '../db/schema.js';
import { checkDestination, OutboundRefusedError, type OutboundPolicy, type Resolver } from '../net/guarded-fetch.js';
import { ProblemError } from '../problems.js';
import { runImport } from './importer.js';

/** Rows of migration 011. */
interface FeedSourcesTable {
  id: string;
  organisation_id: string;
  name: string;
  url: string;
  interval_minutes: number;
  enabled: boolean;
  created_at: Generated<Date>;
  created_by: string;
  updated_at: Generated<Date>;
  updated_by: string;
}

interface FeedSourceRunsTable {
  id: string;
  source_id: string;
  organisation_id: string;
  trigger: 'scheduled' | 'manual';
  outcome: 'running' | 'succeeded' | 'failed';
  started_at: Generated<Date>;
  finished_at: Date | null;
  items: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  closed: Generated<number>;
  skipped: Generated<number>;
  skips: Generated<unknown>;
  warnings: Generated<unknown>;
  error: string | null;
}

// A type alias, not an interface: Kysely's `withTables` needs an implicit index signature.
export type FeedSourceTables = { feed_sources: FeedSourcesTable; feed_source_runs: FeedSourceRunsTable };
type SourceDb = Kysely<Tables & FeedSourceTables>;

type SourceRow = { id: string; organisation_id: string; name: string; url: string; interval_minutes: number; enabled: boolean; created_at: Date | string; created_by: string; updated_at: Date | string; updated_by: string };
type RunRow = {
  id: string;
  source_id: string;
  trigger: 'scheduled' | 'manual';
  outcome: 'running' | 'succeeded' | 'failed';
  started_at: Date | string;
  finished_at: Date | string | null;
  items: number;
  created: number;
  updated: number;
  unchanged: number;
  closed: number;
  skipped: number;
  skips: unknown;
  warnings: unknown;
  error: string | null;
};

/** A run still marked `running` after this long belonged to a server that stopped; it is closed as failed. */
const staleRunMinutes = 30;
/** Most warnings kept in one run's report. */
const maxReportedWarnings = 50;
/** Most runs the scheduler has going at once (a run fetches, parses and writes: the machine is shared with requests). */
const maxConcurrentRuns = 2;
/**
 * Runs one server carries at once, "run now" included: past it a manual run is a 503 with
 * `Retry-After` (the scheduler waits by itself), so HR of many organisations pressing "run now" on
 * every source cannot start hundreds of 5 MB / 20 s imports together.
 */
export const maxRunsAtOnce = 4;
/** How long a host name may take to resolve when a source is stored. */
const storeResolveMs = 5_000;

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();
const json = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : ((value ?? fallback) as T));

/** The importer's feed name of a stored source: stable when the source is renamed. */
export const feedNameOf = (sourceId: string) => `source:${sourceId}`;

function toRun(row: RunRow): FeedRun {
  return {
    id: row.id,
    sourceId: row.source_id,
    trigger: row.trigger,
    outcome: row.outcome,
    startedAt: iso(row.started_at),
    finishedAt: row.finished_at === null ? null : iso(row.finished_at),
    items: row.items,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    closed: row.closed,
    skipped: row.skipped,
    skips: json<ImportSkip[]>(row.skips, []),
    warnings: json<string[]>(row.warnings, []),
    error: row.error,
  };
}

function toSource(row: SourceRow, lastRun: RunRow | undefined): FeedSource {
  return {
    id: row.id,
    organisation: row.organisation_id,
    name: row.name,
    url: row.url,
    intervalMinutes: row.interval_minutes,
    enabled: row.enabled,
    createdAt: iso(row.created_at),
    createdBy: row.created_by,
    updatedAt: iso(row.updated_at),
    updatedBy: row.updated_by,
    lastRun: lastRun ? toRun(lastRun) : null,
  };
}

const conflict = (detail: string) => new ProblemError({ type: problemTypes.conflict, title: 'Conflict', status: 409, detail });

/**
 * The URL of a source is checked when it is stored, as the importer checks it at every fetch: an
 * address written in it, and every address its host resolves to now, must not be loopback,
 * link-local or private (see `guarded-fetch.ts`). A host that does not resolve (yet) is accepted:
 * nothing is known to be wrong with it, and every run checks it again.
 */
export async function refuseUnsafeUrl(url: string, policy: OutboundPolicy): Promise<void> {
  const resolver: Resolver = (host) =>
    Promise.race([
      policy.resolver(host),
      new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' })), storeResolveMs).unref()),
    ]);
  try {
    await checkDestination(new URL(url), { ...policy, resolver });
  } catch (error) {
    if (!(error instanceof OutboundRefusedError)) throw error;
    if (error.unresolved) return;
    throw new ProblemError({
      type: problemTypes.invalidRequest,
      title: 'URL refused',
      status: 422,
      detail: `This URL is not fetched: ${error.reason}.`,
      invalidParams: [{ in: 'body', path: 'url', message: error.reason }],
    });
  }
}

/** The stored sources of one organisation, with the queries the routes need. */
export class FeedSourceStore {
  readonly db: SourceDb;

  constructor(db: Db) {
    this.db = db.withTables<FeedSourceTables>();
  }

  private async lastRuns(sourceIds: readonly string[]): Promise<Map<string, RunRow>> {
    if (sourceIds.length === 0) return new Map();
    const rows = await sql<RunRow>`
      select distinct on (source_id) * from feed_source_runs
      where source_id in (${sql.join(sourceIds)}) order by source_id, started_at desc, id`.execute(this.db);
    return new Map(rows.rows.map((row) => [row.source_id, row]));
  }

  async list(organisation: string): Promise<FeedSource[]> {
    const rows = await this.db.selectFrom('feed_sources').selectAll().where('organisation_id', '=', organisation).orderBy('name').orderBy('id').limit(maxFeedSourcesPerOrganisation * 2).execute();
    const runs = await this.lastRuns(rows.map((row) => row.id));
    return rows.map((row) => toSource(row, runs.get(row.id)));
  }

  async row(organisation: string, id: string): Promise<SourceRow | undefined> {
    return this.db.selectFrom('feed_sources').selectAll().where('organisation_id', '=', organisation).where('id', '=', id).executeTakeFirst();
  }

  async get(organisation: string, id: string): Promise<FeedSource | undefined> {
    const row = await this.row(organisation, id);
    if (!row) return undefined;
    return toSource(row, (await this.lastRuns([id])).get(id));
  }

  /** Store a new source; past {@link maxFeedSourcesPerOrganisation} a 409. */
  async create(organisation: string, by: string, input: FeedSourceInput): Promise<FeedSource> {
    const id = randomUUID();
    await this.db.transaction().execute(async (trx) => {
      // The organisation's row is locked so that two creates at once cannot both pass the count.
      await sql`select id from organisations where id = ${organisation} for update`.execute(trx);
      const { count } = await trx.selectFrom('feed_sources').select((eb) => eb.fn.countAll<string>().as('count')).where('organisation_id', '=', organisation).executeTakeFirstOrThrow();
      if (Number(count) >= maxFeedSourcesPerOrganisation) {
        throw conflict(`Your organisation has ${maxFeedSourcesPerOrganisation} feed sources, the most it may store; delete one first.`);
      }
      await trx
        .insertInto('feed_sources')
        .values({ id, organisation_id: organisation, name: input.name.trim(), url: input.url, interval_minutes: input.intervalMinutes, enabled: input.enabled, created_by: by, updated_by: by })
        .execute();
    });
    return (await this.get(organisation, id))!;
  }

  async update(organisation: string, id: string, by: string, input: FeedSourceInput): Promise<FeedSource | undefined> {
    const result = await this.db
      .updateTable('feed_sources')
      .set({ name: input.name.trim(), url: input.url, interval_minutes: input.intervalMinutes, enabled: input.enabled, updated_by: by, updated_at: sql`now()` })
      .where('organisation_id', '=', organisation)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    return this.get(organisation, id);
  }

  /** Delete a source and its runs; `false` when it is not the organisation's; a 409 while it runs. */
  async delete(organisation: string, id: string): Promise<boolean> {
    if (!(await this.row(organisation, id))) return false;
    await this.closeStaleRuns(id);
    const running = await this.db.selectFrom('feed_source_runs').select('id').where('source_id', '=', id).where('outcome', '=', 'running').executeTakeFirst();
    if (running) throw conflict('This feed source is being read now; delete it when the run has ended.');
    await this.db.deleteFrom('feed_sources').where('organisation_id', '=', organisation).where('id', '=', id).execute();
    return true;
  }

  async runs(id: string, limit: number): Promise<FeedRun[]> {
    const rows = await this.db.selectFrom('feed_source_runs').selectAll().where('source_id', '=', id).orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toRun);
  }

  /** Runs left `running` by a server that stopped are closed as failed. */
  async closeStaleRuns(sourceId?: string): Promise<void> {
    let query = this.db
      .updateTable('feed_source_runs')
      .set({ outcome: 'failed', finished_at: sql`now()`, error: 'The run was interrupted: the server stopped before it ended.' })
      .where('outcome', '=', 'running')
      .where('started_at', '<', sql<Date>`now() - make_interval(mins => ${staleRunMinutes})`);
    if (sourceId) query = query.where('source_id', '=', sourceId);
    await query.execute();
  }

  /** Sources whose next scheduled run is due: enabled, not running, and the interval passed since the last run. */
  async due(limit: number): Promise<SourceRow[]> {
    const rows = await sql<SourceRow>`
      select s.* from feed_sources s
      where s.enabled and not exists (
        select 1 from feed_source_runs r where r.source_id = s.id
          and (r.outcome = 'running' or r.started_at > now() - make_interval(mins => s.interval_minutes)))
      order by s.id limit ${limit}`.execute(this.db);
    return rows.rows;
  }
}

/**
 * Runs stored sources: on demand ("run now") and on the schedule. One run of a source at a time,
 * whichever server starts it (a unique index on the running run); runs are aborted when the
 * server stops.
 */
export class FeedSourceRunner {
  private readonly running = new Map<string, Promise<void>>();
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;

  constructor(
    private readonly db: Db,
    readonly store: FeedSourceStore,
    private readonly options: { outbound: OutboundPolicy; today: () => string; onError: (error: unknown) => void },
  ) {}

  /** Start a run of `source` and answer with it (outcome `running`); a 409 when it runs already. */
  async start(source: SourceRow, trigger: FeedRun['trigger']): Promise<FeedRun> {
    if (this.running.size >= maxRunsAtOnce) {
      throw new ProblemError(
        { type: problemTypes.unavailable, title: 'Service unavailable', status: 503, detail: 'Other feed sources are being read now. Try again in a minute.' },
        { 'Retry-After': '30' },
      );
    }
    await this.store.closeStaleRuns(source.id);
    const id = randomUUID();
    const inserted = await sql<RunRow>`
      insert into feed_source_runs (id, source_id, organisation_id, trigger, outcome)
      values (${id}, ${source.id}, ${source.organisation_id}, ${trigger}, 'running')
      on conflict do nothing returning *`.execute(this.store.db);
    const row = inserted.rows[0];
    if (!row) throw conflict('This feed source is being read now; wait for the run to end.');
    const work = this.execute(source, id)
      .catch(this.options.onError)
      .finally(() => this.running.delete(id));
    this.running.set(id, work);
    return toRun(row);
  }

  private async execute(source: SourceRow, runId: string): Promise<void> {
    const report = await runImport(this.db, {
      feed: feedNameOf(source.id),
      organisation: source.organisation_id,
      source: source.url,
      today: this.options.today(),
      signal: this.controller.signal,
      outbound: this.options.outbound,
    });
    await this.store.db
      .updateTable('feed_source_runs')
      .set({
        outcome: report.status,
        finished_at: sql`now()`,
        items: report.items,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        closed: report.closed,
        skipped: report.skipped.length,
        skips: JSON.stringify(report.skipped.slice(0, maxReportedSkips)),
        warnings: JSON.stringify(report.warnings.slice(0, maxReportedWarnings)),
        error: report.error ?? null,
      })
      .where('id', '=', runId)
      .execute();
    // Only the newest runs of a source are kept.
    await sql`delete from feed_source_runs where source_id = ${source.id} and outcome <> 'running' and id not in (
      select id from feed_source_runs where source_id = ${source.id} order by started_at desc, id desc limit ${feedSourceRunsKept})`.execute(this.store.db);
  }

  /** Start the runs that are due (at most {@link maxConcurrentRuns} going at once). */
  async tick(): Promise<void> {
    if (this.ticking || this.controller.signal.aborted) return;
    this.ticking = true;
    try {
      await this.store.closeStaleRuns();
      const free = maxConcurrentRuns - this.running.size;
      if (free <= 0) return;
      for (const source of await this.store.due(free)) {
        try {
          await this.start(source, 'scheduled');
        } catch (error) {
          // Another server started it in between: nothing to do.
          if (!(error instanceof ProblemError && error.statusCode === 409)) throw error;
        }
      }
    } finally {
      this.ticking = false;
    }
  }

  /** Look for due sources every `tickMs`; timers do not keep the process alive. */
  schedule(tickMs: number): void {
    const loop = () => {
      this.timer = setTimeout(() => {
        this.tick().catch(this.options.onError).finally(() => {
          if (!this.controller.signal.aborted) loop();
        });
      }, tickMs);
      this.timer.unref();
    };
    loop();
  }

  /** Stop the schedule, abort the runs going on and wait for them to end. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.controller.abort();
    await Promise.allSettled([...this.running.values()]);
  }

  /** Resolves when every run going on has ended (for tests and shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }
}
