import { Problem, problemMediaType } from '@mobility-kit/contract';

/** One answer of the server under test, read completely. */
export interface Exchange {
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  /** Media type without parameters, lower case; `''` when the header is missing. */
  readonly mediaType: string;
  readonly text: string;
}

export interface HttpOptions {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** Raised when the server cannot be reached or does not answer in time. */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
}

/** The server under test, seen through plain HTTP: no client library in between to hide mistakes. */
export class Http {
  readonly #options: HttpOptions;
  #requests = 0;

  constructor(options: HttpOptions) {
    this.#options = options;
  }

  /** How many requests were sent (retries included). */
  get requests(): number {
    return this.#requests;
  }

  /**
   * GET `path` (with `query`) as `token`'s owner, or anonymously. A 429 is waited out (at most
   * twice, up to five seconds each) so a rate limit is not mistaken for a contract violation.
   */
  async get(path: string, options: { query?: Readonly<Record<string, string>>; token?: string; headers?: Readonly<Record<string, string>> } = {}): Promise<Exchange> {
    const url = new URL(path.replace(/^\//, ''), this.#options.baseUrl.endsWith('/') ? this.#options.baseUrl : `${this.#options.baseUrl}/`);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json;q=0.9, */*;q=0.5', ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    for (let attempt = 0; ; attempt++) {
      this.#requests++;
      const signals = [AbortSignal.timeout(this.#options.timeoutMs), ...(this.#options.signal ? [this.#options.signal] : [])];
      let response: Response;
      let text: string;
      try {
        response = await this.#options.fetch(url, { headers, signal: AbortSignal.any(signals), redirect: 'manual' });
        text = await response.text();
      } catch (error) {
        throw new ExchangeError(`GET ${url.pathname}${url.search}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (response.status === 429 && attempt < 2) {
        const seconds = Math.min(5, Math.max(0.2, Number(response.headers.get('retry-after')) || 1));
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        continue;
      }
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      return { url: `${url.pathname}${url.search}`, status: response.status, headers: response.headers, mediaType, text };
    }
  }
}

/** `text` as JSON, or `undefined` when it is not JSON. */
export function jsonOf(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with an error answer, measured against RFC 9457 and the contract: the status, the
 * `application/problem+json` media type, the document's fields, its `status` member and, when
 * given, the contract's stable `type` URI. Empty when nothing is.
 */
export function problemIssues(exchange: Exchange, expected: { status: number; type?: string }): string[] {
  const issues: string[] = [];
  if (exchange.status !== expected.status) issues.push(`status ${exchange.status}, expected ${expected.status}`);
  if (exchange.mediaType !== problemMediaType) issues.push(`Content-Type "${exchange.mediaType || '(none)'}", expected ${problemMediaType}`);
  const body = jsonOf(exchange);
  const parsed = Problem.safeParse(body);
  if (!parsed.success) {
    issues.push(`body is not a problem document: ${describeIssues(parsed.error.issues)}`);
    return issues;
  }
  if (parsed.data.status !== exchange.status) issues.push(`problem "status" ${parsed.data.status} differs from the HTTP status ${exchange.status}`);
  if (expected.type && parsed.data.type !== expected.type) issues.push(`problem "type" ${parsed.data.type}, expected ${expected.type}`);
  return issues;
}

/** At most three schema issues as `path: message`, for a readable reason line. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return shown.join('; ') + (issues.length > 3 ? ` (+${issues.length - 3} more)` : '');
}
