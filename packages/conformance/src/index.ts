/**
 * The mobility-kit conformance kit: checks any server against the API contract.
 *
 * @packageDocumentation
 */
export { runConformance, type ConformanceOptions } from './run.js';
export type { ConformanceTokens } from './context.js';
export { formatReport, checkGroups, type CheckGroup, type CheckResult, type CheckStatus, type ConformanceReport } from './report.js';
