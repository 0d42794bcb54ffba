/**
 * Recognising and re-encoding uploaded photos. The type is decided by the first bytes only (never
 * by a file name or a declared type); every accepted image is decoded and encoded again by sharp
 * (libvips), which keeps no metadata unless asked: no EXIF (GPS position, camera serial), no XMP,
 * no IPTC, no comments, no ICC profile. Orientation is applied to the pixels first, since the EXIF
 * tag that carried it is dropped.
 */
import sharp from 'sharp';
import { mediaMaxSidePixels, type MediaContentType } from '@mobility-kit/contract';

/** Limits of decoding one upload. */
export interface ImageLimits {
  /** Largest number of pixels (width × height) an upload may declare; checked before decoding. */
  readonly maxInputPixels: number;
  /** Longest time one decode and encode may take, in seconds. */
  readonly timeoutSeconds: number;
}

export const defaultImageLimits: ImageLimits = { maxInputPixels: 40_000_000, timeoutSeconds: 10 };

/** Why an upload is refused: the status to answer and a sentence for the problem's detail. */
export class ImageRejected extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ImageRejected';
  }
}

const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The accepted type an upload's first bytes show, or `undefined`. */
export function sniffImageType(bytes: Buffer): MediaContentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

/** In words, what an unaccepted upload seems to be, for the 415 problem. */
export function describeContent(bytes: Buffer): string {
  if (bytes.length === 0) return 'an empty file';
  const head = bytes.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.includes('<svg')) return 'an SVG image (XML, which can carry scripts)';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|script|meta|div|p)\b/.test(head)) return 'an HTML document';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'an XML or markup document';
  if (startsWith(bytes, ascii('GIF8'))) return 'a GIF image';
  if (startsWith(bytes, ascii('%PDF'))) return 'a PDF document';
  if (startsWith(bytes, ascii('BM'))) return 'a BMP image';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'a HEIC, AVIF or other ISO media file';
  if (startsWith(bytes, ascii('PK'))) return 'a ZIP archive (or an Office document)';
  if (startsWith(bytes, ascii('RIFF'))) return 'a RIFF file that is not WebP';
  return 'content that is not a JPEG, PNG or WebP image';
}

const sharpFormat = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/** A libvips message made fit for a problem detail: one line, short. */
const reason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\s+/g, ' ').trim().slice(0, 160);

/**
 * Decode `bytes` (already recognised as `type`) and encode it again in the same format: orientation
 * applied, the longest side at most {@link mediaMaxSidePixels}, no metadata. Throws
 * {@link ImageRejected} for an image that cannot be decoded (400), that declares more pixels than
 * allowed or takes too long (413), or whose content is not what its first bytes said (415).
 */
export async function reencodeImage(
  bytes: Buffer,
  type: MediaContentType,
  limits: ImageLimits = defaultImageLimits,
): Promise<{ bytes: Buffer; width: number; height: number }> {
  const name = sharpFormat[type].toUpperCase();
  let declared: sharp.Metadata;
  try {
    // Reads the header only: the size is checked before a single pixel is decoded.
    declared = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ImageRejected(400, `The file starts like a ${name} image but cannot be read as one (${reason(error)}).`);
  }
  if (declared.format !== sharpFormat[type]) {
    throw new ImageRejected(415, `The file starts like a ${name} image but reads as ${declared.format ?? 'something else'}.`);
  }
  const { width = 0, height = 0 } = declared;
  if (width * height > limits.maxInputPixels) {
    throw new ImageRejected(
      413,
      `The image declares ${width} × ${height} pixels; at most ${Math.round(limits.maxInputPixels / 1_000_000)} megapixels are accepted.`,
    );
  }
  try {
    const pipeline = sharp(bytes, { limitInputPixels: limits.maxInputPixels, failOn: 'warning', sequentialRead: true })
      .timeout({ seconds: limits.timeoutSeconds })
      .rotate()
      .resize({ width: mediaMaxSidePixels, height: mediaMaxSidePixels, fit: 'inside', withoutEnlargement: true });
    const encoded =
      type === 'image/jpeg'
        ? pipeline.jpeg({ quality: 85 })
        : type === 'image/png'
          ? pipeline.png({ compressionLevel: 8 })
          : pipeline.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    const message = reason(error);
    if (/timeout/i.test(message)) throw new ImageRejected(413, `The image took longer than ${limits.timeoutSeconds} seconds to process.`);
    if (/pixel limit/i.test(message)) throw new ImageRejected(413, `The image has more than ${Math.round(limits.maxInputPixels / 1_000_000)} megapixels.`);
    throw new ImageRejected(400, `The ${name} image is damaged or incomplete and cannot be decoded (${message}).`);
  }
}
