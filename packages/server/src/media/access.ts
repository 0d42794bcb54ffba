/**
 * The `access` parameter of photo sources. An `<img>` cannot send a bearer token, so the server
 * puts a capability into the photo `src` of the stories it answers to a signed-in caller:
 * an HMAC-SHA-256 over the photo's id, its organisation, an expiry and a kind, with a key kept in
 * the database (`server_secrets`), made once and shared by every instance on that database.
 *
 * - kind `i` (intranet, in `GET /v1/stories?channel=intranet`): honoured only while a story of that
 *   organisation using the photo is live on the intranet channel, so a withdrawn consent ends it
 *   at once, whatever the expiry;
 * - kind `h` (HR, in the HR story routes): honoured until it expires, for HR's preview of drafts.
 *
 * Expiries fall on a whole day (UTC), one to two days ahead, so a source stays the same for a day
 * and the browser's cache of it is reused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type MediaAccessKind = 'i' | 'h';

/** The name of the key in `server_secrets` (see `db/server-secrets.ts`). */
export const mediaAccessSecretName = 'media-access';
const daySeconds = 24 * 60 * 60;

const mac = (key: Buffer, mediaId: string, organisation: string, kind: MediaAccessKind, expires: number): string =>
  createHmac('sha256', key).update(`media-access\n${mediaId.toLowerCase()}\n${organisation}\n${kind}\n${expires}`).digest('base64url');

/** Sign access to one photo: `<kind><expiry in seconds>.<mac>`. */
export function signMediaAccess(key: Buffer, mediaId: string, organisation: string, kind: MediaAccessKind, nowMs = Date.now()): string {
  const expires = (Math.floor(nowMs / 1000 / daySeconds) + 2) * daySeconds;
  return `${kind}${expires}.${mac(key, mediaId, organisation, kind, expires)}`;
}

/** The kind of a valid, unexpired `access` value for this photo and organisation, else `undefined`. */
export function verifyMediaAccess(key: Buffer, access: string, mediaId: string, organisation: string, nowMs = Date.now()): MediaAccessKind | undefined {
  const match = /^([ih])(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(access);
  if (!match) return undefined;
  const kind = match[1] as MediaAccessKind;
  const expires = Number(match[2]);
  if (expires * 1000 <= nowMs) return undefined;
  const expected = Buffer.from(mac(key, mediaId, organisation, kind, expires));
  const given = Buffer.from(match[3]!);
  return given.length === expected.length && timingSafeEqual(given, expected) ? kind : undefined;
}
