/**
 * `client.stories` against the real reference server over HTTP, on its seeded demo stories.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { amsterdamToday, DevTokenResponse, StoryPage, type Story, type StoryCreate } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError, type MobilityClient } from '../src/index.js';

let server: RunningServer;
let anonymous: MobilityClient;

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
  anonymous = createMobilityClient({ baseUrl: server.url, locale: 'nl' });
});
after(async () => {
  await server?.close();
});

async function devToken(organisation: string, role: 'employee' | 'hr' = 'employee'): Promise<string> {
  const response = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  return DevTokenResponse.parse(await response.json()).token;
}

/** Every story of a channel, walked over raw HTTP — independent of the client. */
async function rawAll(query: Record<string, string>, token?: string): Promise<Story[]> {
  const all: Story[] = [];
  let cursor: string | null = null;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, limit: '50', ...(cursor ? { cursor } : {}) });
    const response: Response = await fetch(`${server.url}/v1/stories?${params}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    assert.equal(response.status, 200);
    const page = StoryPage.parse(await response.json());
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

async function collect(iterator: AsyncIterable<Story>): Promise<Story[]> {
  const items: Story[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe('client.stories', () => {
  test('list: the public channel by default, validated against the contract', async () => {
    const page = await anonymous.stories.list({ limit: 2 });
    assert.equal(page.items.length, 2);
    assert.equal(typeof page.nextCursor, 'string');
    const expected = await rawAll({});
    assert.deepEqual(page.items, expected.slice(0, 2));
    for (const story of page.items) assert.ok(story.photo === undefined || story.photo.alt.trim().length > 0);
  });

  test('iterate walks every page once, in order', async () => {
    const expected = await rawAll({ channel: 'public' });
    assert.ok(expected.length >= 3);
    const items = await collect(anonymous.stories.iterate({ channel: 'public', limit: 2 }));
    assert.deepEqual(items.map((s) => s.id), expected.map((s) => s.id));
  });

  test('filters travel as query parameters', async () => {
    const items = await collect(anonymous.stories.iterate({ language: 'en' }));
    assert.ok(items.length > 0 && items.every((s) => s.language === 'en'));
    const moves = await collect(anonymous.stories.iterate({ moveType: 'internship' }));
    assert.ok(moves.every((s) => s.moveType === 'internship'));
  });

  test('the intranet channel needs a token and serves the own organisation', async () => {
    await assert.rejects(anonymous.stories.list({ channel: 'intranet' }), (error: unknown) => error instanceof MobilityHttpError && error.status === 401);
    const token = await devToken('hogeschool-utrecht');
    const client = createMobilityClient({ baseUrl: server.url, getToken: () => token });
    const items = await collect(client.stories.iterate({ channel: 'intranet', limit: 3 }));
    assert.deepEqual(items.map((s) => s.id), (await rawAll({ channel: 'intranet' }, token)).map((s) => s.id));
    assert.ok(items.length > (await rawAll({ organisation: 'hogeschool-utrecht' })).length, 'more stories on the intranet than in public');
    assert.ok(items.every((s) => s.organisation.id === 'hogeschool-utrecht'));
  });

  test('an invalid query is refused before anything is sent', async () => {
    let calls = 0;
    const client = createMobilityClient({
      baseUrl: server.url,
      fetch: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
    });
    await assert.rejects(client.stories.list({ channel: 'extranet' as 'public' }), MobilityValidationError);
    assert.equal(calls, 0);
  });

  test('an aborted call rejects with the abort reason', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(anonymous.stories.list({}, { signal: controller.signal }), { name: 'AbortError' });
  });
});

describe('client.stories for HR', () => {
  const organisation = 'saxion';
  const today = amsterdamToday();
  const later = (days: number) => {
    const date = new Date(`${today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  const story: StoryCreate = {
    displayName: 'Ilse',
    roleBefore: 'Docent',
    orgBefore: 'Saxion',
    roleAfter: 'Opleidingsmanager',
    orgAfter: 'Saxion',
    moveType: 'internal',
    quote: 'Ik durfde het aan.',
    body: 'Een *kort* verhaal.',
    language: 'nl',
    cta: { label: 'Vacatures', href: '/vacatures' },
    publishFrom: today,
    publishUntil: later(30),
  };

  test('create, consent, approve, withdraw consent and withdraw, each answered with the stored record', async () => {
    const hr = createMobilityClient({ baseUrl: server.url, locale: 'nl', getToken: async () => devToken(organisation, 'hr') });
    const employee = createMobilityClient({ baseUrl: server.url, locale: 'nl', getToken: async () => devToken(organisation) });
    const created = await hr.stories.create(story);
    assert.equal(created.status, 'draft');
    assert.deepEqual(await hr.stories.getHr(created.id), created);
    assert.ok((await hr.stories.listHr({ status: 'draft' })).items.some((s) => s.id === created.id));
    const edited = await hr.stories.update(created.id, { quote: 'Ik durfde het echt aan.' });
    assert.equal(edited.quote, 'Ik durfde het echt aan.');
    const consented = await hr.stories.recordConsent(created.id, { channel: 'intranet', grantedAt: today, expiresAt: later(365), formReference: 'DMS-1' });
    assert.deepEqual(consented.consent.map((c) => c.channel), ['intranet']);
    const approved = await hr.stories.approve(created.id);
    assert.deepEqual(approved.liveOn, ['intranet']);
    assert.ok((await employee.stories.list({ channel: 'intranet' })).items.some((s) => s.id === created.id));
    const withdrawnConsent = await hr.stories.withdrawConsent(created.id);
    assert.deepEqual(withdrawnConsent.liveOn, []);
    assert.equal(withdrawnConsent.consent[0]!.withdrawnAt, today);
    assert.ok(!(await employee.stories.list({ channel: 'intranet' })).items.some((s) => s.id === created.id));
    assert.equal((await hr.stories.withdraw(created.id)).status, 'withdrawn');
  });

  test('a story body the contract refuses is not sent; another organisation\'s story is a 404', async () => {
    const hr = createMobilityClient({ baseUrl: server.url, locale: 'nl', getToken: async () => devToken(organisation, 'hr') });
    await assert.rejects(hr.stories.create({ ...story, body: '<script>x</script>' }), MobilityValidationError);
    const other = createMobilityClient({ baseUrl: server.url, locale: 'nl', getToken: async () => devToken('hogeschool-utrecht', 'hr') });
    const mine = await hr.stories.create(story);
    await assert.rejects(other.stories.getHr(mine.id), (error) => error instanceof MobilityHttpError && error.status === 404);
    await assert.rejects(other.stories.approve(mine.id), (error) => error instanceof MobilityHttpError && error.status === 404);
  });
});
