import type { Generated, Kysely } from 'kysely';
import type { Tables } from '../db/schema.js';

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
/** Rows of migration 009: which run is writing a feed now. */
interface ImportClaimsTable {
  feed: string;
  run: string;
  claimed_at: Generated<Date>;
}

export type FeedTables = { vacancy_feed_items: FeedItemsTable; vacancy_import_runs: ImportRunsTable; vacancy_import_claims: ImportClaimsTable };
export type FeedDb = Kysely<Tables & FeedTables>;
