-- Photos HR uploads for stories (POST /v1/hr/media). Only re-encoded images are stored: the
-- server decoded the upload and encoded it again without any metadata, at most 1600 pixels on
-- its longest side, so `bytes` holds no EXIF, XMP, IPTC or comment of the original.
create table media (
  id               uuid primary key,
  organisation_id  text not null references organisations (id),
  content_type     text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes            bytea not null check (octet_length(bytes) between 1 and 10485760),
  width            integer not null check (width between 1 and 1600),
  height           integer not null check (height between 1 and 1600),
  -- Hex SHA-256 of `bytes`: the ETag of GET /v1/media/{id}.
  sha256           text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- The token subject of the uploader (an opaque id, not a name); null when the token named none.
  created_by       text check (created_by is null or length(created_by) between 1 and 600),
  created_at       timestamptz not null default now()
);

create index media_organisation_idx on media (organisation_id, created_at);

-- GET /v1/media/{id} looks for stories that use a photo by its path.
create index stories_photo_src_idx on stories (photo_src) where photo_src is not null;

-- Keys the server makes once and every instance on this database shares, such as the key that
-- signs the `access` parameter of photo sources. A process never keeps its own: a source signed by
-- one instance is honoured by every other.
create table server_secrets (
  name        text primary key check (length(name) between 1 and 100),
  secret      bytea not null check (octet_length(secret) >= 32),
  created_at  timestamptz not null default now()
);
