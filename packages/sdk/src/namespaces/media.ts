import { routes } from '@mobility-kit/contract';
import type { MediaUploaded } from '@mobility-kit/contract';
import type { Transport } from '../transport.js';

/** Options of {@link MediaApi.upload}. */
export interface MediaUploadOptions {
  /** Aborting rejects the call with the signal's reason; it is never retried. */
  signal?: AbortSignal;
  /** The file name sent with the part; only informative (the server decides the type by content). Default: the `File`'s own name, else `photo`. */
  filename?: string;
}

/** Photos for stories of the caller's own organisation (role `hr` or `admin`). */
export interface MediaApi {
  /**
   * Upload a JPEG, PNG or WebP of at most 10 MB. The server recognises it by its content, strips
   * every piece of metadata (EXIF with GPS position, XMP, IPTC, comments), applies its orientation
   * and scales it to at most 1600 pixels on its longest side. Resolves with `{ id, src, width,
   * height }`: use `src`, `width` and `height` as a story photo's. A file over 10 MB is a
   * {@link MobilityValidationError} before anything is sent; another type is a
   * {@link MobilityHttpError} with status 415, an image that cannot be decoded one with status 400
   * or 413 (too many pixels), too many uploads at once a 503 (retried). Sent with an
   * `Idempotency-Key`, so a retry never stores the photo twice.
   */
  upload(file: Blob, options?: MediaUploadOptions): Promise<MediaUploaded>;
}

/** The `media` namespace of a client, over its transport. */
export function createMediaApi(transport: Transport): MediaApi {
  return {
    upload: (file, { signal, filename } = {}) => {
      // The contract's body is a `File`; a plain `Blob` (a canvas export, say) gets a name here.
      const named =
        file instanceof Blob && (filename !== undefined || !(file instanceof File))
          ? new File([file], filename ?? 'photo', { type: file.type })
          : file;
      return transport.send(routes.uploadMedia, { body: { file: named }, signal });
    },
  };
}
