/**
 * Shared set-up of the browser tests. The reference server's address comes from the page that
 * `web-test-runner.config.mjs` writes; `/broken/...` is the test server's own misbehaving API.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { VacancyPage } from '@mobility-kit/contract';
import type { MobilityVacancies } from '../src/index.js';

declare global {
  interface Window {
    __MOBILITY_API__: string;
    __MOBILITY_UNREACHABLE_API__: string;
    /** Set by hostile test data if markup from the API were ever executed. */
    __pwned?: boolean;
  }
}

/** The real reference server, started for this run. */
export const apiUrl = (): string => window.__MOBILITY_API__;

/** An address on which nothing listens. */
export const unreachableUrl = (): string => window.__MOBILITY_UNREACHABLE_API__;

let counter = 0;
/** A token no other test uses, so a test can count its own requests. */
export const uniqueId = (): string => `t${Date.now().toString(36)}-${(counter += 1)}`;

/** Base URL of a deliberately broken API; `id` identifies the requests of one test. */
export const brokenApi = (brokenCase: string, id: string = uniqueId()): string => `/broken/${brokenCase}/${id}`;

/** How many requests reached a broken API with this id, and how many the browser aborted. */
export async function brokenStats(id: string): Promise<{ hits: number; aborted: number }> {
  return (await fetch(`/broken/stats/${id}`)).json();
}

/** The real API's own answer, fetched without the SDK, to compare what the element shows with. */
export async function apiPage(query: Record<string, string | number> = {}, token?: string): Promise<VacancyPage> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await fetch(`${apiUrl()}/v1/vacancies?${search}`, { headers });
  expect(response.status, 'reference server answers').to.equal(200);
  return (await response.json()) as VacancyPage;
}

export const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
};

export const part = <E extends Element = HTMLElement>(element: Element, name: string): E | null =>
  shadow(element).querySelector<E>(`[part~="${name}"]`);

export const parts = <E extends Element = HTMLElement>(element: Element, name: string): E[] => [
  ...shadow(element).querySelectorAll<E>(`[part~="${name}"]`),
];

/** The titles on the cards, as text. */
export const cardTitles = (element: Element): string[] =>
  parts(element, 'title').map((title) => title.textContent?.trim() ?? '');

export const statusText = (element: Element): string => part(element, 'status')?.textContent?.trim() ?? '';

/** Wait until the element shows one of its settled states: content, empty or error. */
export async function settled(element: MobilityVacancies, message = 'the element settles'): Promise<void> {
  await waitUntil(
    () =>
      part(element, 'results')?.getAttribute('aria-busy') === 'false' &&
      (part(element, 'list') || part(element, 'empty') || part(element, 'error')),
    message,
    { timeout: 12000, interval: 20 },
  );
}

/** Wait until the element shows cards. */
export async function showsCards(element: MobilityVacancies): Promise<void> {
  await waitUntil(() => parts(element, 'card').length > 0, 'cards appear', { timeout: 12000, interval: 20 });
}

/**
 * Collect uncaught errors and unhandled rejections of the page while a test runs; `assertNone`
 * fails the test if there were any (the runner would fail the file, but less precisely).
 */
export function watchUncaught(): { assertNone(): void; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    assertNone() {
      expect(errors.map(String), 'uncaught errors').to.deep.equal([]);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A development token from the reference server (development auth is on in the test run). */
export async function devToken(organisation: string, role = 'employee'): Promise<string> {
  const response = await fetch(`${apiUrl()}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  expect(response.status, 'a development token is issued').to.equal(200);
  return ((await response.json()) as { token: string }).token;
}
