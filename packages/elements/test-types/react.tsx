/**
 * Type-level test of @mobility-kit/elements/react: type-checked by `tsc -p test-types` (run from
 * test-node/typings.test.ts). Correct use must compile; every `@ts-expect-error` line must be an
 * error, or tsc reports the directive as unused and the test fails.
 */
import type {} from '@mobility-kit/elements/react';
import { useRef } from 'react';
import type { MobilityVacancies, MobilityVacancySelectDetail } from '@mobility-kit/elements';

export function Portal() {
  const vacancies = useRef<MobilityVacancies>(null);
  return (
    <mobility-provider base-url="/api" lang="nl" getToken={() => 'token'}>
      <mobility-vacancies
        ref={vacancies}
        className="feed"
        q="docent"
        kind="assignment"
        page-size={10}
        sync-url
        heading-level={2}
        onClick={(event) => event.currentTarget.feedUrl}
        onmobility-vacancy-select={(event) => {
          const detail: MobilityVacancySelectDetail = event.detail;
          event.preventDefault();
          return detail.vacancy.id;
        }}
      />
      <mobility-stories channel="public" move-type="secondment" autoplay interval={8000} onmobility-story-change={(event) => event.detail.index} />
      <mobility-career-test page-size={5} stories-channel="intranet" onmobility-career-test-complete={(event) => event.detail.code} />
      <mobility-calculator organisation="hogeschool-utrecht" heading-level={3} />
      <mobility-dashboard staff-group="teaching" from="2024-Q1" onmobility-insights-load={(event) => event.detail.insights} />
    </mobility-provider>
  );
}

export function SignedInPortal() {
  return (
    <mobility-provider
      base-url="/api"
      issuer="https://login.example.nl"
      client-id="intranet"
      scopes="openid profile offline_access"
      onmobility-session-change={(event) => event.detail.session.user?.role}
    >
      <mobility-sign-in lang="en" />
    </mobility-provider>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: not a kind of vacancy */}
      <mobility-vacancies kind="banana" />
      {/* @ts-expect-error: page-size is a number */}
      <mobility-vacancies page-size="ten" />
      {/* @ts-expect-error: the detail of mobility-vacancy-select has no `index` */}
      <mobility-vacancies onmobility-vacancy-select={(event) => event.detail.index} />
      {/* @ts-expect-error: a handler for another event's detail does not fit */}
      <mobility-stories onmobility-story-change={(event: CustomEvent<MobilityVacancySelectDetail>) => event.detail.vacancy} />
      {/* @ts-expect-error: unknown event prop (camelCase names are checked; see README for dashed names) */}
      <mobility-vacancies onVacancySelect={() => undefined} />
      {/* @ts-expect-error: unknown property */}
      <mobility-calculator scenario="stay" />
      {/* @ts-expect-error: the channel is `public` or `intranet` */}
      <mobility-stories channel="everyone" />
      {/* @ts-expect-error: staff groups are `teaching` and `support` */}
      <mobility-dashboard staff-group="management" />
      {/* @ts-expect-error: `client` takes a client made with createMobilityClient, not a URL */}
      <mobility-provider client="https://api.example.nl" />
      {/* @ts-expect-error: `feedUrl` is read-only on the vacancy list, so it is no prop */}
      <mobility-vacancies feedUrl="https://api.example.nl/v1/vacancies/feed.atom" />
      {/* @ts-expect-error: the session is read-only, so it is no prop */}
      <mobility-sign-in session={{ status: 'signed-in' }} />
      {/* @ts-expect-error: the session-change detail carries a session, not a status */}
      <mobility-provider onmobility-session-change={(event) => event.detail.status} />
      {/* @ts-expect-error: no such tag */}
      <mobility-vacancy />
    </>
  );
}
