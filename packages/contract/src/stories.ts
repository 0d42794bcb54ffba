/**
 * "Kom in beweging" success stories: colleagues who took a step (an internal move, a detachering,
 * a klus, a docentstage, a move to a partner) tell how it went.
 *
 * A story names a recognisable person and usually shows their photo, which is personal data. So
 * consent is recorded **per channel** (`intranet`: colleagues of the own organisation; `public`:
 * anyone on the internet), each record pointing at the signed form, with a term and a withdrawal
 * date. Records are never edited or deleted: a new form is a new record, a withdrawal stamps the
 * records of its channel. Refusing or withdrawing consent has no consequence for the employee.
 *
 * A server serves a story on a channel only when, on the day asked (a Dutch calendar day):
 * - its status is `approved`;
 * - `publishFrom` ≤ today ≤ `publishUntil` (both days included);
 * - a consent record for **that** channel has `grantedAt` ≤ today < `expiresAt` and no `withdrawnAt`.
 *
 * Consent for `public` does not imply `intranet` or the other way round: each channel needs its own
 * record, because each was asked for separately.
 */
import * as z from 'zod/mini';
import { languages, riasecTypes } from './vocabulary.js';
import { OrganisationRef, Slug } from './organisation.js';
import { CalendarDate, MarkdownText, page } from './vacancy.js';

/** Where a story is shown. `intranet`: to signed-in colleagues of the story's organisation. `public`: to anyone. */
export const storyChannels = ['intranet', 'public'] as const;
export type StoryChannel = (typeof storyChannels)[number];

/** `draft`: being written, never served. `approved`: may be served. `withdrawn`: taken down, never served. */
export const storyStatuses = ['draft', 'approved', 'withdrawn'] as const;
export type StoryStatus = (typeof storyStatuses)[number];

/**
 * The step the colleague took: `internal` (another role in the own organisation), `secondment`
 * (detachering), `partner` (a move to a partner organisation in the network), `assignment` (a klus
 * next to the own job), `internship` (a docentstage in the field), `external` (a job outside the network).
 */
export const moveTypes = ['internal', 'secondment', 'partner', 'assignment', 'internship', 'external'] as const;
export type MoveType = (typeof moveTypes)[number];

/**
 * Seconds a shared cache (a CDN, the browser) may keep an anonymous `GET /v1/stories` answer. A
 * withdrawn story or consent disappears from every public embed within this time; answers for a
 * signed-in caller (the intranet channel) are never stored.
 */
export const storyCacheMaxAgeSeconds = 60;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** Text that must say something: not empty and not only spaces. */
const meaningful = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((value) => value.trim().length > 0, { message: 'must not be empty' }),
  );

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};
/** A path on the API's own origin: one leading slash, no scheme, no backslashes or spaces. */
const isOriginPath = (value: string): boolean => /^\/(?![/\\])[^\s\\]*$/.test(value);

/**
 * An `http(s)` URL, or a path (`/demo-assets/portraits/a.svg`) that clients resolve against the
 * origin of the API's base URL.
 */
export const ResourceReference = z.string().check(
  z.maxLength(2000),
  z.refine((value) => isHttpUrl(value) || isOriginPath(value), { message: 'must be an http(s) URL or a path starting with /' }),
);

/** A link target a call to action may use: a web address, a path on the API's origin, or `mailto:`. */
export const ActionReference = z.string().check(
  z.maxLength(2000),
  z.refine((value) => isHttpUrl(value) || isOriginPath(value) || /^mailto:[^\s]+@[^\s]+$/.test(value), {
    message: 'must be an http(s) URL, a path starting with / or a mailto: address',
  }),
);

/**
 * The portrait of a story. `alt` is required and describes the person in context (who, doing
 * what, where), not the file: "Samira bij de 3D-printer in het makerslab". `credit` names the
 * photographer or illustrator when shown.
 */
