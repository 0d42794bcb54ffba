/** The shared public API besides the element classes; both self-contained bundles expose it. */
export { clientContext, MobilityClientController, type ClientSourceOptions } from './client-context.js';
export {
  sessionContext,
  unconfiguredSession,
  MobilitySessionController,
  type MobilitySession,
  type SessionStatus,
  type SessionUser,
  type SessionRole,
  type SessionError,
  type SessionErrorKind,
} from './session-context.js';
export { defineElement, type VersionedElementConstructor } from './define.js';
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
} from './localize.js';
export { loadErrorKind, MissingClientError, type LoadErrorKind } from './load-error.js';
export { version } from '../version.js';
// The SDK's client and errors, for host code that calls the API itself.
export {
  createMobilityClient,
  isMobilityError,
  MobilityError,
  MobilityHttpError,
  MobilityValidationError,
  MobilityNetworkError,
  MobilityTimeoutError,
  type MobilityClient,
  type MobilityClientOptions,
} from '@mobility-kit/sdk';
