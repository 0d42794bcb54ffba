/**
 * What the media and story routes share about uploaded photos: the store, the access key, and how
 * a story's photo `src` that names an uploaded photo is recognised, checked and signed.
 */
import type { Kysely } from 'kysely';
import { mediaPath, type StoryPhoto } from '@mobility-kit/contract';
import type { Tables } from '../db/schema.js';
import { databaseMediaStore, type MediaStore } from '../db/media.js';
import { serverSecret } from '../db/server-secrets.js';
import { mediaAccessSecretName, signMediaAccess, type MediaAccessKind } from '../media/access.js';
import { defaultImageLimits, type ImageLimits } from '../media/image.js';
import { invalidRequest } from '../problems.js';

/** Settings of photo uploads (`ServerOptions.media`). */
export interface MediaOptions {
  /** Where photos are kept; default the server's database (`media` table). */
  readonly store?: MediaStore;
  /** Pixel and time limits of one decode; default 40 megapixels and 10 seconds. */
  readonly limits?: Partial<ImageLimits>;
  /** Uploads decoded at the same time; one more is a 503 with Retry-After. Default 2. */
  readonly maxConcurrentDecodes?: number;
  /** Bytes of photos one organisation may store; an upload past it is a 413. Default 1 GiB. */
  readonly quotaBytes?: number;
}

/** Default of {@link MediaOptions.quotaBytes}: some thousands of photos of at most 1600 pixels. */
export const defaultMediaQuotaBytes = 1024 * 1024 * 1024;

export interface MediaContext {
  readonly store: MediaStore;
  readonly limits: ImageLimits;
  readonly maxConcurrentDecodes: number;
  readonly quotaBytes: number;
  /** The key of the `access` parameter, read from the database once. */
  accessKey(): Promise<Buffer>;
}

export function createMediaContext(db: Kysely<Tables>, options: MediaOptions = {}): MediaContext {
  let key: Promise<Buffer> | undefined;
  return {
    store: options.store ?? databaseMediaStore(db),
    limits: { ...defaultImageLimits, ...options.limits },
    maxConcurrentDecodes: options.maxConcurrentDecodes ?? 2,
    quotaBytes: options.quotaBytes ?? defaultMediaQuotaBytes,
    accessKey() {
      key ??= serverSecret(db, mediaAccessSecretName).catch((error: unknown) => {
        key = undefined;
        throw error;
      });
      return key;
    },
  };
}

const uploadedSrc = /^\/v1\/media\/([^/?#]*)(?:\?[^#]*)?$/;

/** The id of an uploaded photo a `src` names (`/v1/media/{id}`, with or without `access`), else `undefined`. */
export function mediaIdOfSrc(src: string): string | undefined {
  return uploadedSrc.exec(src)?.[1]?.toLowerCase();
}

/**
 * A story body's photo as stored: an uploaded photo's `src` without any `access` parameter (a
 * source copied from an answer carries one) and with the photo's real width and height, and only
 * a photo of the caller's own organisation — another's, or one that does not exist, is a 400
 * naming `photo.src`.
 */
export async function checkStoryPhoto<T extends { photo?: StoryPhoto | null | undefined }>(media: MediaContext, organisation: string, body: T): Promise<T> {
  const photo = body.photo;
  if (!photo) return body;
  const id = mediaIdOfSrc(photo.src);
  if (id === undefined) return body;
  const info = await media.store.info(id);
  if (!info || info.organisation !== organisation) {
    throw invalidRequest([{ in: 'body', path: 'photo.src', message: 'is not a photo uploaded by your organisation (POST /v1/hr/media)' }]);
  }
  // The stored image's own size, whatever the body said: a client reserves the space with it.
  return { ...body, photo: { ...photo, src: mediaPath(info.id), width: info.width, height: info.height } };
}

/** A story with the `src` of its uploaded photo signed for `kind`, so an `<img>` may load it. */
export function signStoryPhoto<T extends { photo?: StoryPhoto | undefined; organisation: { id: string } }>(key: Buffer, kind: MediaAccessKind, story: T): T {
  const photo = story.photo;
  const id = photo && mediaIdOfSrc(photo.src);
  if (!photo || id === undefined) return story;
  const access = signMediaAccess(key, id, story.organisation.id, kind);
  return { ...story, photo: { ...photo, src: `${mediaPath(id)}?access=${access}` } };
}
