/**
 * Photos HR uploads for stories. An upload is checked by its content (JPEG, PNG or WebP), decoded
 * and encoded again without any metadata, and served from `GET /v1/media/{id}` only while a story
 * that uses it may be served to the caller (or to HR of its organisation).
 */
import * as z from 'zod/mini';

/** Largest upload accepted, in bytes (10 MB); a larger one is a 413. */
export const mediaMaxBytes = 10 * 1024 * 1024;

/** Longest side, in pixels, of a stored photo: larger uploads are scaled down to it. */
export const mediaMaxSidePixels = 1600;

/** The image types an upload may be, as found in its first bytes (not its name or declared type). */
export const mediaContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type MediaContentType = (typeof mediaContentTypes)[number];

/** The path a stored photo is served from, relative to the API's origin: `/v1/media/{id}`. */
export const mediaPath = (id: string): string => `/v1/media/${id}`;

const MediaId = z.uuid();

export const MediaIdParams = z.object({ id: MediaId });

/**
 * Query of `GET /v1/media/{id}`: `access` is the signed capability a server puts into the photo
 * sources of the stories it answers, for an `<img>` that cannot send a bearer token. Clients pass
 * photo sources on as they are; they never build one.
 */
export const MediaQuery = z.strictObject({
  access: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

/**
 * The request of `POST /v1/hr/media` (`multipart/form-data`): one part named `file`, at most
 * {@link mediaMaxBytes}. Its name and declared type are ignored.
 */
export const MediaUpload = z.strictObject({
  file: z.file().check(z.maxSize(mediaMaxBytes)),
});
export type MediaUpload = z.infer<typeof MediaUpload>;

/**
 * A stored photo: its id, the path to use as a story photo's `src`, and its size in pixels after
 * scaling (for the photo's `width` and `height`).
 */
export const MediaUploaded = z.object({
  id: MediaId,
  /** `/v1/media/{id}`: a path on the API's origin, as `StoryPhoto.src` accepts it. */
  src: z.string().check(z.regex(/^\/v1\/media\/[0-9a-f-]{36}$/)),
  /**
   * A source an `<img>` can show at once (an `<img>` sends no bearer token): the same path with an
   * `access` parameter the server signed for the uploader's organisation, valid for a short while.
   * For showing only; a story stores `src`.
   */
  preview: z.optional(z.string().check(z.regex(/^\/v1\/media\/[0-9a-f-]{36}\?access=[\w.-]{1,400}$/))),
  width: z.number().check(z.int(), z.minimum(1), z.maximum(mediaMaxSidePixels)),
  height: z.number().check(z.int(), z.minimum(1), z.maximum(mediaMaxSidePixels)),
});
export type MediaUploaded = z.infer<typeof MediaUploaded>;

/** The body of `GET /v1/media/{id}`: the image itself, of one of {@link mediaContentTypes}. */
export const MediaContent = z.file();
