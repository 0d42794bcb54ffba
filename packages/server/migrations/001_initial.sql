-- Organisations taking part and the vacancies they publish.
-- The same SQL runs on PGlite and on PostgreSQL 15+.

create table organisations (
  id          text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 64),
  name        text not null,
  sector      text not null check (sector in ('hbo', 'wo', 'mbo', 'vo', 'po', 'government', 'business', 'care', 'other')),
  city        text,
  -- Organisations that share a network see each other's `sector` vacancies.
  networks    text[] not null default '{}',
  website     text,
  -- Rows written by the demo seed; re-seeding replaces only these.
  demo        boolean not null default false,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);

create index organisations_networks_idx on organisations using gin (networks);

create table vacancies (
  id               text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 64),
  organisation_id  text not null references organisations (id),
  title            text not null,
  summary          text,
  description      text not null default '',
  kind             text not null check (kind in ('vacancy', 'assignment', 'secondment', 'internship', 'project')),
  visibility       text not null check (visibility in ('internal', 'sector', 'public')),
  unit             text,
  city             text not null,
  pc4              text,
  lat              double precision,
  lon              double precision,
  workplace        text not null check (workplace in ('onsite', 'hybrid', 'remote')),
  hours_min        real not null check (hours_min >= 0 and hours_min <= 60),
  hours_max        real not null check (hours_max >= hours_min and hours_max <= 60),
  salary           jsonb,
  contract         text not null check (contract in ('permanent', 'temporary', 'secondment')),
  date_posted      date not null,
  valid_through    date not null,
  start_date       date,
  interests        text[] not null default '{}',
  skills           text[] not null default '{}',
  apply_url        text,
  contact          jsonb,
  language         text not null default 'nl' check (language in ('nl', 'en')),
  source           jsonb,
  -- A vacancy that disappears from its feed is closed, never deleted.
  status           text not null default 'open' check (status in ('open', 'closed')),
  demo             boolean not null default false,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now()
);

-- The list query walks open vacancies newest first with an (date_posted desc, id asc) keyset.
create index vacancies_listing_idx on vacancies (date_posted desc, id) where status = 'open';
create index vacancies_organisation_idx on vacancies (organisation_id, visibility);
create index vacancies_valid_through_idx on vacancies (valid_through);

-- When the demo data was last generated, so a restart on another day refreshes its dates.
create table seed_state (
  name        text primary key,
  seed_key    text not null,
  seeded_at   timestamptz not null default now()
);
