import {
  StoryConsentGrant,
  StoryCreate,
  StoryUpdate,
  type InvalidParam,
  type Language,
  type MoveType,
  type RiasecType,
  type SchemaIssue,
  type StoryChannel,
  type StoryPhoto,
  type StoryRecord,
} from '@mobility-kit/contract';
import { addDays } from './story-state.js';

/** Every field of the story form, in the order the form shows them. */
export const storyFields = [
  'displayName',
  'photo',
  'photoAlt',
  'photoCredit',
  'roleBefore',
  'orgBefore',
  'roleAfter',
  'orgAfter',
  'moveType',
  'quote',
  'body',
  'language',
  'ctaLabel',
  'ctaHref',
  'interests',
  'publishFrom',
  'publishUntil',
] as const;
export type StoryField = (typeof storyFields)[number];

/** The fields of the consent form. */
export const consentFields = ['channel', 'grantedAt', 'expiresAt', 'formReference'] as const;
export type ConsentField = (typeof consentFields)[number];

/** What is wrong with a field, in terms that have one translated sentence each. */
export type FieldProblem =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'date'
  | 'windowOrder'
  | 'expiryOrder'
  | 'href'
  | 'markdown'
  | 'altRequired'
  | 'invalid'
  /** The API refused the value for a reason the form did not foresee. */
  | 'server';

export interface FieldError {
  readonly problem: FieldProblem;
  /** The limit crossed (characters, items), from the schema. */
  readonly limit?: number;
}

export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/** The photo as the form holds it: what the upload answered plus what HR typed. */
export interface PhotoValues {
  src: string;
  width?: number;
  height?: number;
  alt: string;
  credit: string;
}

/** Everything the story form holds, as typed. Nothing here is lost when saving fails. */
export interface StoryFormValues {
  displayName: string;
  photo?: PhotoValues;
  roleBefore: string;
  orgBefore: string;
  roleAfter: string;
  orgAfter: string;
  moveType: MoveType;
  quote: string;
  body: string;
  language: Language;
  ctaLabel: string;
  ctaHref: string;
  interests: RiasecType[];
  publishFrom: string;
  publishUntil: string;
}

export interface ConsentFormValues {
  channel: StoryChannel;
  grantedAt: string;
  expiresAt: string;
  formReference: string;
}

/** A new story: published for a year from today, until HR says otherwise. */
export function emptyStoryValues(today: string): StoryFormValues {
  return {
    displayName: '',
    roleBefore: '',
    orgBefore: '',
    roleAfter: '',
    orgAfter: '',
    moveType: 'internal',
    quote: '',
    body: '',
    language: 'nl',
    ctaLabel: '',
    ctaHref: '',
    interests: [],
    publishFrom: today,
    publishUntil: addDays(today, 365),
  };
}

/** The form's values for a stored story. */
export function storyValues(record: StoryRecord): StoryFormValues {
  const { photo } = record;
  return {
    displayName: record.displayName,
    ...(photo
      ? {
          photo: {
            src: photo.src,
            alt: photo.alt,
            credit: photo.credit ?? '',
            ...(photo.width !== undefined ? { width: photo.width } : {}),
            ...(photo.height !== undefined ? { height: photo.height } : {}),
          },
        }
      : {}),
    roleBefore: record.roleBefore,
    orgBefore: record.orgBefore,
    roleAfter: record.roleAfter,
    orgAfter: record.orgAfter,
    moveType: record.moveType,
    quote: record.quote,
    body: record.body,
    language: record.language,
    ctaLabel: record.cta.label,
    ctaHref: record.cta.href,
    interests: [...(record.interests ?? [])],
    publishFrom: record.publishFrom,
    publishUntil: record.publishUntil,
  };
}

/** The consent form for a new record: given today, for the intranet. */
export function emptyConsentValues(today: string): ConsentFormValues {
  return { channel: 'intranet', grantedAt: today, expiresAt: '', formReference: '' };
}

function photoOf(photo: PhotoValues): StoryPhoto {
  return {
    src: photo.src,
    alt: photo.alt,
    ...(photo.credit.trim() !== '' ? { credit: photo.credit } : {}),
    ...(photo.width !== undefined ? { width: photo.width } : {}),
    ...(photo.height !== undefined ? { height: photo.height } : {}),
  };
}

/** The content fields as the contract names them. */
function contentOf(values: StoryFormValues) {
  return {
    displayName: values.displayName,
    ...(values.photo ? { photo: photoOf(values.photo) } : {}),
    roleBefore: values.roleBefore,
    orgBefore: values.orgBefore,
    roleAfter: values.roleAfter,
    orgAfter: values.orgAfter,
    moveType: values.moveType,
    quote: values.quote,
    body: values.body,
    language: values.language,
    cta: { label: values.ctaLabel, href: values.ctaHref },
    interests: values.interests,
    publishFrom: values.publishFrom,
    publishUntil: values.publishUntil,
  };
}

export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

