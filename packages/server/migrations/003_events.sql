-- Anonymous usage counts for the aggregate dashboard: how often something happened per day.
-- Deliberately nothing else: no identity, no IP address, no user agent, no time finer than the
-- calendar day (Europe/Amsterdam), so a row cannot be traced back to a person or a session.
-- The event types are checked by the API contract; the column only guards the form of the name,
-- so counting a new type needs no migration.

create table usage_event_counts (
  type   text not null check (type ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' and length(type) <= 64),
  day    date not null,
  count  bigint not null default 0 check (count >= 0),
  primary key (type, day)
);
