/**
 * The complete self-contained bundle: registers every mobility-kit element and exposes the whole
 * public API. Use `mobility-kit.js` when a page needs only the provider and the vacancy feed.
 */
export * from './define.js';
