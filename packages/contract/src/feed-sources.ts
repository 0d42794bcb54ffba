/**
 * Feed sources an organisation's HR stores itself (`/v1/hr/feeds`): where its vacancies are read
 * from, how often, and the report of every run.
 */
import * as z from 'zod/mini';
import { ImportSkip } from './feeds.js';

/** Most sources one organisation may store. */
export const maxFeedSourcesPerOrganisation = 20;
/** Longest URL of a source. */
export const maxFeedSourceUrlLength = 2000;
/** Longest name of a source. */
export const maxFeedSourceNameLength = 120;
/** Shortest and longest time between two scheduled runs, in minutes (a quarter of an hour, a week). */
export const minFeedSourceIntervalMinutes = 15;
export const maxFeedSourceIntervalMinutes = 10_080;
/** Runs kept per source; older reports are removed. */
export const feedSourceRunsKept = 100;
/** Skipped items kept in one run's report; `skipped` still counts them all. */
export const maxReportedSkips = 500;

/** Id of a stored source. */
export const FeedSourceId = z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'must be a feed source id'));

export const FeedSourceIdParams = z.object({ id: FeedSourceId });

/** An http(s) URL without a user name or password, at most {@link maxFeedSourceUrlLength} characters. */
export const FeedSourceUrl = z.string().check(
  z.maxLength(maxFeedSourceUrlLength, `must be at most ${maxFeedSourceUrlLength} characters`),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL'),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.username === '' && url.password === '';
    } catch {
      return true;
    }
  }, 'must not contain a user name or password'),
);

/** What HR enters for a source (create, and replace on update). */
export const FeedSourceInput = z.strictObject({
  name: z.string().check(
    z.maxLength(maxFeedSourceNameLength, `must be at most ${maxFeedSourceNameLength} characters`),
    z.refine((value) => value.trim().length > 0, 'must not be empty'),
  ),
  url: FeedSourceUrl,
  /** Minutes between two scheduled runs. */
  intervalMinutes: z.number().check(
    z.int(),
    z.minimum(minFeedSourceIntervalMinutes, `must be at least ${minFeedSourceIntervalMinutes} minutes`),
    z.maximum(maxFeedSourceIntervalMinutes, `must be at most ${maxFeedSourceIntervalMinutes} minutes (a week)`),
  ),
  /** A disabled source is kept but not run on the schedule; "run now" still works. */
  enabled: z.boolean(),
});
export type FeedSourceInput = z.infer<typeof FeedSourceInput>;

/** The report of one run of a stored source. */
export const FeedRun = z.object({
  id: z.string(),
  sourceId: FeedSourceId,
  trigger: z.enum(['scheduled', 'manual']),
  outcome: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.nullable(z.iso.datetime({ offset: true })),
  /** Items found in the feed, skipped ones included. */
  items: z.number().check(z.int(), z.minimum(0)),
  created: z.number().check(z.int(), z.minimum(0)),
  updated: z.number().check(z.int(), z.minimum(0)),
  unchanged: z.number().check(z.int(), z.minimum(0)),
  closed: z.number().check(z.int(), z.minimum(0)),
  /** How many items were skipped; `skips` lists the first {@link maxReportedSkips}, each with its reason. */
  skipped: z.number().check(z.int(), z.minimum(0)),
  skips: z.array(ImportSkip),
  warnings: z.array(z.string()),
  /** Why a failed run failed (e.g. "address 10.0.0.5 is a private address (RFC 1918)"). */
  error: z.nullable(z.string()),
});
export type FeedRun = z.infer<typeof FeedRun>;

/** A stored source with its newest run. */
export const FeedSource = z.object({
  id: FeedSourceId,
  organisation: z.string(),
  name: z.string(),
  url: z.string(),
  intervalMinutes: z.number().check(z.int()),
  enabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string(),
  lastRun: z.nullable(FeedRun),
});
export type FeedSource = z.infer<typeof FeedSource>;

export const FeedSourceList = z.object({ items: z.array(FeedSource) });
export type FeedSourceList = z.infer<typeof FeedSourceList>;

export const FeedSourceDeleted = z.strictObject({ id: FeedSourceId, deleted: z.literal(true) });
export type FeedSourceDeleted = z.infer<typeof FeedSourceDeleted>;

/** Query of the run list: the newest `limit` runs (default 20, at most {@link feedSourceRunsKept}). */
export const FeedRunsQuery = z.object({
  limit: z.optional(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(feedSourceRunsKept, `must be at most ${feedSourceRunsKept}`)),
  ),
});
export type FeedRunsQuery = z.infer<typeof FeedRunsQuery>;

export const FeedRunList = z.object({ items: z.array(FeedRun) });
export type FeedRunList = z.infer<typeof FeedRunList>;
