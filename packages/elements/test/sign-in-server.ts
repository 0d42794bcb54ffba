/**
 * The sign-in flow of the browser tests runs against a real OpenID Connect provider: the demo
 * identity provider (`@mobility-kit/demo-idp`, oidc-provider) mounted at `/idp` on a third
 * reference server, which checks its opaque access tokens by introspection and maps its
 * SURFconext-shaped claims with the shipped claims file. (The main test server keeps development
 * tokens and its plain claim names; a claims file would change what those mean.)
 *
 * - The provider's issuer is `http://localhost:<port>/idp`: the same site as the test page
 *   (`http://localhost:<test-runner port>`), so its `SameSite=Lax` session cookie reaches a hidden
 *   frame of the test page, as it would for `login.hogeschool.nl` and `intranet.hogeschool.nl`.
 * - The browser client's redirect URI is the fixture page `sign-in-page.html`.
 * - `/sign-in-api/config` tells the pages the issuer, client id and demo accounts.
 * - `/sign-in-api/<id>/v1/...` passes a request on to the server's API and notes its method, path
 *   and `Authorization` header under `<id>`, for `/sign-in-api/log/<id>`: a test learns the access
 *   tokens the page sent, to look for them where they must not be.
 * - The command `sign-in-tab` drives a second tab of the same browser (the identity provider's
 *   pages forbid framing, and a sign-in leaves the page): open a URL, press keys, type, wait for an
 *   address, evaluate an expression, list every cookie of the browser, close; `tab` names one of
 *   several.
 */
import { randomBytes } from 'node:crypto';
import { freePort } from '../../../scripts/free-port.mjs';
import { claimsFile, createDemoIdentityProvider, demoAccount, demoAccounts, demoOrganisations, demoPassword, type DemoAccount, type DemoIdentityProvider } from '@mobility-kit/demo-idp';
import { loadClaimsMapping, startServer, type RunningServer } from '@mobility-kit/server';
import type { Page } from 'puppeteer-core';

/** The Koa-style middleware of @web/dev-server, typed by what it uses. */
interface Context {
  path: string;
  search: string;
  method: string;
  req: AsyncIterable<Buffer>;
  status: number;
  type: string;
  body: unknown;
  get(name: string): string;
}
type Middleware = (ctx: Context, next: () => Promise<unknown>) => Promise<unknown>;

/** What a page needs to sign in. */
export interface SignInTestConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  password: string;
  /** Demo usernames by organisation slug and role. */
  accounts: Record<string, Record<string, string>>;
  /** A student of Hogeschool Utrecht: signs in, but the claims file maps no role (a 403 from `GET /v1/me`). */
  studentUsername: string;
}

/** What `/sign-in-api/log/<id>` lists per request. */
export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | null;
}

/** An account the identity provider knows and the API does not let in: affiliation `student` only. */
const student: DemoAccount = (() => {
  const base = demoAccount(demoOrganisations[0]!, 'employee');
  const username = `student@${base.organisation.domain}`;
  return {
    ...base,
    username,
    subject: 'browser-tests-student',
    claims: { ...base.claims, eduperson_affiliation: ['student'], eduperson_scoped_affiliation: [`student@${base.organisation.domain}`], eduperson_principal_name: username, name: 'Student Hogeschool Utrecht', email: username },
  };
})();

const browserClientId = 'mobility-kit-browser-tests';
const apiClientId = 'mobility-kit-browser-tests-api';
export const signInPagePath = '/packages/elements/test/sign-in-page.html';


interface Running {
  server: RunningServer;
  idp: DemoIdentityProvider;
  config: SignInTestConfig;
}

