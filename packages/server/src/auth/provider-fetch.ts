import { BlockList } from 'node:net';
import type { FetchImplementation } from 'jose';
import { guardedFetch, OutboundRefusedError, policyFromEnv, type GuardedRequest, type OutboundPolicy } from '../net/guarded-fetch.js';

/**
 * Requests to the identity provider (its JWKS and its introspection endpoint) go through the
 * outbound guard like every other request the server makes. Their URLs are set by the operator, so
 * their own origin is trusted even when it resolves to a loopback or private address (a demo
 * provider beside the server, an institution's internal provider); nothing else is, and no
 * redirect is followed.
 */

/** Largest answer read from the provider. A JWKS or an introspection answer is a few kilobytes. */
export const maxProviderResponseBytes = 64 * 1024;

/** The provider's answer could not be used: unreachable, too slow, refused by the guard, too large or not JSON. */
export class ProviderUnavailableError extends Error {
  constructor(
    message: string,
    /** A fault of this server's configuration (a redirect, a refused URL, our credentials refused) rather than an outage. */
    readonly configuration = false,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ProviderUnavailableError';
  }
}

/** The outbound policy for one operator-configured URL: its origin only, on its own port, no redirects. */
export function trustedOriginPolicy(url: URL): OutboundPolicy {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const allow = { hosts: new Map([[host, new Set([port])]]), ranges: new BlockList(), size: 1 };
  return policyFromEnv({}, { allow, ports: new Set([port]), maxRedirects: 0 });
}

/**
 * Fetch from the provider and read the whole answer, at most {@link maxProviderResponseBytes},
 * within the signal's time. Throws {@link ProviderUnavailableError} (with the signal's reason as
 * cause when it fired).
 */
export async function fetchFromProvider(url: URL, policy: OutboundPolicy, init: GuardedRequest & { signal: AbortSignal }): Promise<{ status: number; headers: Headers; body: Uint8Array }> {
  const { signal } = init;
  try {
    const { response } = await guardedFetch(url, { ...init, policy });
    const body = await readCapped(response, signal);
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (error instanceof ProviderUnavailableError) throw error;
    if (signal.aborted) throw new ProviderUnavailableError(`${url.origin} did not answer in time.`, false, { cause: signal.reason });
    if (error instanceof OutboundRefusedError) throw new ProviderUnavailableError(error.message, true, { cause: error });
    const code = (error as NodeJS.ErrnoException | null)?.code ?? (error instanceof Error ? error.message : String(error));
    throw new ProviderUnavailableError(`${url.origin} could not be reached (${code}).`, false, { cause: error });
  }
}

async function readCapped(response: Response, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxProviderResponseBytes) {
    await response.body?.cancel().catch(() => {});
    throw new ProviderUnavailableError(`The provider's answer is larger than ${maxProviderResponseBytes} bytes.`);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  // A provider that sends its headers and then stalls must not hold the request past the timeout.
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(new ProviderUnavailableError('The provider did not finish its answer in time.', false, { cause: signal.reason }));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => {});
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > maxProviderResponseBytes) throw new ProviderUnavailableError(`The provider's answer is larger than ${maxProviderResponseBytes} bytes.`);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }
  return Buffer.concat(chunks, size);
}

/**
 * jose's JWKS fetch through the outbound guard. A JWKS that cannot be fetched is the provider's
 * (or our configuration's) trouble, not the token's: it is thrown as a plain error, which the
 * verifier answers with a 503, never as a jose error, which it would answer with a 401.
 */
export function jwksFetch(jwksUrl: URL): FetchImplementation {
  const policy = trustedOriginPolicy(jwksUrl);
  return async (url, { headers, signal }) => {
    let answer;
    try {
      answer = await fetchFromProvider(new URL(url), policy, { headers: Object.fromEntries(headers), signal });
    } catch (error) {
      // jose turns a TimeoutError into its JWKSTimeout.
      if (signal.aborted && signal.reason instanceof Error) throw signal.reason;
      throw error;
    }
    if (answer.status !== 200) throw new ProviderUnavailableError(`The JWKS at ${url} answered HTTP ${answer.status}.`, answer.status < 500);
    const text = Buffer.from(answer.body).toString('utf8');
    try {
      JSON.parse(text);
    } catch {
      throw new ProviderUnavailableError(`The JWKS at ${url} is not JSON.`);
    }
    return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
