import { Slug, vacancyKinds, visibilities, type ImportReport } from '@mobility-kit/contract';
import type { OutboundPolicy } from '../net/guarded-fetch.js';
import type { Db } from '../db/schema.js';
import { runImport } from './importer.js';
import type { ImportDefaults } from './map.js';

/** A feed the server imports on its own, every `intervalMinutes`. */
export interface ScheduledImport {
  /** Name of the feed (unique per source). */
  readonly feed: string;
  /** http(s) URL of the feed. */
  readonly url: string;
  /** Id of the registered organisation the vacancies belong to. */
  readonly organisation: string;
  /** Minutes between runs; at least 5. The first run starts shortly after the server does. */
  readonly intervalMinutes: number;
  readonly defaults?: ImportDefaults;
}

/** Thrown for an import configuration that cannot run. */
export class ImportConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportConfigurationError';
  }
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);

/**
 * Check scheduled imports (from `ServerOptions.imports` or the `MOBILITY_IMPORTS` JSON), with a
 * message naming the entry and field that is wrong.
 */
export function validateScheduledImports(value: unknown): ScheduledImport[] {
  if (!Array.isArray(value)) throw new ImportConfigurationError('imports must be an array of { feed, url, organisation, intervalMinutes, defaults? }.');
  const names = new Set<string>();
  return value.map((entry: unknown, index) => {
    const at = `imports[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw new ImportConfigurationError(`${at} must be an object.`);
    const { feed, url, organisation, intervalMinutes, defaults } = entry as Record<string, unknown>;
    if (typeof feed !== 'string' || feed.trim() === '' || feed.length > 200) throw new ImportConfigurationError(`${at}.feed must be a name of 1 to 200 characters.`);
    if (names.has(feed)) throw new ImportConfigurationError(`${at}.feed "${feed}" is configured twice.`);
    names.add(feed);
    let parsed: URL | undefined;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new ImportConfigurationError(`${at}.url must be an http or https URL.`);
    if (typeof organisation !== 'string' || !Slug.safeParse(organisation).success) throw new ImportConfigurationError(`${at}.organisation must be an organisation id.`);
    if (typeof intervalMinutes !== 'number' || !Number.isFinite(intervalMinutes) || intervalMinutes < 5) {
      throw new ImportConfigurationError(`${at}.intervalMinutes must be a number of minutes, at least 5.`);
    }
    if (defaults !== undefined) {
      if (typeof defaults !== 'object' || defaults === null) throw new ImportConfigurationError(`${at}.defaults must be an object.`);
      const d = defaults as Record<string, unknown>;
      if (d.kind !== undefined && !isOneOf(vacancyKinds, d.kind)) throw new ImportConfigurationError(`${at}.defaults.kind must be one of ${vacancyKinds.join(', ')}.`);
      if (d.visibility !== undefined && !isOneOf(visibilities, d.visibility)) {
        throw new ImportConfigurationError(`${at}.defaults.visibility must be one of ${visibilities.join(', ')}.`);
      }
    }
    return { feed, url: parsed.href, organisation, intervalMinutes, ...(defaults ? { defaults: defaults as ImportDefaults } : {}) };
  });
}

/** Scheduled imports from the `MOBILITY_IMPORTS` environment variable (a JSON array); `[]` when unset. */
export function importsFromEnv(env: NodeJS.ProcessEnv = process.env): ScheduledImport[] {
  const raw = env.MOBILITY_IMPORTS?.trim();
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new ImportConfigurationError(`MOBILITY_IMPORTS is not valid JSON: ${(error as Error).message}`);
  }
  return validateScheduledImports(value);
}

/** Running schedules; {@link stop} ends them and waits for a run in progress. */
export interface ImportScheduler {
  stop(): Promise<void>;
}

/**
 * Run each configured import now (after `initialDelayMs`) and then every `intervalMinutes`. A feed
 * never runs twice at once; timers do not keep the process alive.
 */
export function scheduleImports(
  db: Db,
  imports: readonly ScheduledImport[],
  options: { onReport: (report: ImportReport) => void; initialDelayMs?: number; outbound?: OutboundPolicy },
): ImportScheduler {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  const controller = new AbortController();
  let stopped = false;
  for (const config of imports) {
    const run = () => {
      if (stopped || running.has(config.feed)) return;
      const promise = runImport(db, {
        feed: config.feed,
        organisation: config.organisation,
        source: config.url,
        defaults: config.defaults,
        signal: controller.signal,
        outbound: options.outbound,
      })
        .then((report) => {
          if (!stopped || report.status === 'succeeded') options.onReport(report);
        })
        .catch(() => {})
        .finally(() => running.delete(config.feed));
      running.set(config.feed, promise);
    };
    const first = setTimeout(run, options.initialDelayMs ?? 1_000);
    const every = setInterval(run, config.intervalMinutes * 60_000);
    first.unref();
    every.unref();
    timers.push(first, every);
  }
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      controller.abort();
      await Promise.allSettled([...running.values()]);
    },
  };
}
