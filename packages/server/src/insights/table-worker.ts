/**
 * Worker thread entry: builds an organisation's insights table for each job it is sent and sends
 * the table's plain data back (the typed arrays transferred, not copied). It runs under the memory limits and the time limit
 * that `tables.ts` sets; when it overruns, the worker is terminated and the request answers 503.
 */
import { parentPort } from 'node:worker_threads';
import { buildInsightsTable, type DisclosureCase, type InsightsTableData } from '@mobility-kit/rules';
import type { Quarter } from '@mobility-kit/contract';
import { disclosureVocabulary } from './threshold.js';

/** What the worker is given. */
export interface TableJob {
  readonly cases: readonly DisclosureCase[];
  readonly k: number;
  readonly currentQuarter: Quarter;
  readonly maxQuarters: number;
}

/** What the worker answers: the table's data, or why it could not be built. */
export type TableReply = { data: InsightsTableData } | { error: string };

parentPort!.on('message', (job: TableJob) => {
  let reply: TableReply;
  try {
    reply = { data: buildInsightsTable(job.cases, { k: job.k, currentQuarter: job.currentQuarter, maxQuarters: job.maxQuarters, vocabulary: disclosureVocabulary }).data };
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies TableReply);
    return;
  }
  const { data } = reply;
  const buffers = [data.values, data.status, data.medianDays, data.trajectoryCosts, data.benefitCosts].map((array) => array.buffer as ArrayBuffer);
  parentPort!.postMessage(reply, buffers);
});
