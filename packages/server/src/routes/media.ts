import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { mediaMaxBytes, mediaPath, problemTypes, routes, type MediaUploaded } from '@mobility-kit/contract';
import { isPhotoServed, withStoryTables } from '../db/stories.js';
import { ifNoneMatchHits } from '../http-cache.js';
import { signMediaAccess, verifyMediaAccess } from '../media/access.js';
import type { Principal } from '../auth/authenticator.js';
import type { MediaContext } from './media-context.js';
import { describeContent, ImageRejected, reencodeImage, sniffImageType } from '../media/image.js';
import { invalidRequest, notFound, ProblemError } from '../problems.js';
import { declareRoute } from './declare.js';

/** Options of {@link mediaRoutes}. */
export interface MediaRoutesOptions {
  readonly media: MediaContext;
}

/**
 * How long a browser keeps a photo: a year, `immutable` (the bytes of an id never change), and
 * `private`: only the browser of someone who was allowed to see it, never a shared cache (a proxy,
 * a CDN), which would go on serving the photo to anyone after the person withdrew their consent.
 */
const mediaCacheControl = 'private, max-age=31536000, immutable';

/** Room for the multipart framing around a file of {@link mediaMaxBytes}. */
const framingAllowance = 64 * 1024;

const tooLarge = (detail: string) =>
  new ProblemError({ type: problemTypes.invalidRequest, title: 'Content too large', status: 413, detail }, { Connection: 'close' });

const unsupported = (detail: string) =>
  new ProblemError({
    type: problemTypes.invalidRequest,
    title: 'Unsupported media type',
    status: 415,
    detail,
    invalidParams: [{ in: 'body', path: 'file', message: 'must be a JPEG, PNG or WebP image' }],
  });

const fileTooLarge = () => tooLarge(`A photo may be at most ${mediaMaxBytes / 1024 / 1024} MB.`);

/** At most the photo and a few small fields; a second file is refused by name below. */
const multipartLimits = { fileSize: mediaMaxBytes, files: 2, fields: 4, fieldSize: 1024, fieldNameSize: 100, parts: 6, headerPairs: 20 };

/** The bytes of the one part named `file`; every other part may be a small field, which is ignored. */
async function readFilePart(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new ProblemError({
      type: problemTypes.invalidRequest,
      title: 'Unsupported media type',
      status: 415,
      detail: 'Send the photo as multipart/form-data with one part named file.',
      invalidParams: [{ in: 'header', path: 'content-type', message: 'must be multipart/form-data' }],
    });
  }
  // Refused before a byte of the body is read when the length says it is too large already.
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > mediaMaxBytes + framingAllowance) throw fileTooLarge();
  let file: Buffer | undefined;
  try {
    const parts = request.parts({ limits: multipartLimits });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || file !== undefined) {
        throw invalidRequest([{ in: 'body', path: part.fieldname, message: 'only one file part, named file, is accepted' }]);
      }
      file = await part.toBuffer();
    }
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_FILES_LIMIT') {
      throw tooLarge('Send one part named file and at most a few small fields.');
    }
    if (code === 'FST_PROTO_VIOLATION') throw invalidRequest([{ in: 'body', path: '(root)', message: 'has a part name that is not allowed' }]);
    throw invalidRequest([{ in: 'body', path: '(root)', message: 'is not a readable multipart/form-data body' }]);
  }
  if (file === undefined) throw invalidRequest([{ in: 'body', path: 'file', message: 'is required: a part named file holding the photo' }]);
  if (file.length === 0) throw invalidRequest([{ in: 'body', path: 'file', message: 'is empty' }]);
  return file;
}

/**
 * `POST /v1/hr/media` and `GET /v1/media/{id}`: photos for stories. An upload is recognised by its
 * first bytes, decoded and encoded again without metadata by sharp (at most
 * `maxConcurrentDecodes` at once, each bounded in pixels and time), and stored; nothing is stored
 * when any step fails. A photo is served only while a story may show it to the caller.
 */
