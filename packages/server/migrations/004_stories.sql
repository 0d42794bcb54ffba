-- "Kom in beweging" stories and their consent records.
-- A story is served on a channel only when it is approved, today lies in its publication window and
-- a consent record for that channel is granted, not expired and not withdrawn (see db/stories.ts).

create table stories (
  id               text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 64),
  organisation_id  text not null references organisations (id),
  status           text not null default 'draft' check (status in ('draft', 'approved', 'withdrawn')),
  publish_from     date not null,
  -- Last day of publication, included.
  publish_until    date not null check (publish_until >= publish_from),
  display_name     text not null check (length(btrim(display_name)) > 0),
  -- A photo is optional (refusing one must have no consequence), but never without alt text.
  photo_src        text,
  photo_alt        text,
  photo_credit     text,
  photo_width      integer,
  photo_height     integer,
  role_before      text not null,
  org_before       text not null,
  role_after       text not null,
  org_after        text not null,
  move_type        text not null check (move_type in ('internal', 'secondment', 'partner', 'assignment', 'internship', 'external')),
  quote            text not null,
  body             text not null,
  language         text not null default 'nl' check (language in ('nl', 'en')),
  cta_label        text not null,
  cta_href         text not null,
  interests        text[] not null default '{}',
  approved_at      timestamptz,
  withdrawn_at     timestamptz,
  demo             boolean not null default false,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (photo_src is null or (photo_alt is not null and length(btrim(photo_alt)) > 0))
);

create index stories_listing_idx on stories (publish_from desc, id) where status = 'approved';
create index stories_organisation_idx on stories (organisation_id, status);

-- Append-only: a new signed form is a new row; a withdrawal stamps withdrawn_at. Never updated otherwise.
create table story_consents (
  id               text primary key,
  story_id         text not null references stories (id) on delete cascade,
  channel          text not null check (channel in ('intranet', 'public')),
  granted_at       date not null,
  -- First day on which the consent no longer holds.
  expires_at       date not null check (expires_at > granted_at),
  withdrawn_at     date,
  -- Where the signed form is kept (document-management number or similar).
  form_reference   text not null check (length(btrim(form_reference)) > 0),
  recorded_at      timestamptz not null default now()
);

create index story_consents_story_idx on story_consents (story_id, channel);
