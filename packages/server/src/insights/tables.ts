/**
 * Insights tables built off the event loop, within limits. Building a table is the heaviest work a
 * request can start (quarters × units × cells, and repeated attacks for secondary suppression), so
 * it runs in a worker thread with a heap limit and a time limit; at most a few run at once and a
 * few more wait. Past any of these limits the request gets a 503 problem with Retry-After — the
 * process itself never runs out of memory or stalls. A worker that overran is terminated; one that
 * finished is kept for the next table (starting one costs more than many small tables).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { problemTypes, type Quarter } from '@mobility-kit/contract';
import type { DisclosureCase, InsightsTableData } from '@mobility-kit/rules';
import { ProblemError, unavailable } from '../problems.js';
import type { TableJob, TableReply } from './table-worker.js';

/** Limits of table building; every field has a default. */
export interface TableLimits {
  /** Wall-clock time one table may take, worker start included. Default 20 s. */
  readonly timeLimitMs?: number | undefined;
  /** Heap of the worker (old generation), MB. Default 256. */
  readonly memoryLimitMb?: number | undefined;
  /** Tables built at the same time. Default 2. */
  readonly concurrency?: number | undefined;
  /** Builds waiting for a slot; one more is refused with 503. Default 8. */
  readonly queue?: number | undefined;
}

const defaults = { timeLimitMs: 20_000, memoryLimitMb: 256, concurrency: 2, queue: 8 } as const;

// In the built package the worker is the compiled JavaScript beside this file. Under `--import tsx`
// (tests, development) it is the TypeScript source, and the worker registers tsx itself: Node does
// not apply `--import` to worker threads.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(`./table-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
const startWorker = (options: WorkerOptions): Worker =>
  fromSource
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`,
        { ...options, eval: true },
      )
    : new Worker(workerUrl, options);

const busy = () => unavailable('The insights table is being computed for too many requests at once. Try again shortly.');

/** Retry-After of a table that overran: the same data would overrun again, so not soon. */
export const overrunRetryAfterSeconds = 300;

/** The 503 of a table past its limits; `overran` marks it so the caller may remember it. */
export class TableOverrun extends ProblemError {
  constructor(what: string) {
    super(
      {
        type: problemTypes.unavailable,
        title: 'Service unavailable',
        status: 503,
        detail: `Computing the insights table ${what}: the answer would be too large or too slow for this server. Try again later, or merge small units.`,
      },
      { 'Retry-After': String(overrunRetryAfterSeconds) },
    );
  }
}

/** Builds tables in worker threads, a bounded number at a time. */
export class TableBuilder {
  readonly #limits: Required<{ [K in keyof TableLimits]: number }>;
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #idle: Worker[] = [];

  constructor(limits: TableLimits = {}) {
    this.#limits = {
      timeLimitMs: limits.timeLimitMs ?? defaults.timeLimitMs,
      memoryLimitMb: limits.memoryLimitMb ?? defaults.memoryLimitMb,
      concurrency: limits.concurrency ?? defaults.concurrency,
      queue: limits.queue ?? defaults.queue,
    };
  }

  /** Build a table; rejects with a 503 {@link ProblemError} past a limit ({@link TableOverrun} for time and memory). */
  async build(cases: readonly DisclosureCase[], options: { k: number; currentQuarter: Quarter; maxQuarters: number }): Promise<InsightsTableData> {
    if (this.#running >= this.#limits.concurrency) {
      if (this.#waiting.length >= this.#limits.queue) throw busy();
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#running++;
    try {
      return await this.#run({ cases, ...options });
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }

  /** Stop the idle workers (the server is closing). */
  async close(): Promise<void> {
    await Promise.all(this.#idle.splice(0).map((worker) => worker.terminate()));
  }

  #spawn(): Worker {
    const { memoryLimitMb } = this.#limits;
    const worker = startWorker({
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryLimitMb >> 3)), stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    // An idle worker does not keep the process alive.
    worker.unref();
    return worker;
  }

  #run(job: TableJob): Promise<InsightsTableData> {
    const { timeLimitMs, memoryLimitMb } = this.#limits;
    const worker = this.#idle.pop() ?? this.#spawn();
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (outcome: () => void, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (reusable && this.#idle.length < this.#limits.concurrency) this.#idle.push(worker);
        else void worker.terminate();
        outcome();
      };
      const onMessage = (reply: TableReply) =>
        finish(() => ('data' in reply ? resolve(reply.data) : reject(new Error(`insights table: ${reply.error}`))), true);
      const onError = (error: Error & { code?: string }) =>
        finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new TableOverrun(`needed more than ${memoryLimitMb} MB`) : error), false);
      const onExit = (code: number) => finish(() => reject(new TableOverrun(`stopped unexpectedly (exit code ${code})`)), false);
      const timer = setTimeout(() => finish(() => reject(new TableOverrun(`took longer than ${timeLimitMs} ms`)), false), timeLimitMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }
}
