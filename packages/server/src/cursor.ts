import { createHash } from 'node:crypto';
import { CalendarDate, Slug, vacancySorts, type VacancySort } from '@mobility-kit/contract';

/** Position after the last item of a page in a (date desc, id asc) order; used by the story lists. */
export interface VacancyCursor {
  readonly datePosted: string;
  readonly id: string;
}

// The cursor is not a secret (it only says where a page ends); the checksum makes any change to it
// detectable, so a tampered or truncated cursor is a clear 400 instead of a silently shifted page.
function checksum(payload: string): string {
  return createHash('sha256').update(`mobility-kit:cursor:${payload}`).digest('base64url').slice(0, 11);
}

/** Encode a keyset position as an opaque URL-safe string. */
export function encodeCursor(cursor: VacancyCursor): string {
  const payload = Buffer.from(JSON.stringify([1, cursor.datePosted, cursor.id]), 'utf8').toString('base64url');
  return `${payload}.${checksum(payload)}`;
}

/** Decode a cursor made by {@link encodeCursor}; `undefined` for anything else. */
export function decodeCursor(value: string): VacancyCursor | undefined {
  const [payload, sum, ...rest] = value.split('.');
  if (!payload || !sum || rest.length > 0 || checksum(payload) !== sum) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 3 || decoded[0] !== 1) return undefined;
    const [, datePosted, id] = decoded as [number, unknown, unknown];
    if (!CalendarDate.safeParse(datePosted).success || !Slug.safeParse(id).success) return undefined;
    return { datePosted: datePosted as string, id: id as string };
  } catch {
    return undefined;
  }
}

/**
 * Position after the last vacancy of a page in one of the list orders. `keys` are the sort keys of
 * that vacancy before the id (as text, compared exactly in SQL); `filter` fingerprints the filter
 * and sort the page was asked with, so a cursor can only continue the list it came from.
 */
export interface VacancyListCursor {
  readonly sort: VacancySort;
  readonly filter: string;
  readonly keys: readonly string[];
  readonly id: string;
}

type KeyKind = 'date' | 'rank' | 'km';
/** The sort keys each order puts before the id. */
const sortKeys: Readonly<Record<VacancySort, readonly KeyKind[]>> = {
  // (date_posted desc, id)
  newest: ['date'],
  // (valid_through asc, id)
  closing: ['date'],
  // (rank desc, date_posted desc, id)
  relevance: ['rank', 'date'],
  // (distance asc, date_posted desc, id)
  distance: ['km', 'date'],
};
// Numeric keys are written as the database rounds them (numeric text), so comparisons stay exact.
const keyIsValid: Readonly<Record<KeyKind, (value: string) => boolean>> = {
  date: (value) => CalendarDate.safeParse(value).success,
  rank: (value) => /^\d{1,6}(?:\.\d{1,6})?$/.test(value),
  km: (value) => /^\d{1,6}(?:\.\d{1,3})?$/.test(value),
};

/** A short fingerprint of a filter: the same filter gives the same value whatever the key order. */
export function filterFingerprint(filter: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64url').slice(0, 10);
}

/** Encode a list position as an opaque URL-safe string. */
export function encodeVacancyCursor(cursor: VacancyListCursor): string {
  const payload = Buffer.from(JSON.stringify([2, cursor.sort, cursor.filter, ...cursor.keys, cursor.id]), 'utf8').toString('base64url');
  return `${payload}.${checksum(payload)}`;
}

/** Decode a cursor made by {@link encodeVacancyCursor}; `undefined` for anything else. */
export function decodeVacancyCursor(value: string): VacancyListCursor | undefined {
  const [payload, sum, ...rest] = value.split('.');
  if (!payload || !sum || rest.length > 0 || checksum(payload) !== sum) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded[0] !== 2) return undefined;
    const [, sort, filter, ...tail] = decoded as unknown[];
    if (typeof sort !== 'string' || !(vacancySorts as readonly string[]).includes(sort) || typeof filter !== 'string') return undefined;
    const kinds = sortKeys[sort as VacancySort];
    if (tail.length !== kinds.length + 1) return undefined;
    const keys = tail.slice(0, -1);
    const id = tail.at(-1);
    if (!keys.every((k, i) => typeof k === 'string' && keyIsValid[kinds[i]!](k)) || !Slug.safeParse(id).success) return undefined;
    return { sort: sort as VacancySort, filter, keys: keys as string[], id: id as string };
  } catch {
    return undefined;
  }
}
