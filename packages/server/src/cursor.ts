import { createHash } from 'node:crypto';
import { CalendarDate, Slug } from '@mobility-kit/contract';

/** Position after the last vacancy of a page in the (datePosted desc, id asc) order. */
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
