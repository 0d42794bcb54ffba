-- Vacancies imported from feeds (JSON-LD, RSS, Atom).
-- A feed is identified by a name chosen by whoever configures the import, and belongs to one
-- organisation. Each item of a feed is recognised by its external id (or its URL when it has
-- none), so a re-import updates the vacancy it created before instead of adding a duplicate.

create table vacancy_feed_items (
  feed             text not null check (length(feed) between 1 and 200),
  -- The item's external id, or its URL when the feed gives no id.
  source_key       text not null check (length(source_key) between 1 and 2000),
  organisation_id  text not null references organisations (id),
  vacancy_id       text not null unique references vacancies (id) on delete cascade,
  -- Hash of the imported content: an unchanged item is not rewritten.
  content_hash     text not null,
  first_seen_at    timestamptz not null default now(),
  last_seen_at     timestamptz not null default now(),
  primary key (feed, source_key)
);

create index vacancy_feed_items_organisation_idx on vacancy_feed_items (feed, organisation_id);

-- One row per import run, for operators: what was created, updated, closed and skipped.
create table vacancy_import_runs (
  id               bigint generated always as identity primary key,
  feed             text not null,
  organisation_id  text not null,
  source           text not null,
  status           text not null check (status in ('succeeded', 'failed')),
  started_at       timestamptz not null,
  finished_at      timestamptz not null,
  report           jsonb not null
);

create index vacancy_import_runs_feed_idx on vacancy_import_runs (feed, started_at desc);