export function signInTestApi() {
  let pageOrigin: string | undefined;
  let started: Promise<Running> | undefined;
  const recorded = new Map<string, RecordedRequest[]>();

  const start = async (): Promise<Running> => {
    if (!pageOrigin) throw new Error('The test page origin is not known yet.');
    const port = await freePort();
    const issuer = `http://localhost:${port}/idp`;
    const redirectUri = `${pageOrigin}${signInPagePath}`;
    const secret = randomBytes(32).toString('base64url');
    const idp = createDemoIdentityProvider({
      issuer,
      clients: {
        browser: { clientId: browserClientId, clientName: 'mobility-kit browser tests', redirectUris: [redirectUri] },
        resourceServer: { clientId: apiClientId, clientSecret: secret },
      },
      accounts: [...demoAccounts, student],
      onError: () => {},
    });
    const server = await startServer({
      port,
      host: '127.0.0.1',
      dataDir: 'memory://',
      seed: true,
      corsOrigins: true,
      rateLimit: false,
      mounts: [{ prefix: '/idp', handler: idp.handler }],
      auth: {
        issuer,
        audience: browserClientId,
        introspectionUrl: idp.introspectionUrl,
        clientId: apiClientId,
        clientSecret: secret,
        claims: loadClaimsMapping(claimsFile),
      },
    });
    const accounts: SignInTestConfig['accounts'] = {};
    for (const account of demoAccounts) (accounts[account.organisation.slug] ??= {})[account.role] = account.username;
    return { server, idp, config: { issuer, clientId: browserClientId, redirectUri, password: demoPassword, accounts, studentUsername: student.username } };
  };

  const running = (): Promise<Running> => {
    started ??= start();
    return started;
  };

  const middleware: Middleware = async (ctx, next) => {
    if (!ctx.path.startsWith('/sign-in-api/')) return next();
    const { server, config } = await running();
    if (ctx.path === '/sign-in-api/config') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(config);
      return undefined;
    }
    const log = /^\/sign-in-api\/log\/([\w-]+)$/.exec(ctx.path);
    if (log) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(recorded.get(log[1]!) ?? []);
      return undefined;
    }
    const match = /^\/sign-in-api\/([\w-]+)(\/v1\/.*)$/.exec(ctx.path);
    if (!match) return next();
    const [, id, apiPath] = match as unknown as [string, string, string];
    const authorization = ctx.get('authorization') || null;
    const entries = recorded.get(id) ?? [];
    recorded.set(id, entries);
    entries.push({ method: ctx.method, url: `${apiPath}${ctx.search}`, authorization });
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const forwarded = Object.fromEntries(
      ['accept', 'accept-language', 'authorization', 'content-type', 'if-none-match'].filter((name) => ctx.get(name)).map((name) => [name, ctx.get(name)]),
    );
    const response = await fetch(`${server.url}${apiPath}${ctx.search}`, {
      method: ctx.method,
      headers: forwarded,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    ctx.status = response.status;
    ctx.type = response.headers.get('content-type') ?? 'application/json';
    ctx.body = await response.text();
    return undefined;
  };

  /** Further tabs per test session and name, for the `sign-in-tab` command. */
  const tabs = new Map<string, Page>();
  const tabKey = (sessionId: string, name: string | undefined) => `${sessionId}/${name ?? 'main'}`;

  const close = async (): Promise<void> => {
    for (const tab of tabs.values()) await tab.close().catch(() => {});
    tabs.clear();
    if (started) await (await started).server.close();
  };

  const plugin = {
    name: 'mobility-kit-sign-in',
    serverStop: close,
    serverStart({ config }: { config: { hostname: string; port: number } }) {
      pageOrigin = `http://${config.hostname}:${config.port}`;
      // Start in the background when the run includes the flow test (all files, or it by name).
      if (!process.argv.includes('--files') || process.argv.some((arg) => arg.includes('sign-in-flow'))) running().catch(() => {});
    },
    async executeCommand({ command, payload, session }: { command: string; payload: unknown; session: { id: string; browser: { type: string; getPage(id: string): Page } } }) {
      if (command !== 'sign-in-tab') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('sign-in-tab needs a Puppeteer-driven Chromium');
      const action = payload as { tab?: string } & (
        | { action: 'open'; url: string }
        | { action: 'press'; key: string }
        | { action: 'type'; text: string }
        | { action: 'waitForUrl'; startsWith: string; timeoutMs?: number }
        | { action: 'evaluate'; expression: string }
        | { action: 'cookies' }
        | { action: 'close' }
      );
      const key = tabKey(session.id, action.tab);
      if (action.action === 'open') {
        await tabs.get(key)?.close();
        // The same browser context as the test page: the identity provider's cookies are shared.
        const tab = await session.browser.getPage(session.id).browserContext().newPage();
        tabs.set(key, tab);
        await tab.goto(new URL(action.url, pageOrigin).href, { waitUntil: 'load' });
        return tab.url();
      }
      const tab = tabs.get(key);
      if (!tab) throw new Error('sign-in-tab: open a tab first');
      switch (action.action) {
        case 'press':
          await tab.keyboard.press(action.key as Parameters<Page['keyboard']['press']>[0]);
          return true;
        case 'type':
          await tab.keyboard.type(action.text);
          return true;
        case 'waitForUrl':
          await tab.waitForFunction((prefix: string) => location.href.startsWith(prefix), { timeout: action.timeoutMs ?? 10_000 }, action.startsWith);
          await tab.waitForFunction(() => document.readyState === 'complete', { timeout: action.timeoutMs ?? 10_000 });
          return tab.url();
        case 'evaluate':
          // Wrapped: a command that returns `undefined` counts as not handled.
          try {
            return { value: await tab.evaluate(action.expression) };
          } catch (error) {
            // The expression navigated (`location.reload()`), or the tab is between two documents.
            if (error instanceof Error && /context was destroyed|detached|navigat/i.test(error.message)) return { navigating: true };
            throw error;
          }
        case 'cookies': {
          // Every cookie of the browser, `HttpOnly` ones included, whatever its site.
          const cdp = await tab.createCDPSession();
          try {
            const { cookies } = (await cdp.send('Storage.getCookies')) as { cookies: { name: string; value: string; domain: string; path: string }[] };
            return cookies.map(({ name, value, domain, path }) => ({ name, value, domain, path }));
          } finally {
            await cdp.detach();
          }
        }
        case 'close':
          await tab.close();
          tabs.delete(key);
          return true;
      }
    },
  };

  return { plugin, middleware };
}
