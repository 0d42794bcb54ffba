-- Every replacement of an organisation's calculator parameters (PUT /v1/regulations), kept so HR
-- can see what was in force when and who changed it. A row holds the whole set as it was stored,
-- as the contract's `parameters` object in JSON. The server keeps the latest few per organisation
-- (it deletes older rows in the transaction that adds one). The same SQL runs on PGlite and on
-- PostgreSQL 15+.
create table regulation_revisions (
  organisation_id  text not null references organisations (id) on delete cascade,
  -- Increasing per organisation; the latest replacement has the highest number.
  revision         integer not null,
  recorded_at      timestamptz not null default now(),
  -- Token subject of the HR staff member; null when the token carried none.
  recorded_by      text,
  parameters       jsonb not null,
  -- True for the state found when history began to be kept: its entries may be older than the row.
  initial          boolean not null default false,
  primary key (organisation_id, revision)
);

-- The sets stored before this migration become each organisation's first, initial revision.
insert into regulation_revisions (organisation_id, revision, recorded_at, recorded_by, parameters, initial)
select r.organisation_id, 1, r.updated_at, r.updated_by,
  coalesce(
    (select jsonb_object_agg(p.name, p.entries)
       from (select name,
                    jsonb_agg(jsonb_build_object('value', value, 'validFrom', to_char(valid_from, 'YYYY-MM-DD'), 'status', status, 'source', source) order by position) as entries
               from regulation_parameters
              where organisation_id = r.organisation_id
              group by name) p),
    '{}'::jsonb),
  true
from regulations r;
