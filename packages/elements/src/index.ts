/**
 * `@mobility-kit/elements`: the classes, without registering any tag. Import
 * `@mobility-kit/elements/define.js` (all tags) or one element's `define.js` to register them.
 */
export { MobilityProvider } from './provider/mobility-provider.js';
export { MobilityVacancies, type MobilityVacancySelectDetail } from './vacancies/mobility-vacancies.js';
export type { VacanciesStrings } from './vacancies/translations.js';
export { clientContext, MobilityClientController, type ClientSourceOptions } from './shared/client-context.js';
export { defineElement, type VersionedElementConstructor } from './shared/define.js';
export {
  LocalizeController,
  registerTranslations,
  clearTranslations,
  resolveLanguageTag,
  defaultLanguage,
  shippedLanguages,
  type TranslationRegistry,
  type TranslationCatalog,
  type PartialStrings,
  type ShippedLanguage,
} from './shared/localize.js';
export { loadErrorKind, MissingClientError, type LoadErrorKind } from './shared/load-error.js';
export { version } from './version.js';
