import { isMainThread, parentPort, workerData, Worker } from 'node:worker_threads';
import { errorLine, type RepositoryLine } from './line.js';
import type { Executor } from './pool.js';
import { scanOne, type BatchScanOptions } from './scan-one.js';

/** Marks a worker thread started by the batch (the CLI entry serves it instead of parsing argv). */
export const BATCH_WORKER_ROLE = 'mcp-risk-gate-batch-worker';
/**
 * Also appended to the worker's argv, so the CLI entry can tell a worker without loading
 * node:worker_threads on every start; `workerData` then confirms it.
 */
export const BATCH_WORKER_ARG = `--${BATCH_WORKER_ROLE}`;

interface Job {
  index: number;
  dir: string;
}
interface Reply {
  index: number;
  line: RepositoryLine;
}

export function isBatchWorker(data: unknown): data is { role: string; options: BatchScanOptions } {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === BATCH_WORKER_ROLE;
}

/** True in a worker thread the batch started (not in a main thread given the marker argument). */
export function isBatchWorkerThread(): boolean {
  return !isMainThread && isBatchWorker(workerData);
}

/** The worker side: scan each repository the main thread sends and reply with its line. */
export function serveBatchWorker(): void {
  if (!parentPort || !isBatchWorker(workerData)) return;
  const port = parentPort;
  const options = workerData.options;
  port.on('message', (job: Job) => {
    void scanOne(job.index, job.dir, options).then((line) => port.postMessage({ index: job.index, line } satisfies Reply));
  });
}

/** An executor backed by one worker thread running `script` (the CLI entry, which serves the role above). */
export function workerExecutor(script: string, options: BatchScanOptions): Executor {
  const worker = new Worker(script, { argv: [BATCH_WORKER_ARG], workerData: { role: BATCH_WORKER_ROLE, options }, stdout: true, stderr: true });
  // The worker writes nothing itself; anything it might print must not interleave with the NDJSON.
  worker.stdout.resume();
  worker.stderr.resume();
  let pending: { index: number; dir: string; resolve: (l: RepositoryLine) => void; started: number } | undefined;
  let dead: string | undefined;
  const fail = (why: string): void => {
    dead = why;
    if (pending) {
      pending.resolve(errorLine(pending.index, pending.dir, `could not scan: the worker stopped (${why})`, Date.now() - pending.started));
      pending = undefined;
    }
  };
  worker.on('message', (reply: Reply) => {
    if (pending && reply.index === pending.index) {
      pending.resolve(reply.line);
      pending = undefined;
    }
  });
  worker.on('error', (err) => fail(err.message));
  worker.on('exit', (code) => fail(`exit code ${code}`));
  return {
    run(index, dir) {
      return new Promise<RepositoryLine>((resolve) => {
        const started = Date.now();
        if (dead !== undefined) return resolve(errorLine(index, dir, `could not scan: the worker stopped (${dead})`, 0));
        pending = { index, dir, resolve, started };
        worker.postMessage({ index, dir } satisfies Job);
      });
    },
    async dispose() {
      pending = undefined;
      await worker.terminate();
    },
  };
}

/** An executor in this thread (tests, or a build without the worker entry): the time limit still frees the slot. */
export function inProcessExecutor(options: BatchScanOptions): Executor {
  return { run: (index, dir) => scanOne(index, dir, options), dispose: async () => undefined };
}