export const StoryPhoto = z.strictObject({
  src: ResourceReference,
  alt: meaningful(300),
  credit: z.optional(z.string().check(z.maxLength(120))),
  /** Intrinsic size in pixels, so a client can reserve the space before the image loads. */
  width: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(8000))),
  height: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(8000))),
});
export type StoryPhoto = z.infer<typeof StoryPhoto>;

/** Where the reader can take the next step: "Bekijk de klussen", "Praat met een loopbaanadviseur". */
export const StoryCallToAction = z.strictObject({
  label: meaningful(80),
  href: ActionReference,
});
export type StoryCallToAction = z.infer<typeof StoryCallToAction>;

/** The fields HR writes; shared by the public story, the HR record and the request bodies. */
const storyContentShape = {
  /** First name, or first name and initial ("Samira", "Joost V."): never more than the person agreed to. */
  displayName: meaningful(60),
  photo: z.optional(StoryPhoto),
  roleBefore: text(200),
  orgBefore: text(200),
  roleAfter: text(200),
  orgAfter: text(200),
  moveType: z.enum(moveTypes),
  /** The line that draws the reader in; shown in full on every slide. */
  quote: meaningful(280),
  /**
   * The whole story, plain text or the restricted Markdown subset (paragraphs, lists, emphasis,
   * links), like a vacancy description: raw HTML is refused.
   */
  body: MarkdownText(10_000).check(z.refine((value) => value.trim().length > 0, { message: 'must not be empty' })),
  language: z.enum(languages),
  cta: StoryCallToAction,
  /** RIASEC letters of the role after the move, so a career-test result can point to stories like it. */
  interests: z.optional(z.array(z.enum(riasecTypes)).check(z.maxLength(3))),
};

/**
 * A story as `GET /v1/stories` serves it: what a reader needs and nothing of the consent
 * administration. That it is served at all means it is approved, in its window and consented for
 * the channel asked.
 */
export const Story = z.object({
  id: Slug,
  ...storyContentShape,
  organisation: OrganisationRef,
  /** First day of publication; readers may see it as the story's date. */
  publishFrom: CalendarDate,
});
export type Story = z.infer<typeof Story>;

export const StoryPage = page(Story);
export type StoryPage = z.infer<typeof StoryPage>;

/**
 * One consent, as given on one signed form for one channel. `expiresAt` is the first day on which
 * the consent no longer holds; `withdrawnAt` the day the withdrawal was recorded.
 */
export const StoryConsent = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  channel: z.enum(storyChannels),
  grantedAt: CalendarDate,
  expiresAt: CalendarDate,
  withdrawnAt: z.optional(CalendarDate),
  /** Where the signed form is kept, e.g. a document-management number ("DMS-2025-01234"). */
  formReference: text(200),
});
export type StoryConsent = z.infer<typeof StoryConsent>;

/** A newly signed consent form for one channel. */
export const StoryConsentGrant = z
  .strictObject({
    channel: z.enum(storyChannels),
    grantedAt: CalendarDate,
    expiresAt: CalendarDate,
    formReference: meaningful(200),
  })
  .check(z.refine((c) => c.expiresAt > c.grantedAt, { message: 'must be after grantedAt', path: ['expiresAt'] }));
export type StoryConsentGrant = z.infer<typeof StoryConsentGrant>;

/** Which consents to withdraw: one channel, or every channel when `channel` is left out. */
export const StoryConsentWithdrawal = z.strictObject({
  channel: z.optional(z.enum(storyChannels)),
});
export type StoryConsentWithdrawal = z.infer<typeof StoryConsentWithdrawal>;

