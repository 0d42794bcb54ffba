/**
 * Seeds a reference server with the XSS corpus (test/security/xss-payloads.json) through every
 * path by which text reaches the API: organisations (there is no write route, so they are inserted
 * with the server's own Kysely database handle, as the demo seed does), HR vacancy and story writes
 * over HTTP with development tokens, and feed imports (RSS, Atom, JSON-LD) through the importer the
 * server's scheduled imports run. Used by packages/server/test/xss.test.ts and by the browser tests
 * (web-test-runner.config.mjs serves the manifest at `/xss/manifest`).
 */
import { readFile } from 'node:fs/promises';
import type { RunningServer } from '@mobility-kit/server';
import { moveTypes, vacancyKinds, type ImportReport, type StoryCreate, type VacancyCreate, type VacancyKind, type MoveType } from '@mobility-kit/contract';
import { importDocument } from '../../packages/server/src/feeds/importer.js';

/** One entry of the corpus. Executing `payload` calls `__xss(id)`. */
export interface XssPayload {
  readonly id: string;
  readonly class: string;
  readonly payload: string;
}

/** Read the corpus. */
export async function loadXssCorpus(): Promise<XssPayload[]> {
  const text = await readFile(new URL('./xss-payloads.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { payloads: XssPayload[] }).payloads;
}

/** Organisations of the corpus are `xss-<n>`; feeds are filed under these, one sector each. */
export const xssFeedOrganisations = [
  { id: 'xss-feed-rss', name: 'XSS feed RSS', sector: 'business', format: 'rss' },
  { id: 'xss-feed-atom', name: 'XSS feed Atom', sector: 'care', format: 'atom' },
  { id: 'xss-feed-jsonld', name: 'XSS feed JSON-LD', sector: 'government', format: 'jsonld' },
] as const;
export type XssFeedFormat = (typeof xssFeedOrganisations)[number]['format'];

/** What the seed wrote where: the tests compare what the API and the elements show with it. */
export interface XssManifest {
  /** Organisations whose `name` is a payload (or the payload id when it is longer than 200 characters). */
  readonly organisations: { id: string; payloadId: string; name: string }[];
  /** HR vacancies: every text field as sent. `descriptionRefused` when the API refused the payload as description. */
  readonly vacancies: {
    id: string;
    payloadId: string;
    organisation: string;
    kind: VacancyKind;
    sent: VacancyCreate;
    descriptionRefused: boolean;
    refusedPaths: string[];
  }[];
  /** HR stories, approved and consented for both channels. */
  readonly stories: { id: string; payloadId: string; organisation: string; moveType: MoveType; sent: StoryCreate; refusedPaths: string[] }[];
  /** Import reports per feed format, and which payload each imported item carried (by external id). */
  readonly feeds: { format: XssFeedFormat; organisation: string; report: ImportReport }[];
  /** `<payload id>: <method> <path>: <status> <body>` of requests answered with neither 2xx nor 400. */
  readonly unexpected: string[];
}

const fits = (text: string, max: number, fallback: string): string => (text.length <= max && text.trim() !== '' ? text : fallback);
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Characters XML 1.0 cannot carry at all (not even as references): removed before a payload goes into an XML feed. */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xml = (text: string): string =>
  text.replace(notXml, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** NUL and lone surrogates, which PostgreSQL text cannot hold. */
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** `value` with every string stripped of what PostgreSQL cannot store. */
const storable = <T>(value: T): T => JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? v.replace(unstorable, '') : v)) as T;

/** A feed document with one item per payload, every text field carrying it. */
export function xssFeed(format: XssFeedFormat, corpus: readonly XssPayload[]): { text: string; contentType: string } {
  if (format === 'rss') {
    const items = corpus
      .map(
        (p) =>
          `<item><guid isPermaLink="false">${p.id}</guid><title>${xml(p.payload)}</title><link>https://xss.example/rss/${p.id}</link>` +
          `<description>${xml(p.payload)}</description><category>${xml(p.payload)}</category></item>`,
      )
      .join('\n');
    return { text: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>XSS</title><language>nl</language>${items}</channel></rss>`, contentType: 'application/rss+xml' };
  }
  if (format === 'atom') {
    const entries = corpus
      .map(
        (p) =>
          `<entry><id>urn:xss:${p.id}</id><title type="html">${xml(p.payload)}</title><link href="https://xss.example/atom/${p.id}"/>` +
          `<updated>2025-03-01T08:00:00Z</updated><summary>${xml(p.payload)}</summary><content type="html">${xml(p.payload)}</content></entry>`,
      )
      .join('\n');
    return {
      text: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl"><id>urn:xss</id><title>XSS</title><updated>2025-03-01T08:00:00Z</updated>${entries}</feed>`,
      contentType: 'application/atom+xml',
    };
  }
  const postings = corpus.map((p) => ({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: p.id,
    title: p.payload,
    description: p.payload,
    url: `https://xss.example/jsonld/${p.id}`,
    hiringOrganization: { '@type': 'Organization', name: p.payload },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: p.payload } },
    skills: p.payload,
  }));
  return { text: JSON.stringify(postings), contentType: 'application/ld+json' };
}

