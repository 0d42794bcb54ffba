-- 1. Story bodies are the restricted Markdown subset from now on, like vacancy descriptions: the
--    contract refuses raw HTML and links to anything but http(s), mailto:, paths and fragments.
--    Bodies stored before are converted so that they validate: paragraph and line breaks become
--    Markdown breaks, other tags are dropped (their text stays), and whatever still reads as markup
--    or as a refused link is broken up with a space, so it shows as the literal text it was. A body
--    that would be left empty keeps its text with only that last step.
with candidates as (
  select id, body
  from stories
  where body ~* '<[a-z/!?]'
     or body ~* '\]\((?!\s*<?(https?://|mailto:|/[^/]|/$|#))'
),
converted as (
  select
    id,
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(
            regexp_replace(body, '</p\s*>|<p(\s[^>]*)?>', E'\n\n', 'gi'),
            '<br\s*/?>', E'\n', 'gi'),
          '</?[a-z][^\s/>]*([\s/][^>]*)?>', '', 'gi'),
        '<([a-z/!?])', '< \1', 'gi'),
      '\]\((?!\s*<?(https?://|mailto:|/[^/]|/$|#))', '] (', 'gi') as body,
    regexp_replace(
      regexp_replace(body, '<([a-z/!?])', '< \1', 'gi'),
      '\]\((?!\s*<?(https?://|mailto:|/[^/]|/$|#))', '] (', 'gi') as escaped
  from candidates
)
update stories s
set body = case
  when length(btrim(c.body, E' \t\r\n')) > 0 then btrim(regexp_replace(c.body, E'\n{3,}', E'\n\n', 'g'), E' \t\r\n')
  else c.escaped
end
from converted c
where s.id = c.id;

-- 2. Idempotency keys of POST requests (the `Idempotency-Key` header): the first answer to a key is
--    kept for a day per caller, with a hash of the request, so a retry is answered with it instead
--    of writing twice. `status` is null while the first request is still being handled. Expired
--    rows are pruned by the server.
create table idempotency_keys (
  -- `<organisation>/<subject>` of a signed-in caller; `anonymous` for public routes.
  caller        text not null check (length(caller) <= 600),
  key           text not null check (length(key) between 1 and 255),
  request_hash  text not null,
  status        integer check (status between 100 and 599),
  headers       jsonb not null default '{}',
  -- Null when the answer was larger than the server keeps; a replay then carries status and headers only.
  body          text,
  created_at    timestamptz not null default now(),
  expires_at    timestamptz not null,
  primary key (caller, key)
);

create index idempotency_keys_expires_idx on idempotency_keys (expires_at);
