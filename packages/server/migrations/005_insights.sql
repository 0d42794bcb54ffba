-- Pseudonymous mobility cases for the anonymised insights (stuurinformatie).
-- A case is identified by an id HR chooses within its organisation; there is deliberately no
-- column for a name, a personnel number, a birth date or free text. The dashboard reads only
-- aggregates of these rows, never a row itself.

create table mobility_cases (
  organisation_id   text not null references organisations (id),
  id                text not null check (id ~ '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$' and length(id) <= 40 and id ~ '[A-Za-z]'),
  unit              text not null check (length(unit) between 1 and 100),
  staff_group       text not null check (staff_group in ('teaching', 'support')),
  start_date        date not null,
  trigger           text not null check (trigger in ('reorganisation', 'end-of-contract', 'conflict', 'own-wish', 'health')),
  route             text not null check (route in ('internal-redeployment', 'external-placement', 'secondment', 'outplacement', 'ww-bww')),
  outcome           text check (outcome in ('internal-job', 'external-job', 'self-employed', 'benefits', 'retired', 'other')),
  end_date          date,
  trajectory_costs  numeric(12, 2) not null default 0 check (trajectory_costs >= 0),
  benefit_costs     numeric(12, 2) not null default 0 check (benefit_costs >= 0),
  -- Rows written by the demo seed; re-seeding replaces only these.
  demo              boolean not null default false,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (organisation_id, id),
  check ((outcome is null) = (end_date is null)),
  check (end_date is null or end_date >= start_date)
);
