/**
 * For stories of `<mobility-provider>`, which builds its own client from `base-url` with the
 * page's `fetch`: requests to the fixture origin are answered by the fixture API, the scenario
 * being the first path segment (`https://api.mobility-kit.invalid/empty/v1/vacancies`). Every other
 * request goes to the real `fetch` untouched.
 */
import { fixtureFetch, fixtureOrigin, fixtureScenarios, type FixtureScenario } from './fixture-api.js';

const installed = Symbol.for('mobility-kit/storybook/fixture-network');

/** The `base-url` that makes a provider talk to the fixture API in `scenario`. */
export const fixtureBaseUrl = (scenario: FixtureScenario): string => `${fixtureOrigin}/${scenario}`;

/** Route the fixture origin of this page's `fetch` to the fixture API. Idempotent. */
export function installFixtureNetwork(): void {
  const target = globalThis as typeof globalThis & { [installed]?: true };
  if (target[installed]) return;
  target[installed] = true;
  const realFetch = globalThis.fetch;
  const fetchers = new Map(fixtureScenarios.map((scenario) => [scenario, fixtureFetch(scenario, fixtureBaseUrl(scenario))]));
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin === fixtureOrigin) {
      const scenario = url.pathname.split('/')[1] as FixtureScenario;
      const fetcher = fetchers.get(scenario);
      if (fetcher) return fetcher(input, init);
    }
    return realFetch(input, init);
  };
}
