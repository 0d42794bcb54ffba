/**
 * Worker thread entry: builds one organisation's insights table and sends its plain data back
 * (the typed arrays transferred, not copied). It runs under the memory limits and the time limit
 * that `tables.ts` sets; when it overruns, the worker is terminated and the request answers 503.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildInsightsTable, type DisclosureCase } from '@mobility-kit/rules';
import type { Quarter } from '@mobility-kit/contract';
import { disclosureVocabulary } from './threshold.js';

/** What the worker is given. */
export interface TableJob {
  readonly cases: readonly DisclosureCase[];
  readonly k: number;
  readonly currentQuarter: Quarter;
  readonly maxQuarters: number;
}

const job = workerData as TableJob;
const { data } = buildInsightsTable(job.cases, {
  k: job.k,
  currentQuarter: job.currentQuarter,
  maxQuarters: job.maxQuarters,
  vocabulary: disclosureVocabulary,
});
const buffers = [data.values, data.status, data.medianDays, data.trajectoryCosts, data.benefitCosts].map((array) => array.buffer as ArrayBuffer);
parentPort!.postMessage(data, buffers);
