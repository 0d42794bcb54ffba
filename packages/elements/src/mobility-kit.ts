/**
 * The self-contained bundle for a plain `<script type="module">`: registers every tag and exposes
 * the public API, including the SDK's `createMobilityClient` for host code that calls the API
 * itself.
 */
import './define.js';

export * from './index.js';
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
