import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { guardedFetch, OutboundRefusedError, type OutboundPolicy } from '../net/guarded-fetch.js';

/** Limits that protect an import from a hostile or broken source. */
export interface FetchLimits {
  /** Largest document read, in bytes. Default 5 MB. */
  readonly maxBytes: number;
  /** Time allowed for the whole download, in milliseconds. Default 20 s. */
  readonly timeoutMs: number;
}

export const defaultFetchLimits: FetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000 };

/** A document read from a URL or a file, as bytes, with what the source said about it. */
export interface FeedDocument {
  readonly bytes: Uint8Array;
  readonly contentType: string | undefined;
  /** Where it was read from (after redirects); a `file:` URL for files. */
  readonly url: string;
}

/** The source could not be read: not found, too large, too slow, or not an allowed location. */
export class FeedSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedSourceError';
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * Read a feed from an http(s) URL, or — when `allowFiles` (the command line) — from a local file.
 * Any other scheme is refused. Throws {@link FeedSourceError} with a message fit for a report.
 */
export async function readFeedSource(
  location: string,
  options: { allowFiles?: boolean; limits?: Partial<FetchLimits>; signal?: AbortSignal | undefined; outbound?: OutboundPolicy | undefined } = {},
): Promise<FeedDocument> {
  const limits = { ...defaultFetchLimits, ...options.limits };
  let url: URL | undefined;
  try {
    url = new URL(location);
  } catch {
    url = undefined;
  }
  // `C:\feeds\x.xml` parses as a URL with scheme `c:`; a one-letter scheme is a Windows drive.
  if (url && url.protocol.length > 2 && url.protocol !== 'file:') {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FeedSourceError(`Only http and https URLs can be imported, not ${url.protocol}`);
    }
    return fetchDocument(url, limits, options.signal, options.outbound);
  }
  if (!options.allowFiles) throw new FeedSourceError('Only http and https URLs can be imported.');
  const path = url?.protocol === 'file:' ? decodeURIComponent(url.pathname) : resolve(location);
  return readFileDocument(path, limits.maxBytes);
}

async function fetchDocument(url: URL, limits: FetchLimits, signal: AbortSignal | undefined, policy: OutboundPolicy | undefined): Promise<FeedDocument> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let finalUrl: URL;
  try {
    // Through the outbound guard: no loopback, private or metadata address, redirects checked hop by hop.
    ({ response, url: finalUrl } = await guardedFetch(url, {
      signal: combined,
      ...(policy ? { policy } : {}),
      headers: {
        accept: 'application/ld+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8',
        'user-agent': 'mobility-kit-import/0.1',
      },
    }));
  } catch (error) {
    if (error instanceof OutboundRefusedError) throw new FeedSourceError(error.message);
    throw new FeedSourceError(describeFetchError(error, url, limits));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new FeedSourceError(`${finalUrl.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new FeedSourceError(`${finalUrl.href} is ${megabytes(declared)}, more than the limit of ${megabytes(limits.maxBytes)}.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limits.maxBytes) {
          await reader.cancel().catch(() => {});
          throw new FeedSourceError(`${finalUrl.href} is larger than the limit of ${megabytes(limits.maxBytes)}.`);
        }
        chunks.push(value);
      }
    }
  } catch (error) {
    if (error instanceof FeedSourceError) throw error;
    throw new FeedSourceError(describeFetchError(error, finalUrl, limits));
  }
  return { bytes: concat(chunks, size), contentType: response.headers.get('content-type') ?? undefined, url: finalUrl.href };
}

function describeFetchError(error: unknown, url: URL, limits: FetchLimits): string {
  // node:http reports an aborted request as an AbortError whose cause is the signal's reason.
  const reason = error instanceof Error && error.name === 'AbortError' && error.cause instanceof DOMException ? error.cause : error;
  if (reason instanceof DOMException && (reason.name === 'TimeoutError' || reason.name === 'AbortError')) {
    return reason.name === 'TimeoutError'
      ? `${url.href} did not answer within ${Math.round(limits.timeoutMs / 1000)} s.`
      : `Reading ${url.href} was cancelled.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return `${url.href} could not be read: ${cause}`;
}

async function readFileDocument(path: string, maxBytes: number): Promise<FeedDocument> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new FeedSourceError(`${path} could not be opened: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FeedSourceError(`${path} is ${megabytes(size)}, more than the limit of ${megabytes(maxBytes)}.`);
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    const lower = path.toLowerCase();
    const contentType = lower.endsWith('.html') || lower.endsWith('.htm') ? 'text/html' : lower.endsWith('.json') || lower.endsWith('.jsonld') ? 'application/json' : undefined;
    return { bytes: bytes.subarray(0, bytesRead), contentType, url: `file://${path}` };
  } finally {
    await handle.close();
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Text decoded from a document, with the charset used and what went wrong on the way. */
export interface DecodedText {
  readonly text: string;
  readonly charset: string;
  readonly warnings: string[];
}

/**
 * Decode a document by its declared charset: a byte-order mark first, then the `charset` of the
 * Content-Type, then the XML declaration or an HTML `<meta>`; UTF-8 when nothing is declared. A
 * charset TextDecoder does not know, or bytes that are invalid in the declared one, are decoded as
 * well as possible (unknown → UTF-8, invalid bytes → U+FFFD) and reported as a warning.
 */
export function decodeDocument(bytes: Uint8Array, contentType: string | undefined): DecodedText {
  const warnings: string[] = [];
  let declared: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) declared = 'utf-8';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) declared = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) declared = 'utf-16le';
  declared ??= /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  if (!declared) {
    // The first kilobyte as Latin-1 is enough to read an ASCII-compatible declaration.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    declared =
      /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ??
      /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head)?.[1];
  }
  let charset = (declared ?? 'utf-8').trim().toLowerCase();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    warnings.push(`The declared character set "${charset}" is unknown; the document was read as UTF-8.`);
    charset = 'utf-8';
    decoder = new TextDecoder(charset, { fatal: true });
  }
  try {
    return { text: decoder.decode(bytes), charset: decoder.encoding, warnings };
  } catch {
    warnings.push(`The document is not valid ${decoder.encoding}; invalid bytes were replaced by "\uFFFD".`);
    return { text: new TextDecoder(decoder.encoding).decode(bytes), charset: decoder.encoding, warnings };
  }
}