/** A new story, checked with the contract's `StoryCreate`. */
export function checkCreate(values: StoryFormValues): Checked<StoryCreate, StoryField> {
  const parsed = StoryCreate.safeParse(contentOf(values));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: storyErrors(parsed.error.issues, values) };
}

/**
 * The change to a stored story, checked with the contract's `StoryUpdate` as a whole and sent as
 * only the fields that differ, so an edit never overwrites what it did not touch.
 */
export function checkUpdate(values: StoryFormValues, record: StoryRecord): Checked<StoryUpdate, StoryField> {
  const content = contentOf(values);
  const whole = { ...content, photo: content.photo ?? null };
  const parsed = StoryUpdate.safeParse(whole);
  if (!parsed.success) return { ok: false, errors: storyErrors(parsed.error.issues, values) };
  const stored: Record<string, unknown> = { ...contentOf(storyValues(record)) };
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(whole)) {
    const before = key === 'photo' ? (stored.photo ?? null) : stored[key];
    if (canonical(value) !== canonical(before)) patch[key] = value;
  }
  return { ok: true, value: patch as StoryUpdate };
}

/** A consent record, checked with the contract's `StoryConsentGrant`. */
export function checkConsent(values: ConsentFormValues): Checked<StoryConsentGrant, ConsentField> {
  const parsed = StoryConsentGrant.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors<ConsentField> = {};
  for (const issue of parsed.error.issues) {
    const field = consentFields.find((f) => f === issue.path[0]);
    if (field && !errors[field]) errors[field] = problemOf(issue, values[field]);
  }
  return { ok: false, errors };
}

/** JSON with sorted keys, to compare a value with the stored one. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The form field a contract path (`cta.href`, `photo.alt`, `interests.2`) belongs to. */
export function storyFieldOf(path: readonly PropertyKey[]): StoryField | undefined {
  const [first, second] = path.map(String);
  if (first === 'cta') return second === 'href' ? 'ctaHref' : 'ctaLabel';
  if (first === 'photo') return second === 'alt' ? 'photoAlt' : second === 'credit' ? 'photoCredit' : 'photo';
  return storyFields.find((field) => field === first);
}

function valueOf(values: StoryFormValues, field: StoryField): unknown {
  switch (field) {
    case 'ctaHref':
      return values.ctaHref;
    case 'ctaLabel':
      return values.ctaLabel;
    case 'photoAlt':
      return values.photo?.alt;
    case 'photoCredit':
      return values.photo?.credit;
    default:
      return values[field];
  }
}

function storyErrors(issues: readonly SchemaIssue[], values: StoryFormValues): FieldErrors<StoryField> {
  const errors: FieldErrors<StoryField> = {};
  for (const issue of issues) {
    const field = storyFieldOf(issue.path);
    if (!field || errors[field]) continue;
    errors[field] = problemOf(issue, valueOf(values, field), field);
  }
  return errors;
}

const blank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

/** The problem a contract issue (or the API's `invalidParams` entry) means for a field holding `value`. */
export function problemOf(issue: Pick<SchemaIssue, 'code' | 'message' | 'maximum'>, value: unknown, field?: string): FieldError {
  if (issue.code === 'too_big') {
    const limit = Number(issue.maximum);
    return Array.isArray(value) ? { problem: 'tooMany', limit } : { problem: 'tooLong', limit };
  }
  if (blank(value)) return { problem: field === 'photoAlt' ? 'altRequired' : 'required' };
  if (/before publishFrom|before it starts/.test(issue.message)) return { problem: 'windowOrder' };
  if (/after grantedAt/.test(issue.message)) return { problem: 'expiryOrder' };
  if (/HTML|links may only/.test(issue.message)) return { problem: 'markdown' };
  if (/URL|mailto/.test(issue.message)) return { problem: 'href' };
  if (issue.code === 'invalid_format' || /date/i.test(field ?? '') || /At$|From$|Until$/.test(field ?? '')) return { problem: 'date' };
  return { problem: issue.code === 'server' ? 'server' : 'invalid' };
}

/**
 * The API's `invalidParams` (a 400) as errors at the story form's fields. Entries the form cannot
 * point at are left out; the caller shows the request's failure then.
 */
export function storyErrorsFromServer(params: readonly InvalidParam[], values: StoryFormValues): FieldErrors<StoryField> {
  const errors: FieldErrors<StoryField> = {};
  for (const param of params) {
    if (param.in !== 'body') continue;
    const field = storyFieldOf(param.path.split('.'));
    if (!field || errors[field]) continue;
    errors[field] = problemOf({ code: 'server', message: param.message }, valueOf(values, field), field);
  }
  return errors;
}

/** The API's `invalidParams` at the consent form's fields. */
export function consentErrorsFromServer(params: readonly InvalidParam[], values: ConsentFormValues): FieldErrors<ConsentField> {
  const errors: FieldErrors<ConsentField> = {};
  for (const param of params) {
    const field = consentFields.find((f) => f === param.path.split('.')[0]);
    if (!field || errors[field]) continue;
    errors[field] = problemOf({ code: 'server', message: param.message }, values[field], field);
  }
  return errors;
}
