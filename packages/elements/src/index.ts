/**
 * `@mobility-kit/elements`: the classes, without registering any tag. Import
 * `@mobility-kit/elements/define.js` (all tags) or one element's `define.js` to register them.
 * Nothing here has side effects, so a bundler keeps only what a page uses.
 */
export { MobilityProvider, type MobilitySessionChangeDetail } from './provider/mobility-provider.js';
export { MobilitySignIn } from './sign-in/mobility-sign-in.js';
export type { SignInStrings } from './sign-in/translations.js';
export { MobilityVacancies, type MobilityVacancySelectDetail } from './vacancies/mobility-vacancies.js';
export type { VacanciesStrings } from './vacancies/translations.js';
export { MobilityStories, type MobilityStoryChangeDetail } from './stories/mobility-stories.js';
export type { StoriesStrings } from './stories/translations.js';
export { MobilityCalculator } from './calculator/mobility-calculator.js';
export type { CalculatorStrings } from './calculator/translations.js';
export { MobilityDashboard, type MobilityInsightsLoadDetail } from './dashboard/mobility-dashboard.js';
export type { DashboardStrings } from './dashboard/translations.js';
export {
  MobilityCareerTest,
  defaultCareerTestPageSize,
  type MobilityCareerTestCompleteDetail,
} from './career-test/mobility-career-test.js';
export type { CareerTestStrings } from './career-test/translations.js';
export * from './shared/public-api.js';
export { MobilityHrCases, type MobilityCaseChangeDetail, type HrCasesView } from './hr-cases/mobility-hr-cases.js';
export type { HrCasesStrings } from './hr-cases/translations.js';
export { MobilityHrRegulations, type MobilityRegulationsSaveDetail } from './hr-regulations/mobility-hr-regulations.js';
export type { HrRegulationsStrings } from './hr-regulations/translations.js';
export { MobilityHrVacancies, type HrVacancyStatusFilter, type MobilityHrVacancyChangeDetail } from './hr-vacancies/mobility-hr-vacancies.js';
export type { HrVacanciesStrings } from './hr-vacancies/translations.js';
export { MobilityHrFeeds, type MobilityFeedRunDetail } from './hr-feeds/mobility-hr-feeds.js';
export type { HrFeedsStrings } from './hr-feeds/translations.js';
export { MobilityHrStories, type MobilityHrStorySaveDetail } from './hr-stories/mobility-hr-stories.js';
export type { HrStoriesStrings } from './hr-stories/translations.js';
