import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import { startServer, type AuthOptions, type RunningServer } from '@mobility-kit/server';
import { claimsFile, demoAccounts, demoOrganisations, demoPassword, type DemoAccount } from '../src/index.js';
import { Agent, apiClientId, browserClientId, discover, signIn, startIdpServer, type IdpServer } from './support.js';

interface ClaimsFile {
  organisation: { claim: string; map: Record<string, string> };
  roles: Record<'admin' | 'hr' | 'employee', { claim: string; anyOf: string[] }>;
}
const claims = JSON.parse(readFileSync(claimsFile, 'utf8')) as ClaimsFile;

describe('demo accounts and the shipped claims file', () => {
  test('an employee and an HR adviser at every demo organisation, one administrator, unique names and opaque subjects', () => {
    assert.equal(demoAccounts.length, demoOrganisations.length * 2 + 1);
    for (const organisation of demoOrganisations) {
      const roles = demoAccounts.filter((a) => a.organisation.slug === organisation.slug).map((a) => a.role);
      assert.ok(roles.includes('employee') && roles.includes('hr'), organisation.slug);
    }
    assert.deepEqual(demoAccounts.filter((a) => a.role === 'admin').map((a) => a.username), ['beheer@hu.example']);
    assert.equal(new Set(demoAccounts.map((a) => a.username)).size, demoAccounts.length);
    assert.equal(new Set(demoAccounts.map((a) => a.subject)).size, demoAccounts.length);
    for (const account of demoAccounts) {
      assert.match(account.subject, /^[0-9a-f]{32}$/);
      assert.ok(!account.subject.includes(account.username.split('@')[0]!));
    }
    assert.equal(demoPassword, 'demo');
  });

  test('claims.json maps exactly the demo domains to their organisations', () => {
    assert.equal(claims.organisation.claim, 'schac_home_organization');
    assert.deepEqual(claims.organisation.map, Object.fromEntries(demoOrganisations.map((o) => [o.domain, o.slug])));
  });

  test('by claims.json (strongest role first), every account gets its own organisation and role', () => {
    const has = (account: DemoAccount, rule: { claim: string; anyOf: string[] }) => {
      const value = (account.claims as unknown as Record<string, unknown>)[rule.claim];
      return (Array.isArray(value) ? value : [value]).some((v) => rule.anyOf.includes(v as string));
    };
    for (const account of demoAccounts) {
      const role = (['admin', 'hr', 'employee'] as const).find((r) => has(account, claims.roles[r]));
      assert.equal(role, account.role, account.username);
      assert.equal(claims.organisation.map[account.claims.schac_home_organization], account.organisation.slug, account.username);
    }
  });
});

describe('the demo accounts against the reference server', () => {
  let idp: IdpServer;
  let api: RunningServer;

  before(async () => {
    idp = await startIdpServer();
    // The API on a second server, checking tokens at the first one's introspection endpoint with
    // the shipped claims file: the same settings `npm start` uses on one origin.
    api = await startServer({
      port: 0,
      dataDir: 'memory://',
      seed: true,
      rateLimit: false,
      auth: {
        issuer: idp.issuer,
        audience: browserClientId,
        introspectionUrl: idp.idp.introspectionUrl,
        clientId: apiClientId,
        clientSecret: idp.apiSecret,
        claims: claims as NonNullable<AuthOptions['claims']>,
      },
    });
  });
  after(async () => {
    await api?.close();
    await idp?.close();
  });

  test('every demo organisation exists on the seeded server, with the same name', async () => {
    const response = await fetch(`${idp.server.url}/v1/organisations?limit=100`);
    assert.equal(response.status, 200);
    const { items } = (await response.json()) as { items: { id: string; name: string }[] };
    const onServer = new Map(items.map((o) => [o.id, o.name]));
    for (const organisation of demoOrganisations) assert.equal(onServer.get(organisation.slug), organisation.name, organisation.slug);
    assert.equal(onServer.size, demoOrganisations.length, 'the provider has an account for every organisation of the demo data');
  });

  test('GET /v1/me with a token of the provider answers the account\'s organisation and role, for every role', async () => {
    const as = await discover(idp.issuer);
    for (const username of ['medewerker@hanze.example', 'hr@hu.example', 'beheer@hu.example']) {
      const account = demoAccounts.find((a) => a.username === username)!;
      const tokens = await signIn(new Agent(), as, idp.redirectUri, username);
      const me = await oauth.protectedResourceRequest(tokens.access_token, 'GET', new URL(`${api.url}/v1/me`), undefined, undefined, {
        [oauth.allowInsecureRequests]: true,
      });
      assert.equal(me.status, 200, `${username}: ${await me.clone().text()}`);
      assert.deepEqual(await me.json(), { organisation: account.organisation.slug, role: account.role });
    }
    const anonymous = await fetch(`${api.url}/v1/me`, { headers: { authorization: 'Bearer not-a-token-of-the-provider' } });
    assert.equal(anonymous.status, 401);
  });
});