/**
 * Seed `server` (started with `devAuth`, without demo data) with the corpus. `today` is the
 * server's date, for closing dates and consent windows.
 */
export async function seedXssCorpus(server: RunningServer, corpus: readonly XssPayload[], today: string): Promise<XssManifest> {
  const db = server.app.mobility.database.db;
  const unexpected: string[] = [];
  /** The payload being written, so an unexpected answer names it. */
  let current = '';
  const request = async (method: string, path: string, token?: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok && response.status !== 400) unexpected.push(`${current}: ${method} ${path}: ${response.status} ${await response.clone().text()}`);
    return response;
  };
  const refusedPathsOf = async (response: Response): Promise<string[]> => {
    const problem = (await response.json()) as { invalidParams?: { path?: string }[]; errors?: { path?: string }[] };
    return (problem.invalidParams ?? problem.errors ?? []).map((p) => String(p.path ?? ''));
  };

  // Organisations: no route writes them, so they go in through the server's own database handle.
  // PostgreSQL text cannot hold NUL or lone surrogates: they are left out of organisation names.
  const organisations = corpus.map((p, i) => ({ id: `xss-${i + 1}`, payloadId: p.id, name: fits(storable(p.payload), 200, p.id) }));
  for (const org of organisations) {
    await db.insertInto('organisations').values({ id: org.id, name: org.name, sector: 'hbo', city: 'Utrecht', networks: [], website: null, demo: false }).execute();
  }
  for (const feed of xssFeedOrganisations) {
    await db.insertInto('organisations').values({ id: feed.id, name: feed.name, sector: feed.sector, city: 'Utrecht', networks: [], website: null, demo: false }).execute();
  }

  const tokenFor = async (organisation: string): Promise<string> => {
    const response = await request('POST', '/v1/dev/token', undefined, { role: 'hr', organisation });
    if (response.status !== 200) throw new Error(`no development token for ${organisation}: ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  };

  const vacancies: XssManifest['vacancies'] = [];
  const stories: XssManifest['stories'] = [];
  for (const [i, p] of corpus.entries()) {
    current = p.id;
    const organisation = organisations[i]!.id;
    const token = await tokenFor(organisation);
    const kind = vacancyKinds[i % vacancyKinds.length]!;
    const base: VacancyCreate = {
      id: `${organisation}-xss-v-${i + 1}`,
      title: fits(p.payload, 200, p.id),
      summary: fits(p.payload, 500, p.id),
      description: p.payload,
      kind,
      visibility: 'public',
      unit: fits(p.payload, 200, p.id),
      location: { city: fits(p.payload, 100, p.id) },
      workplace: 'hybrid',
      hoursPerWeek: { min: 24, max: 36 },
      contract: 'temporary',
      validThrough: addDays(today, 60),
      skills: [fits(p.payload, 60, p.id)],
      contact: { name: fits(p.payload, 200, p.id) },
      language: 'nl',
    };
    let sent = base;
    let response = await request('POST', '/v1/hr/vacancies', token, sent);
    const refusedPaths: string[] = [];
    for (let attempt = 0; attempt < 3 && response.status !== 201; attempt++) {
      if (response.status === 400) {
        const paths = await refusedPathsOf(response);
        refusedPaths.push(...paths);
        // Refused fields fall back to the payload id, so the rest of the payload still goes in.
        const fallback = Object.fromEntries(
          paths.map((path) => path.split(/[./]/)[0]!).map((field) => [field, field === 'skills' ? [p.id] : field === 'location' ? { city: p.id } : field === 'contact' ? { name: p.id } : p.id]),
        );
        sent = { ...sent, ...fallback };
      } else {
        // A 5xx is recorded in `unexpected`; the payload goes in again without its NUL characters.
        sent = storable(sent);
      }
      response = await request('POST', '/v1/hr/vacancies', token, sent);
    }
    if (response.status !== 201) throw new Error(`vacancy for ${p.id} not created: ${response.status} ${await response.text()}`);
    vacancies.push({ id: base.id!, payloadId: p.id, organisation, kind, sent, descriptionRefused: sent.description !== p.payload, refusedPaths });

    const moveType = moveTypes[i % moveTypes.length]!;
    const story: StoryCreate = {
      displayName: fits(p.payload, 60, p.id),
      photo: { src: '/xss/portrait.svg', alt: fits(p.payload, 300, p.id), credit: fits(p.payload, 120, p.id), width: 320, height: 400 },
      roleBefore: fits(p.payload, 200, p.id),
      orgBefore: fits(p.payload, 200, p.id),
      roleAfter: fits(p.payload, 200, p.id),
      orgAfter: fits(p.payload, 200, p.id),
      moveType,
      quote: fits(p.payload, 280, p.id),
      body: fits(p.payload, 10_000, p.id),
      language: 'nl',
      cta: { label: fits(p.payload, 80, p.id), href: 'https://xss.example/cta' },
      interests: ['R', 'I', 'C'],
      publishFrom: addDays(today, -1),
      publishUntil: addDays(today, 60),
      consent: (['intranet', 'public'] as const).map((channel) => ({ channel, grantedAt: addDays(today, -2), expiresAt: addDays(today, 400), formReference: `XSS-${channel}` })),
    };
    let storySent = story;
    let storyResponse = await request('POST', '/v1/hr/stories', token, storySent);
    const storyRefused: string[] = [];
    for (let attempt = 0; attempt < 3 && storyResponse.status !== 201; attempt++) {
      if (storyResponse.status === 400) {
        storyRefused.push(...(await refusedPathsOf(storyResponse)));
        storySent = JSON.parse(JSON.stringify(storySent).replaceAll(JSON.stringify(p.payload).slice(1, -1), p.id)) as StoryCreate;
      } else {
        storySent = storable(storySent);
      }
      storyResponse = await request('POST', '/v1/hr/stories', token, storySent);
    }
    if (storyResponse.status !== 201) throw new Error(`story for ${p.id} not created: ${storyResponse.status} ${await storyResponse.text()}`);
    const { id } = (await storyResponse.json()) as { id: string };
    const approved = await request('POST', `/v1/hr/stories/${id}/approve`, token);
    if (approved.status !== 200) throw new Error(`story for ${p.id} not approved: ${approved.status} ${await approved.text()}`);
    stories.push({ id, payloadId: p.id, organisation, moveType, sent: storySent, refusedPaths: storyRefused });
  }

  const feeds: XssManifest['feeds'] = [];
  for (const feed of xssFeedOrganisations) {
    const { text, contentType } = xssFeed(feed.format, corpus);
    const report = await importDocument(
      db,
      { feed: `xss-${feed.format}`, organisation: feed.id, source: `https://xss.example/feed.${feed.format}`, today },
      { bytes: new TextEncoder().encode(text), contentType, url: `https://xss.example/feed.${feed.format}` },
    );
    if (report.status !== 'succeeded') throw new Error(`feed ${feed.format} did not import: ${JSON.stringify(report).slice(0, 500)}`);
    feeds.push({ format: feed.format, organisation: feed.id, report });
  }
  return { organisations, vacancies, stories, feeds, unexpected };
}
