/**
 * The core self-contained bundle for a plain `<script type="module">`: registers
 * `<mobility-provider>` and `<mobility-vacancies>` and exposes the shared public API, including the
 * SDK's `createMobilityClient` for host code that calls the API itself. `mobility-kit-all.js`
 * registers every element.
 */
import './provider/define.js';
import './vacancies/define.js';

export { MobilityProvider } from './provider/mobility-provider.js';
export { MobilityVacancies, type MobilityVacancySelectDetail } from './vacancies/mobility-vacancies.js';
export * from './shared/public-api.js';
