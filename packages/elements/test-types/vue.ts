/**
 * Type-level test of @mobility-kit/elements/vue: Vue's `GlobalComponents` knows every tag, with
 * props typed as the element classes declare them, under the camelCase names vue-tsc looks up for
 * `:page-size` and `@mobility-vacancy-select`. Type-checked by `tsc -p test-types/tsconfig.vue.json`.
 */
import type {} from '@mobility-kit/elements/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const vacancies: PropsOf<'mobility-vacancies'> = {
  kind: 'assignment',
  pageSize: 10,
  syncUrl: true,
  onMobilityVacancySelect: (event) => void event.detail.vacancy.id,
};
export const stories: PropsOf<'mobility-stories'> = { channel: 'public', autoplay: true };
export const provider: PropsOf<'mobility-provider'> = { baseUrl: '/api', getToken: () => 'token' };
export const dashboard: PropsOf<'mobility-dashboard'> = { staffGroup: 'support' };
export const signingInProvider: PropsOf<'mobility-provider'> = {
  baseUrl: '/api',
  issuer: 'https://login.example.nl',
  clientId: 'intranet',
  onMobilitySessionChange: (event) => void event.detail.session.status,
};
export const signIn: PropsOf<'mobility-sign-in'> = {};

// @ts-expect-error: not a kind of vacancy
export const wrongKind: PropsOf<'mobility-vacancies'> = { kind: 'banana' };
// @ts-expect-error: page-size is a number
export const wrongSize: PropsOf<'mobility-career-test'> = { pageSize: 'six' };
// @ts-expect-error: the channel is `public` or `intranet`
export const wrongChannel: PropsOf<'mobility-stories'> = { channel: 'everyone' };
// @ts-expect-error: no such tag
export type NoSuchTag = PropsOf<'mobility-vacancy'>;
// @ts-expect-error: the event detail carries a vacancy, not a story
export const wrongDetail: PropsOf<'mobility-vacancies'> = { onMobilityVacancySelect: (event: CustomEvent<{ story: string }>) => event };