/** A story as HR manages it: the content plus its status, window and every consent record. */
export const StoryRecord = z.object({
  id: Slug,
  ...storyContentShape,
  organisation: OrganisationRef,
  status: z.enum(storyStatuses),
  publishFrom: CalendarDate,
  publishUntil: CalendarDate,
  /** Every consent record ever made for this story, oldest first. */
  consent: z.array(StoryConsent),
  /** The channels on which the story is served today, by the rule above. */
  liveOn: z.array(z.enum(storyChannels)),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type StoryRecord = z.infer<typeof StoryRecord>;

export const StoryRecordPage = page(StoryRecord);
export type StoryRecordPage = z.infer<typeof StoryRecordPage>;

const windowIsOrdered = (w: { publishFrom?: string | undefined; publishUntil?: string | undefined }) =>
  w.publishFrom === undefined || w.publishUntil === undefined || w.publishUntil >= w.publishFrom;

/** `POST /v1/hr/stories`: a new story, always a draft. The organisation is the caller's own. */
export const StoryCreate = z
  .strictObject({
    ...storyContentShape,
    publishFrom: CalendarDate,
    /** Last day of publication, included. */
    publishUntil: CalendarDate,
    /** Consent forms already signed, at most one per channel. */
    consent: z.optional(z.array(StoryConsentGrant).check(z.maxLength(storyChannels.length))),
  })
  .check(
    z.refine(windowIsOrdered, { message: 'must not be before publishFrom', path: ['publishUntil'] }),
    z.refine((s) => new Set((s.consent ?? []).map((c) => c.channel)).size === (s.consent ?? []).length, {
      message: 'has more than one record for a channel',
      path: ['consent'],
    }),
  );
export type StoryCreate = z.infer<typeof StoryCreate>;

/**
 * `PATCH /v1/hr/stories/{id}`: change any content field or the window. Status and consent have
 * their own routes, so an edit can neither publish a story nor rewrite the consent history.
 */
export const StoryUpdate = z
  .strictObject({
    displayName: z.optional(storyContentShape.displayName),
    /** `null` removes the photo. */
    photo: z.optional(z.nullable(StoryPhoto)),
    roleBefore: z.optional(storyContentShape.roleBefore),
    orgBefore: z.optional(storyContentShape.orgBefore),
    roleAfter: z.optional(storyContentShape.roleAfter),
    orgAfter: z.optional(storyContentShape.orgAfter),
    moveType: z.optional(storyContentShape.moveType),
    quote: z.optional(storyContentShape.quote),
    body: z.optional(storyContentShape.body),
    language: z.optional(storyContentShape.language),
    cta: z.optional(storyContentShape.cta),
    interests: storyContentShape.interests,
    publishFrom: z.optional(CalendarDate),
    publishUntil: z.optional(CalendarDate),
  })
  .check(z.refine(windowIsOrdered, { message: 'must not be before publishFrom', path: ['publishUntil'] }));
export type StoryUpdate = z.infer<typeof StoryUpdate>;

/**
 * Query of `GET /v1/stories`. `channel` defaults to `public`, the channel that needs no sign-in;
 * `intranet` needs a bearer token and serves the caller's own organisation only. Unknown
 * parameters are rejected.
 */
export const StoryListQuery = z.strictObject({
  channel: z.optional(z.enum(storyChannels)),
  moveType: z.optional(z.enum(moveTypes)),
  language: z.optional(z.enum(languages)),
  /** Only stories of this organisation (public channel; on the intranet it can only be the caller's own). */
  organisation: z.optional(Slug),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type StoryListQuery = z.infer<typeof StoryListQuery>;
/** The filter a client passes: the query without paging. */
export type StoryFilter = Omit<StoryListQuery, 'cursor' | 'limit'>;

/** Query of `GET /v1/hr/stories`: every story of the own organisation, drafts included. */
export const HrStoryListQuery = z.strictObject({
  status: z.optional(z.enum(storyStatuses)),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type HrStoryListQuery = z.infer<typeof HrStoryListQuery>;

export const StoryIdParams = z.object({ id: Slug });

/** Page size of `GET /v1/stories` when `limit` is not given. */
export const defaultStoryPageSize = 20;
