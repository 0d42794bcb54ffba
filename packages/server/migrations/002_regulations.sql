-- Calculator parameters an institution has verified (CAO hbo scale tops, rates, ASU duration …).
-- Public facts about a regulation, never data about an employee. The same SQL runs on PGlite and
-- on PostgreSQL 15+.

-- One row per organisation that has set its parameters: who replaced the set last, and when.
create table regulations (
  organisation_id  text primary key references organisations (id) on delete cascade,
  updated_at       timestamptz not null default now(),
  -- Token subject of the HR staff member; null when the token carried none.
  updated_by       text
);

-- The dated entries of each parameter. A PUT replaces all rows of an organisation in one transaction.
create table regulation_parameters (
  organisation_id  text not null references regulations (organisation_id) on delete cascade,
  -- Parameter name as the contract lists it; the contract, not the database, knows the list.
  name             text not null,
  valid_from       date not null,
  -- JSON value in the parameter's shape, or JSON null for "changes on this date, value not known".
  value            jsonb not null,
  status           text not null check (status in ('V', 'V2', 'D', 'U')),
  source           text not null check (length(btrim(source)) > 0),
  -- Order of the entry within its parameter as it was sent, so a read returns exactly what was put.
  position         integer not null,
  primary key (organisation_id, name, valid_from)
);