export async function mediaRoutes(app: FastifyInstance, options: MediaRoutesOptions): Promise<void> {
  const { media } = options;
  const { today } = app.mobility;
  const stories = withStoryTables(app.mobility.database.db);
  let decoding = 0;
  let receiving = 0;

  // Multipart is read in this scope only; every other route keeps answering 415 to it.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: multipartLimits, throwFileSizeLimit: true });
    declareRoute(scope, routes.uploadMedia, async ({ principal, request, reply }): Promise<MediaUploaded> => {
      // Each upload is held in memory (up to 10 MB) until it is stored: at most twice as many are
      // taken in as can be decoded, and the rest are turned away before their bytes are read.
      if (receiving >= media.maxConcurrentDecodes * 2) throw busy();
      receiving++;
      try {
        return await upload(principal, request, reply);
      } finally {
        receiving--;
      }
    });
  });

  const busy = () =>
    new ProblemError(
      { type: problemTypes.unavailable, title: 'Service unavailable', status: 503, detail: 'Other photos are being processed. Try again in a moment.' },
      { 'Retry-After': '2' },
    );

  async function upload(principal: Principal, request: FastifyRequest, reply: FastifyReply): Promise<MediaUploaded> {
      const used = await media.store.usedBytes(principal.organisation);
      if (used >= media.quotaBytes) {
        throw tooLarge(
          `Your organisation's photos take ${Math.round(used / 1048576)} MB, the most it may store (${Math.round(media.quotaBytes / 1048576)} MB). Ask the administrator of mobility-kit to make room.`,
        );
      }
      const bytes = await readFilePart(request);
      const type = sniffImageType(bytes);
      if (!type) throw unsupported(`The file is ${describeContent(bytes)}; upload a JPEG, PNG or WebP photo.`);
      if (decoding >= media.maxConcurrentDecodes) throw busy();
      decoding++;
      let encoded;
      try {
        encoded = await reencodeImage(bytes, type, media.limits);
      } catch (error) {
        if (!(error instanceof ImageRejected)) throw error;
        if (error.status === 415) throw unsupported(error.detail);
        if (error.status === 413) throw tooLarge(error.detail);
        throw invalidRequest([{ in: 'body', path: 'file', message: 'cannot be decoded as an image' }], error.detail);
      } finally {
        decoding--;
      }
      const id = randomUUID();
      await media.store.put({
        id,
        organisation: principal.organisation,
        contentType: type,
        bytes: encoded.bytes,
        width: encoded.width,
        height: encoded.height,
        sha256: createHash('sha256').update(encoded.bytes).digest('hex'),
        // A token need not carry a subject (introspection's `sub` is optional): then nobody is named.
        createdBy: principal.subject.slice(0, 600) || undefined,
        createdAt: new Date(),
      });
      reply.header('Location', mediaPath(id));
      // The workspace shows the photo at once from `preview`, which needs neither a token nor `blob:`
      // in the host's Content-Security-Policy.
      const preview = `${mediaPath(id)}?access=${signMediaAccess(await media.accessKey(), id, principal.organisation, 'h')}`;
      return { id, src: mediaPath(id), preview, width: encoded.width, height: encoded.height };
  }

  const hidden = () => notFound('There is no photo here that you may see.');

  declareRoute(
    app,
    routes.getMedia,
    async ({ params, query, principal, request, reply }) => {
      const info = await media.store.info(params.id);
      if (!info) throw hidden();
      const path = mediaPath(info.id);
      const day = today();
      const allowed =
        // (b) HR of the owning organisation, with a bearer token.
        (principal !== null && (principal.role === 'hr' || principal.role === 'admin') && principal.organisation === info.organisation) ||
        // (a) a story using it is live on the public channel today.
        (await isPhotoServed(stories, path, 'public', info.organisation, day)) ||
        // (c) a signed source from a story answer: intranet ones while the story is live there.
        (query.access !== undefined && (await accessHolds(query.access, info.id, info.organisation, day)));
      if (!allowed) throw hidden();
      sendMediaHeaders(reply, info.sha256);
      if (ifNoneMatchHits(request.headers['if-none-match'], `"${info.sha256}"`)) {
        reply.code(304);
        return Buffer.alloc(0);
      }
      const stored = await media.store.get(info.id);
      if (!stored) throw hidden();
      reply.type(stored.contentType);
      return stored.bytes;
    },
    { cache: 'private-immutable' },
  );

  async function accessHolds(access: string, id: string, organisation: string, day: string): Promise<boolean> {
    const kind = verifyMediaAccess(await media.accessKey(), access, id, organisation);
    if (kind === 'h') return true;
    if (kind === 'i') return isPhotoServed(stories, mediaPath(id), 'intranet', organisation, day);
    return false;
  }
}

function sendMediaHeaders(reply: FastifyReply, sha256: string): void {
  reply.header('ETag', `"${sha256}"`);
  reply.header('Cache-Control', mediaCacheControl);
  reply.header('X-Content-Type-Options', 'nosniff');
  // An image opened on its own must not run anything: no scripts, styles, frames or requests.
  reply.header('Content-Security-Policy', "default-src 'none'");
  // Intranet pages on another origin show it in an <img>.
  reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
}
