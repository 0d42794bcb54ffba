-- Feed sources stored per organisation: HR configures its imports itself instead of an operator
-- setting MOBILITY_IMPORTS. The importer files a source's vacancies under the feed name
-- `source:<id>`, so renaming a source keeps its vacancies linked to it.
create table feed_sources (
  id                text primary key,
  organisation_id   text not null references organisations (id) on delete cascade,
  name              text not null check (length(name) between 1 and 120),
  url               text not null check (length(url) between 1 and 2000),
  interval_minutes  integer not null check (interval_minutes between 15 and 10080),
  enabled           boolean not null default true,
  created_at        timestamptz not null default now(),
  created_by        text not null,
  updated_at        timestamptz not null default now(),
  updated_by        text not null
);

create index feed_sources_organisation_idx on feed_sources (organisation_id, name);

-- Every run of a stored source with what it did; the newest 100 of each source are kept.
create table feed_source_runs (
  id               text primary key,
  source_id        text not null references feed_sources (id) on delete cascade,
  organisation_id  text not null,
  -- 'scheduled' or 'manual' (the "run now" action).
  trigger          text not null check (trigger in ('scheduled', 'manual')),
  outcome          text not null check (outcome in ('running', 'succeeded', 'failed')),
  started_at       timestamptz not null default now(),
  finished_at      timestamptz,
  items            integer not null default 0,
  created          integer not null default 0,
  updated          integer not null default 0,
  unchanged        integer not null default 0,
  closed           integer not null default 0,
  skipped          integer not null default 0,
  -- The skipped items (each with its reason) and warnings, as the importer reported them (bounded).
  skips            jsonb not null default '[]',
  warnings         jsonb not null default '[]',
  error            text
);

create index feed_source_runs_source_idx on feed_source_runs (source_id, started_at desc);
-- At most one run of a source at a time, whichever server starts it.
create unique index feed_source_runs_running_idx on feed_source_runs (source_id) where outcome = 'running';
