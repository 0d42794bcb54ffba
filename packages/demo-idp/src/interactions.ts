import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type InteractionDetails, type Provider } from 'oidc-provider';
import type { AccountDirectory } from './accounts.js';
import { pageHeaders } from './views/layout.js';
import { loginPage, type LoginProblem } from './views/login-page.js';
import { errorPage, expiredPage } from './views/message-pages.js';
import { chooseLanguage, type Language } from './views/strings.js';

/** What the sign-in pages need from the provider they belong to. */
export interface InteractionSetup {
  readonly provider: Provider;
  readonly directory: AccountDirectory;
  /** The shared demo password, shown on the page. */
  readonly password: string;
  /** The issuer's path, e.g. `/idp`: every URL the pages link to starts with it. */
  readonly basePath: string;
  /** Client id → the name the page shows ("sign in to continue to …"). */
  readonly clientNames: ReadonlyMap<string, string>;
  /** Origins the page's forms may end up at (see {@link pageHeaders}). */
  readonly formTargets: readonly string[];
}

/** `/interaction/<uid>`, `/interaction/<uid>/login`, `/interaction/<uid>/abort` (oidc-provider's uids are URL-safe). */
const interactionPath = /^\/interaction\/([A-Za-z0-9_-]{1,128})(?:\/(login|abort))?$/;

/** The largest sign-in form accepted: a username and a password fit in far less. */
const formLimitBytes = 8 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * The provider's own sign-in pages (oidc-provider only asks for them: `interactions.url`). GET
 * shows the form; POST `…/login` checks the demo credentials and resumes the authorization request
 * with the account; POST `…/abort` ("cancel") ends it with `access_denied` for the application.
 * Forgery from another site fails by itself: the interaction cookie is `SameSite=Lax`, so a
 * cross-site POST arrives without it and is answered with the "expired" page.
 *
 * Returns `false` for a path that is not an interaction path.
 */
export async function handleInteraction(setup: InteractionSetup, request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  const match = interactionPath.exec(url.pathname);
  if (!match) return false;
  const [, uid, action] = match as unknown as [string, string, 'login' | 'abort' | undefined];
  const acceptLanguage = request.headers['accept-language'];
  try {
    const allowed = action ? ['POST'] : ['GET', 'HEAD'];
    if (!allowed.includes(request.method ?? '')) throw new HttpError(405, 'Method not allowed', { allow: allowed.join(', ') });
    const form = action ? await readForm(request) : undefined;
    const explicit = action ? form?.get('lang') : url.searchParams.get('lang');
    let details: InteractionDetails;
    try {
      details = await setup.provider.interactionDetails(request, response);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) {
        return send(response, 400, expiredPage({ language: chooseLanguage({ explicit, acceptLanguage }), assets: assetsOf(setup) }), setup);
      }
      throw error;
    }
    const language = chooseLanguage({ explicit, uiLocales: details.params.ui_locales, acceptLanguage });
    if (details.uid !== uid) {
      return send(response, 400, expiredPage({ language, assets: assetsOf(setup) }), setup);
    }
    if (details.prompt.name !== 'login') {
      // The first-party client never needs consent (see `loadExistingGrant`); nothing else is asked.
      const page = errorPage({ language, assets: assetsOf(setup), code: 'interaction_required', description: `Unsupported prompt: ${details.prompt.name}` });
      return send(response, 400, page, setup);
    }
    if (action === 'abort') {
      await setup.provider.interactionFinished(
        request,
        response,
        { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
      return true;
    }
    if (action === 'login') {
      const username = form?.get('username') ?? '';
      const password = form?.get('password') ?? '';
      const problems: LoginProblem[] = [];
      if (!username.trim()) problems.push('usernameMissing');
      if (!password) problems.push('passwordMissing');
      const account = problems.length ? undefined : setup.directory.check(username, password);
      if (!account) {
        if (problems.length === 0) problems.push('credentialsWrong');
        return send(response, 400, renderLogin(setup, details, language, { username, problems }), setup);
      }
      await setup.provider.interactionFinished(request, response, { login: { accountId: account.subject, amr: ['pwd'] } }, { mergeWithLastSubmission: false });
      return true;
    }
    return send(response, 200, renderLogin(setup, details, language, {}), setup);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    response.writeHead(error.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...error.headers });
    response.end(error.message);
    return true;
  }
}

function renderLogin(
  setup: InteractionSetup,
  details: InteractionDetails,
  language: Language,
  attempt: { username?: string; problems?: LoginProblem[] },
): string {
  const base = `${setup.basePath}/interaction/${details.uid}`;
  const clientId = String(details.params.client_id ?? '');
  return loginPage({
    language,
    actions: { login: `${base}/login`, abort: `${base}/abort` },
    clientName: setup.clientNames.get(clientId) ?? clientId,
    accounts: setup.directory.accounts,
    password: setup.password,
    assets: assetsOf(setup),
    switchTo: (other) => `${base}?lang=${other}`,
    ...attempt,
  });
}

const assetsOf = (setup: InteractionSetup) => `${setup.basePath}/assets`;

function send(response: ServerResponse, status: number, body: string, setup: InteractionSetup): true {
  response.writeHead(status, pageHeaders(setup.formTargets));
  response.end(body);
  return true;
}

/**
 * The URL-encoded body of a sign-in form, at most {@link formLimitBytes}. A larger body is not read
 * on: the answer is a 413 and the connection closes.
 */
function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return Promise.reject(new HttpError(415, 'Send the form as application/x-www-form-urlencoded.'));
  const tooLarge = () => new HttpError(413, 'The form is too large.', { connection: 'close' });
  if (Number(request.headers['content-length'] ?? 0) > formLimitBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > formLimitBytes) {
        stop();
        request.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
