-- Feed imports write in short batches, each its own transaction, so that reads are answered while
-- a large feed comes in. A run claims its feed here for its whole length: two runs of one feed (a
-- schedule and the command line, or two servers on one database) wait for each other. A claim
-- not refreshed for 15 minutes belonged to a run that died and may be taken over.
create table vacancy_import_claims (
  feed        text primary key check (length(feed) between 1 and 200),
  run         text not null,
  claimed_at  timestamptz not null default now()
);
