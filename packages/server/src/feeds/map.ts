import {
  Vacancy,
  type ContractType,
  type ImportSkip,
  type ImportSkipReason,
  type Language,
  type OrganisationRef,
  type VacancyKind,
  type Visibility,
  type Workplace,
} from '@mobility-kit/contract';
import { amsterdamToday } from '@mobility-kit/contract';
import type { FeedItem } from './parse.js';
import { htmlToMarkdown, markdownToText, normaliseText, safeHref, truncate } from './sanitise.js';

/** What a feed does not say and the vacancy needs: from the command line or the configuration. */
export interface ImportDefaults {
  /** Default `vacancy`. */
  readonly kind?: VacancyKind;
  /** Default `public`: a feed on the web is public. */
  readonly visibility?: Visibility;
  /** Default `temporary`, the cautious claim, unless the feed says otherwise. */
  readonly contract?: ContractType;
  /** Default 16–38, unless the feed says full or part time or gives hours. */
  readonly hoursPerWeek?: { readonly min: number; readonly max: number };
  /** Default `nl`. */
  readonly language?: Language;
  /** Default the organisation's city. */
  readonly city?: string;
  /** Default `onsite`. */
  readonly workplace?: Workplace;
  /** Days a vacancy stays open when the feed gives no closing date. Default 30 (from the posting date or today). */
  readonly validForDays?: number;
}

/** A vacancy read from a feed item, without the id and organisation the importer gives it. */
export type MappedVacancy = Omit<Vacancy, 'id' | 'organisation' | 'source'>;

/** A mapped item, or why it was skipped. */
export type MapResult =
  | { readonly ok: true; readonly key: string; readonly externalId: string | undefined; readonly url: string | undefined; readonly vacancy: MappedVacancy }
  | { readonly ok: false; readonly skip: ImportSkip; readonly key?: string | undefined };

/** Longest raw string field accepted before any processing; beyond it the item is skipped. */
export const defaultMaxFieldChars = 100_000;

export interface MapContext {
  readonly organisation: OrganisationRef & { readonly city: string | null };
  readonly defaults: ImportDefaults;
  readonly today: string;
  readonly maxFieldChars?: number;
}

