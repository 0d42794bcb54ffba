/**
 * The core self-contained bundle for a plain `<script type="module">`: registers
 * `<mobility-provider>`, `<mobility-sign-in>` and `<mobility-vacancies>` and exposes the shared
 * public API, including the SDK's `createMobilityClient` for host code that calls the API itself.
 * `mobility-kit-all.js` registers every element.
 */
import './provider/define.js';
import './sign-in/define.js';
import './vacancies/define.js';

export { MobilityProvider, type MobilitySessionChangeDetail } from './provider/mobility-provider.js';
export { MobilitySignIn } from './sign-in/mobility-sign-in.js';
export { MobilityVacancies, type MobilityVacancySelectDetail } from './vacancies/mobility-vacancies.js';
export * from './shared/public-api.js';
