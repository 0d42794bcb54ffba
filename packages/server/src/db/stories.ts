import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Generated, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type {
  Language,
  MoveType,
  Story,
  StoryChannel,
  StoryConsent,
  StoryConsentGrant,
  StoryCreate,
  StoryFilter,
  StoryRecord,
  StoryStatus,
  StoryUpdate,
} from '@mobility-kit/contract';
import type { OrganisationsTable, Tables } from './schema.js';
import type { VacancyCursor } from '../cursor.js';

export interface StoriesTable {
  id: string;
  organisation_id: string;
  status: Generated<StoryStatus>;
  publish_from: string;
  publish_until: string;
  display_name: string;
  photo_src: string | null;
  photo_alt: string | null;
  photo_credit: string | null;
  photo_width: number | null;
  photo_height: number | null;
  role_before: string;
  org_before: string;
  role_after: string;
  org_after: string;
  move_type: MoveType;
  quote: string;
  body: string;
  language: Language;
  cta_label: string;
  cta_href: string;
  interests: Generated<string[]>;
  approved_at: Date | null;
  withdrawn_at: Date | null;
  demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface StoryConsentsTable {
  id: string;
  story_id: string;
  channel: StoryChannel;
  granted_at: string;
  expires_at: string;
  withdrawn_at: string | null;
  form_reference: string;
  recorded_at: Generated<Date>;
}

/** The tables of migration 004, added to the server's schema for typed queries. */
// A type alias, not an interface: Kysely's `withTables` needs an implicit index signature.
export type StoryTables = {
  stories: StoriesTable;
  story_consents: StoryConsentsTable;
};

export type StoryDb = Kysely<Tables & StoryTables>;
export type StoryRow = Selectable<StoriesTable>;
type ConsentRow = Selectable<StoryConsentsTable>;
type Eb = ExpressionBuilder<Tables & StoryTables & { s: StoriesTable; o: OrganisationsTable }, 's' | 'o'>;

/** The server's database seen with the story tables. */
export const withStoryTables = (db: Kysely<Tables>): StoryDb => db.withTables<StoryTables>();

/** Whether one consent record holds on `today`: granted, not yet expired, not withdrawn. */
export function consentHolds(consent: Pick<StoryConsent, 'grantedAt' | 'expiresAt' | 'withdrawnAt'>, today: string): boolean {
  return consent.grantedAt <= today && today < consent.expiresAt && consent.withdrawnAt === undefined;
}

/**
 * The channels a story is served on today. The same rule as {@link servedOn} in SQL, kept side by
 * side so that HR sees exactly what readers get.
 */
export function liveChannels(
  story: Pick<StoryRecord, 'status' | 'publishFrom' | 'publishUntil'>,
  consents: readonly StoryConsent[],
  today: string,
): StoryChannel[] {
  if (story.status !== 'approved' || today < story.publishFrom || today > story.publishUntil) return [];
  const channels = new Set(consents.filter((c) => consentHolds(c, today)).map((c) => c.channel));
  return (['intranet', 'public'] as const).filter((channel) => channels.has(channel));
}

/** Approved, inside the window, and consent for `channel` that holds today — as SQL. */
function servedOn(eb: Eb, channel: StoryChannel, today: string) {
  return eb.and([
    eb('s.status', '=', 'approved'),
    eb('s.publish_from', '<=', today),
    eb('s.publish_until', '>=', today),
    eb.exists(
      eb
        .selectFrom('story_consents as c')
        .select(sql.lit(1).as('one'))
        .whereRef('c.story_id', '=', 's.id')
        .where('c.channel', '=', channel)
        .where('c.granted_at', '<=', today)
        .where('c.expires_at', '>', today)
        .where('c.withdrawn_at', 'is', null),
    ),
  ]);
}

/**
 * Whether a story of `organisation` whose photo is `src` is served on `channel` today: what
 * `GET /v1/media/{id}` asks before it serves an uploaded photo without HR's token.
 */
export async function isPhotoServed(db: StoryDb, src: string, channel: StoryChannel, organisation: string, today: string): Promise<boolean> {
  const row = await db
    .selectFrom('stories as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select('s.id')
    .where((eb) => eb.and([eb('s.photo_src', '=', src), eb('s.organisation_id', '=', organisation), servedOn(eb, channel, today)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

function baseQuery(db: StoryDb) {
  return db
    .selectFrom('stories as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .selectAll('s')
    .select(['o.name as organisation_name', 'o.sector as organisation_sector']);
}

type JoinedRow = StoryRow & { organisation_name: string; organisation_sector: OrganisationsTable['sector'] };

function after(eb: Eb, cursor: VacancyCursor | undefined) {
  // The shared keyset cursor calls its date `datePosted`; here it is the first day of publication.
  if (!cursor) return eb.val(true);
  return eb.or([
    eb('s.publish_from', '<', cursor.datePosted),
    eb.and([eb('s.publish_from', '=', cursor.datePosted), eb('s.id', '>', cursor.id)]),
  ]);
}

const nextCursor = (rows: JoinedRow[], limit: number): VacancyCursor | null => {
  const last = rows[limit - 1];
  return rows.length > limit && last ? { datePosted: last.publish_from, id: last.id } : null;
};

export interface ListServedInput {
  readonly channel: StoryChannel;
  readonly filter: Omit<StoryFilter, 'channel'>;
  readonly limit: number;
  readonly after?: VacancyCursor | undefined;
  readonly today: string;
}

/** One page of the stories served on a channel, newest first. */
export async function listServedStories(db: StoryDb, input: ListServedInput): Promise<{ items: Story[]; next: VacancyCursor | null }> {
  const { channel, filter, limit, today } = input;
  const rows = await baseQuery(db)
    .where((eb) => {
      const conditions = [servedOn(eb, channel, today), after(eb, input.after)];
      if (filter.moveType) conditions.push(eb('s.move_type', '=', filter.moveType));
      if (filter.language) conditions.push(eb('s.language', '=', filter.language));
      if (filter.organisation) conditions.push(eb('s.organisation_id', '=', filter.organisation));
      return eb.and(conditions);
    })
    .orderBy('s.publish_from', 'desc')
    .orderBy('s.id', 'asc')
    .limit(limit + 1)
    .execute();
  return { items: rows.slice(0, limit).map(toStory), next: nextCursor(rows, limit) };
}

/** One page of every story of an organisation, any status, newest first, with consent records. */
export async function listOrganisationStories(
  db: StoryDb,
  input: { organisation: string; status?: StoryStatus | undefined; limit: number; after?: VacancyCursor | undefined; today: string },
): Promise<{ items: StoryRecord[]; next: VacancyCursor | null }> {
  const rows = await baseQuery(db)
    .where((eb) =>
      eb.and([
        eb('s.organisation_id', '=', input.organisation),
        ...(input.status ? [eb('s.status', '=', input.status)] : []),
        after(eb, input.after),
      ]),
    )
    .orderBy('s.publish_from', 'desc')
    .orderBy('s.id', 'asc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const consents = await consentsOf(db, page.map((r) => r.id));
  return { items: page.map((r) => toRecord(r, consents.get(r.id) ?? [], input.today)), next: nextCursor(rows, input.limit) };
}

/** A story of the organisation, or `undefined` (another organisation's story looks the same as none). */
export async function findOrganisationStory(db: StoryDb, organisation: string, id: string, today: string): Promise<StoryRecord | undefined> {
  const row = await baseQuery(db).where('s.id', '=', id).where('s.organisation_id', '=', organisation).executeTakeFirst();
  if (!row) return undefined;
  const consents = await consentsOf(db, [row.id]);
  return toRecord(row, consents.get(row.id) ?? [], today);
}

async function consentsOf(db: StoryDb, ids: readonly string[]): Promise<Map<string, StoryConsent[]>> {
  const byStory = new Map<string, StoryConsent[]>();
  if (ids.length === 0) return byStory;
  const rows = await db
    .selectFrom('story_consents')
    .selectAll()
    .where('story_id', 'in', ids)
    .orderBy('recorded_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  for (const row of rows) {
    const list = byStory.get(row.story_id) ?? [];
    list.push(toConsent(row));
    byStory.set(row.story_id, list);
  }
  return byStory;
}

/** A new, URL-safe story id: `story-` and 12 random hex digits. */
export const newStoryId = (): string => `story-${randomBytes(6).toString('hex')}`;

/** Insert a story (always a draft unless the seed says otherwise) and its initial consent records. */
export async function insertStory(
  db: StoryDb,
  organisation: string,
  input: StoryCreate,
  extra: { id?: string; status?: StoryStatus; demo?: boolean; withdrawnConsent?: Partial<Record<StoryChannel, string>> } = {},
): Promise<string> {
  const id = extra.id ?? newStoryId();
  // The demo seed calls this inside its own transaction; Kysely does not nest them.
  const inTransaction = <T>(work: (trx: StoryDb) => Promise<T>) => (db.isTransaction ? work(db) : db.transaction().execute(work));
  await inTransaction(async (trx) => {
    const status = extra.status ?? 'draft';
    await trx
      .insertInto('stories')
      .values({
        id,
        organisation_id: organisation,
        status,
        publish_from: input.publishFrom,
        publish_until: input.publishUntil,
        ...contentColumns(input),
        approved_at: status === 'approved' ? new Date() : null,
        withdrawn_at: status === 'withdrawn' ? new Date() : null,
        demo: extra.demo ?? false,
      } as Insertable<StoriesTable>)
      .execute();
    for (const grant of input.consent ?? []) {
      await insertConsent(trx, id, grant, extra.withdrawnConsent?.[grant.channel] ?? null);
    }
  });
  return id;
}

async function insertConsent(db: StoryDb, storyId: string, grant: StoryConsentGrant, withdrawnAt: string | null): Promise<void> {
  await db
    .insertInto('story_consents')
    .values({
      id: `consent-${randomUUID()}`,
      story_id: storyId,
      channel: grant.channel,
      granted_at: grant.grantedAt,
      expires_at: grant.expiresAt,
      withdrawn_at: withdrawnAt,
      form_reference: grant.formReference.trim(),
    })
    .execute();
}

/** Column values of the content fields present in `input` (a create body or a patch). */
function contentColumns(input: StoryUpdate | StoryCreate): Updateable<StoriesTable> {
  const columns: Updateable<StoriesTable> = {};
  if (input.displayName !== undefined) columns.display_name = input.displayName.trim();
  if (input.photo !== undefined) {
    columns.photo_src = input.photo?.src ?? null;
    columns.photo_alt = input.photo?.alt.trim() ?? null;
    columns.photo_credit = input.photo?.credit ?? null;
    columns.photo_width = input.photo?.width ?? null;
    columns.photo_height = input.photo?.height ?? null;
  }
  if (input.roleBefore !== undefined) columns.role_before = input.roleBefore;
  if (input.orgBefore !== undefined) columns.org_before = input.orgBefore;
  if (input.roleAfter !== undefined) columns.role_after = input.roleAfter;
  if (input.orgAfter !== undefined) columns.org_after = input.orgAfter;
  if (input.moveType !== undefined) columns.move_type = input.moveType;
  if (input.quote !== undefined) columns.quote = input.quote.trim();
  if (input.body !== undefined) columns.body = input.body;
  if (input.language !== undefined) columns.language = input.language;
  if (input.cta !== undefined) {
    columns.cta_label = input.cta.label.trim();
    columns.cta_href = input.cta.href;
  }
  if (input.interests !== undefined) columns.interests = input.interests;
  return columns;
}

/**
 * Apply a patch to a story of the organisation. Returns `'not-found'`, `'bad-window'` when the
 * resulting window would end before it starts, or `'ok'`.
 */
export async function updateStory(db: StoryDb, organisation: string, id: string, patch: StoryUpdate): Promise<'ok' | 'not-found' | 'bad-window'> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('stories')
      .select(['publish_from', 'publish_until'])
      .where('id', '=', id)
      .where('organisation_id', '=', organisation)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return 'not-found';
    const from = patch.publishFrom ?? current.publish_from;
    const until = patch.publishUntil ?? current.publish_until;
    if (until < from) return 'bad-window';
    await trx
      .updateTable('stories')
      .set({ ...contentColumns(patch), publish_from: from, publish_until: until, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    return 'ok';
  });
}

/** Approve or withdraw a story of the organisation; `false` when there is no such story. */
export async function setStoryStatus(db: StoryDb, organisation: string, id: string, status: 'approved' | 'withdrawn'): Promise<boolean> {
  const result = await db
    .updateTable('stories')
    .set(
      status === 'approved'
        ? { status, approved_at: sql`now()`, withdrawn_at: null, updated_at: sql`now()` }
        : { status, withdrawn_at: sql`now()`, updated_at: sql`now()` },
    )
    .where('id', '=', id)
    .where('organisation_id', '=', organisation)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

async function ownsStory(db: StoryDb, organisation: string, id: string): Promise<boolean> {
  return (await db.selectFrom('stories').select('id').where('id', '=', id).where('organisation_id', '=', organisation).executeTakeFirst()) !== undefined;
}

/** Record a newly signed consent form; `false` when the organisation has no such story. */
export async function recordConsent(db: StoryDb, organisation: string, id: string, grant: StoryConsentGrant): Promise<boolean> {
  if (!(await ownsStory(db, organisation, id))) return false;
  await insertConsent(db, id, grant, null);
  await db.updateTable('stories').set({ updated_at: sql`now()` }).where('id', '=', id).execute();
  return true;
}

/** Stamp every not yet withdrawn consent of the channel (or of all channels) with `today`. */
export async function withdrawConsent(db: StoryDb, organisation: string, id: string, channel: StoryChannel | undefined, today: string): Promise<boolean> {
  if (!(await ownsStory(db, organisation, id))) return false;
  let update = db.updateTable('story_consents').set({ withdrawn_at: today }).where('story_id', '=', id).where('withdrawn_at', 'is', null);
  if (channel) update = update.where('channel', '=', channel);
  await update.execute();
  await db.updateTable('stories').set({ updated_at: sql`now()` }).where('id', '=', id).execute();
  return true;
}

const optional = <K extends string, T>(key: K, value: T | null | undefined) =>
  (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;

function content(r: JoinedRow) {
  return {
    displayName: r.display_name,
    ...(r.photo_src && r.photo_alt
      ? {
          photo: {
            src: r.photo_src,
            alt: r.photo_alt,
            ...optional('credit', r.photo_credit),
            ...optional('width', r.photo_width),
            ...optional('height', r.photo_height),
          },
        }
      : {}),
    roleBefore: r.role_before,
    orgBefore: r.org_before,
    roleAfter: r.role_after,
    orgAfter: r.org_after,
    moveType: r.move_type,
    quote: r.quote,
    body: r.body,
    language: r.language,
    cta: { label: r.cta_label, href: r.cta_href },
    ...(r.interests.length > 0 ? { interests: r.interests as Story['interests'] } : {}),
  };
}

function toStory(r: JoinedRow): Story {
  return {
    id: r.id,
    ...content(r),
    organisation: { id: r.organisation_id, name: r.organisation_name, sector: r.organisation_sector },
    publishFrom: r.publish_from,
  };
}

function toConsent(r: ConsentRow): StoryConsent {
  return {
    id: r.id,
    channel: r.channel,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
    ...optional('withdrawnAt', r.withdrawn_at),
    formReference: r.form_reference,
  };
}

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

function toRecord(r: JoinedRow, consent: StoryConsent[], today: string): StoryRecord {
  const record = {
    id: r.id,
    ...content(r),
    organisation: { id: r.organisation_id, name: r.organisation_name, sector: r.organisation_sector },
    status: r.status,
    publishFrom: r.publish_from,
    publishUntil: r.publish_until,
    consent,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
  return { ...record, liveOn: liveChannels(record, consent, today) };
}