class Skip extends Error {
  constructor(
    readonly reason: ImportSkipReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A feed date (ISO date, ISO date-time, RFC 822) as a Dutch calendar day, or a skip. */
function toCalendarDate(raw: string | undefined, field: string): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  const plain = calendarDate.exec(value);
  if (plain) {
    const date = new Date(`${value}T12:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return checkYear(value, field, raw);
    throw new Skip('invalid-date', `${field} "${truncate(raw, 40)}" is not a date`);
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Skip('invalid-date', `${field} "${truncate(raw, 40)}" is not a date`);
  return checkYear(amsterdamToday(new Date(time)), field, raw);
}

function checkYear(date: string, field: string, raw: string): string {
  const year = Number(date.slice(0, 4));
  if (year < 2000 || year > 2100) throw new Skip('invalid-date', `${field} "${truncate(raw, 40)}" is not a plausible date`);
  return date;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `nl`, `nl-NL`, `Dutch`, `Nederlands` → `nl`; `en-GB`, `English` → `en`; anything else is unknown. */
function toLanguage(raw: string | undefined, fallback: Language): Language {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (/^nl(?:[-_][a-z]{2})?$|^(?:dutch|nederlands)$/.test(value)) return 'nl';
  if (/^en(?:[-_][a-z]{2})?$|^(?:english|engels)$/.test(value)) return 'en';
  throw new Skip('unknown-language', `language "${truncate(raw, 20)}" is neither Dutch nor English`);
}

/** `32-36 uur`, `24 tot 32 hours`, `36` → a range of weekly hours within 0–60. */
function parseHours(raw: string | undefined): { min: number; max: number } | undefined {
  if (!raw) return undefined;
  const match = /(\d{1,2}(?:[.,]\d)?)\s*(?:(?:-|–|tot|to|t\/m)\s*(\d{1,2}(?:[.,]\d)?))?/i.exec(raw);
  if (!match) return undefined;
  const min = Number(match[1]!.replace(',', '.'));
  const max = match[2] ? Number(match[2].replace(',', '.')) : min;
  if (!(min >= 0 && max <= 60 && min <= max)) return undefined;
  return { min, max };
}

const number = (raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const value = Number(raw.replace(/\s/g, '').replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

function toSalary(salary: FeedItem['salary']): MappedVacancy['salary'] {
  if (!salary) return undefined;
  // The contract carries euros only; another currency is left out rather than converted.
  if (salary.currency && salary.currency.toUpperCase() !== 'EUR') return undefined;
  const min = number(salary.min) ?? number(salary.value);
  const max = number(salary.max) ?? number(salary.value);
  if (min === undefined && max === undefined) return undefined;
  const unit = (salary.unit ?? 'MONTH').toUpperCase();
  const period = unit === 'HOUR' ? 'hour' : unit === 'YEAR' ? 'year' : 'month';
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined && (min === undefined || max >= min) ? { max } : {}),
    currency: 'EUR',
    period,
  };
}

function checkLength(item: FeedItem, max: number): void {
  for (const [field, value] of Object.entries(item)) {
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    for (const text of strings as string[]) {
      if (text.length > max) {
        throw new Skip('field-too-long', `${field} has ${text.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')} are read`);
      }
    }
  }
}

const httpUrl = (raw: string | undefined, base?: string): string | undefined => {
  const href = raw === undefined ? undefined : safeHref(raw, base);
  return href?.startsWith('http') ? href : undefined;
};

/**
 * Map a feed item onto the contract's vacancy, applying the defaults for what the feed lacks, and
 * validate the result against the contract schema. Never throws: a bad item becomes a skip.
 */
export function mapFeedItem(item: FeedItem, context: MapContext, feedUrl?: string): MapResult {
  const title = item.title === undefined ? undefined : truncate(normaliseText(item.title), 300);
  const externalId = item.externalId === undefined ? undefined : normaliseText(item.externalId).slice(0, 500) || undefined;
  const skip = (reason: ImportSkipReason, detail: string, key?: string): MapResult => ({
    ok: false,
    key,
    skip: { index: item.index, ...(externalId ? { externalId } : {}), ...(title ? { title } : {}), reason, detail },
  });
  if (item.notAnObject) return skip('not-an-object', 'the entry is not an object');
  const url = httpUrl(item.url, feedUrl?.startsWith('http') ? feedUrl : undefined);
  const key = externalId ?? url;
  try {
    checkLength(item, context.maxFieldChars ?? defaultMaxFieldChars);
    if (!title) throw new Skip('missing-title', 'the item has no title');
    if (title.length > 200) throw new Skip('field-too-long', `title has ${title.length} characters; at most 200 are allowed`);
    if (!key) throw new Skip('invalid-field', 'the item has neither an identifier nor a web address, so it cannot be recognised on the next import');

    const { defaults, today } = context;
    const language = toLanguage(item.language, defaults.language ?? 'nl');
    const datePosted = toCalendarDate(item.datePosted, 'datePosted') ?? today;
    const validThrough = toCalendarDate(item.validThrough, 'validThrough') ?? addDays(datePosted > today ? datePosted : today, defaults.validForDays ?? 30);
    if (validThrough < today) throw new Skip('expired', `validThrough ${validThrough} has passed`);
    if (validThrough < datePosted) throw new Skip('invalid-date', `validThrough ${validThrough} is before datePosted ${datePosted}`);
    const startDate = toCalendarDate(item.startDate, 'jobStartDate');

    const description = htmlToMarkdown(item.description ?? '', { baseUrl: url });
    if (description.length > 20_000) {
      throw new Skip('field-too-long', `description has ${description.length.toLocaleString('en')} characters after cleaning; at most 20,000 are allowed`);
    }
    const summarySource = item.summary !== undefined ? normaliseText(item.summary) : markdownToText(description);
    const summary = summarySource ? truncate(summarySource, 300) : undefined;

    const types = (item.employmentType ?? []).map((t) => t.toUpperCase().replace(/[\s-]/g, '_'));
    const contract: ContractType = types.some((t) => ['TEMPORARY', 'CONTRACTOR', 'INTERN', 'PER_DIEM'].includes(t))
      ? 'temporary'
      : defaults.contract ?? 'temporary';
    const hoursPerWeek =
      parseHours(item.workHours) ??
      (types.includes('FULL_TIME') && !types.includes('PART_TIME') ? { min: 36, max: 40 } : undefined) ??
      (types.includes('PART_TIME') && !types.includes('FULL_TIME') ? { min: 16, max: 32 } : undefined) ??
      defaults.hoursPerWeek ?? { min: 16, max: 38 };

    const pc4 = /^\s*([1-9]\d{3})(?:\s?[A-Za-z]{2})?\s*$/.exec(item.postalCode ?? '')?.[1];
    const city = normaliseText(item.city ?? '') || defaults.city || context.organisation.city || undefined;
    if (!city) throw new Skip('missing-location', 'the item names no place and no default city is configured');
    const lat = number(item.latitude);
    const lon = number(item.longitude);

    const hiring = item.hiringOrganization === undefined ? undefined : normaliseText(item.hiringOrganization);
    const skills = [...new Set([...(item.categories ?? []), ...(item.skills ?? [])].map(normaliseText).filter((s) => s && s.length <= 60))].slice(0, 30);

    const vacancy: MappedVacancy = {
      title,
      ...(summary ? { summary } : {}),
      description,
      kind: defaults.kind ?? 'vacancy',
      visibility: defaults.visibility ?? 'public',
      // The hiring organisation of a network feed may differ from the organisation it is filed under.
      ...(hiring && hiring.toLowerCase() !== context.organisation.name.toLowerCase() ? { unit: truncate(hiring, 200) } : {}),
      location: {
        city: truncate(city, 100),
        ...(pc4 ? { pc4 } : {}),
        ...(lat !== undefined && lon !== undefined && lat <= 90 && lon <= 180 ? { lat, lon } : {}),
      },
      workplace: item.remote ? 'remote' : defaults.workplace ?? 'onsite',
      hoursPerWeek,
      ...(toSalary(item.salary) ? { salary: toSalary(item.salary)! } : {}),
      contract,
      datePosted,
      validThrough,
      ...(startDate ? { startDate } : {}),
      interests: [],
      skills,
      ...(url ? { applyUrl: url } : {}),
      language,
    };
    // The contract is the judge of the result, so an item the API could not serve is never stored.
    const checked = Vacancy.safeParse({
      ...vacancy,
      id: 'import-check',
      organisation: { id: context.organisation.id, name: context.organisation.name, sector: context.organisation.sector },
    });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new Skip('invalid-field', `${issue.path.join('.') || 'item'}: ${issue.message}`);
    }
    return { ok: true, key, externalId, url, vacancy };
  } catch (error) {
    if (error instanceof Skip) return skip(error.reason, error.detail, key);
    return skip('invalid-field', error instanceof Error ? error.message : String(error), key);
  }
}
