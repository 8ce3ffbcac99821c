import { errorLine, type RepositoryLine } from './line.js';

/** Runs one repository at a time; `dispose` stops whatever it was doing (a worker is terminated). */
export interface Executor {
  run(index: number, dir: string): Promise<RepositoryLine>;
  dispose(): Promise<void>;
}

export interface PoolOptions {
  jobs: number;
  /** Per-repository time limit. */
  timeoutMs: number;
  newExecutor: () => Executor;
  /** Called once per repository, as soon as it is done, in completion order. */
  onLine: (line: RepositoryLine, timedOut: boolean) => void;
}

/** Serialises pulls from one async iterator shared by the slots. */
function sharedPuller(source: AsyncIterable<string> | Iterable<string>): () => Promise<{ index: number; dir: string } | undefined> {
  const it: AsyncIterator<string> | Iterator<string> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<string>)[Symbol.asyncIterator]() : (source as Iterable<string>)[Symbol.iterator]();
  let chain: Promise<unknown> = Promise.resolve();
  let index = 0;
  let finished = false;
  return () => {
    const next = chain.then(async () => {
      if (finished) return undefined;
      const r = await it.next();
      if (r.done) {
        finished = true;
        return undefined;
      }
      return { index: index++, dir: r.value };
    });
    chain = next.catch(() => undefined);
    return next;
  };
}

/**
 * A pool of `jobs` slots over the input: each slot takes the next repository, runs it under the
 * time limit, and reports its line at once. A repository over the limit gets an error line and its
 * executor is replaced (a worker thread is terminated), so a hung scan holds no slot. Resolves when
 * the input is exhausted and every slot is idle.
 */
export async function runPool(source: AsyncIterable<string> | Iterable<string>, options: PoolOptions): Promise<void> {
  const pull = sharedPuller(source);
  const slot = async (): Promise<void> => {
    // Made on the first repository: more slots than repositories start no idle workers.
    let executor: Executor | undefined;
    try {
      for (let item = await pull(); item !== undefined; item = await pull()) {
        executor ??= options.newExecutor();
        const started = Date.now();
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
        });
        const outcome = await Promise.race([executor.run(item.index, item.dir), limit]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          const seconds = Math.round(options.timeoutMs / 100) / 10;
          options.onLine(
            errorLine(item.index, item.dir, `timed out after ${seconds} s (the per-repository limit; raise it with --timeout SECONDS)`, Date.now() - started),
            true,
          );
          const stuck = executor;
          executor = undefined;
          void stuck.dispose().catch(() => undefined);
        } else {
          options.onLine(outcome, false);
        }
      }
    } finally {
      await executor?.dispose().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, slot));
}
