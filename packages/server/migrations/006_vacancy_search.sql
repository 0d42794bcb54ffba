-- Vacancy search: full text with Dutch and English stemming, distance from a postcode or place,
-- dated publication stages and priority, and the audit trail of HR writes.
-- The same SQL runs on PGlite and on PostgreSQL 15+.

alter table vacancies
  -- [{ "visibility": "sector", "from": "2025-03-01" }, ...], ascending by "from"; null: no stages.
  add column stages       jsonb,
  -- { "group": "redeployment", "until": "2025-03-15" }
  add column priority     jsonb,
  -- Token subjects of whoever created and last changed the vacancy; null for imported and demo rows.
  add column created_by   text,
  add column updated_by   text,
  add column closed_at    timestamptz,
  add column search       tsvector;

-- The visibility in force on a day: that of the last stage whose "from" is on or before the day,
-- else the base visibility. The same rule as `effectiveVisibility` in the contract.
create function vacancy_visibility_on(base text, stages jsonb, on_day date) returns text
language sql immutable parallel safe as $$
  select coalesce(
    (select s ->> 'visibility'
       from jsonb_array_elements(case when jsonb_typeof(stages) = 'array' then stages else '[]'::jsonb end) as s
      where (s ->> 'from')::date <= on_day
      order by (s ->> 'from')::date desc
      limit 1),
    base)
$$;

-- Both Dutch and English stemming on every text: institutions mix languages, and a search for
-- "docenten" must find "docent" while "lecturers" finds "lecturer". Title weighs most.
create function vacancy_search_document(title text, summary text, description text, unit text, organisation text, skills text[])
returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('dutch', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('dutch', coalesce(organisation, '') || ' ' || coalesce(unit, '') || ' ' || coalesce(array_to_string(skills, ' '), '')), 'B')
      || setweight(to_tsvector('english', coalesce(organisation, '') || ' ' || coalesce(unit, '') || ' ' || coalesce(array_to_string(skills, ' '), '')), 'B')
      || setweight(to_tsvector('dutch', coalesce(summary, '')), 'C')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'C')
      || setweight(to_tsvector('dutch', coalesce(description, '')), 'D')
      || setweight(to_tsvector('english', coalesce(description, '')), 'D')
$$;

-- A generated column cannot read the organisation's name, so a trigger keeps the document current.
create function vacancies_search_refresh() returns trigger language plpgsql as $$
begin
  new.search := vacancy_search_document(
    new.title, new.summary, new.description, new.unit,
    (select o.name from organisations o where o.id = new.organisation_id),
    new.skills);
  return new;
end
$$;

create trigger vacancies_search_refresh
  before insert or update of title, summary, description, unit, organisation_id, skills on vacancies
  for each row execute function vacancies_search_refresh();

-- Renaming an organisation re-indexes its vacancies (the update fires the trigger above).
create function organisations_search_refresh() returns trigger language plpgsql as $$
begin
  update vacancies set title = title where organisation_id = new.id;
  return null;
end
$$;

create trigger organisations_search_refresh
  after update of name on organisations
  for each row when (old.name is distinct from new.name)
  execute function organisations_search_refresh();

update vacancies set title = title;

create index vacancies_search_idx on vacancies using gin (search);
create index vacancies_closing_idx on vacancies (valid_through, id) where status = 'open';

-- Every Dutch four-digit postcode area with a place name and an approximate centre.
-- Postcode data: GeoNames (CC BY 4.0). Loaded at start-up from data/nl-pc4-places.csv.
create table places (
  pc4         text primary key check (pc4 ~ '^[1-9][0-9]{3}$'),
  name        text not null,
  -- The name folded for lookup: lower case, no diacritics or punctuation ("'s-Hertogenbosch" → "s hertogenbosch").
  name_key    text not null,
  lat         double precision not null check (lat between -90 and 90),
  lon         double precision not null check (lon between -180 and 180)
);

create index places_name_key_idx on places (name_key);
