import nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * src/batch/worker.ts's BATCH_WORKER_ARG, written out: importing it, even from a module of its own,
 * would load one more chunk on every start. __tests__/e2e/batch-fleet.test.ts fails if they differ.
 */
const BATCH_WORKER_ARG = '--mcp-risk-gate-batch-worker';

// Node 22.1+ can keep the bytecode of the modules it compiles on disk and reuse it on the next
// run: a third of an empty scan's start-up. Older Node has no such API and compiles every time.
// It applies to modules loaded after this call, hence the dynamic import of the CLI itself.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `mcp-risk-gate scan | head` closes the pipe early: that is the reader's choice, not a crash.
// Any other write failure (a full disk: ENOSPC) means the report was lost: say so, exit 2.
for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]] as const) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (name === 'stdout') {
      const reason = `${err.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '')}${err.code ? ` (${err.code})` : ''}`;
      try {
        process.stderr.write(`mcp-risk-gate: could not write the report to stdout: ${reason}; free the space or write it with --output FILE elsewhere\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
    process.exit(2);
  });
}

// This file is also the batch's worker thread: one scan at a time, lines back to the main thread.
// The argument only says to look; the worker module checks it really is one (else it serves nothing).
const worker = process.argv.includes(BATCH_WORKER_ARG) ? await import('../batch/worker.js') : undefined;
if (worker?.isBatchWorkerThread()) {
  worker.serveBatchWorker();
} else {
  const { runCli } = await import('./run.js');
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.columns !== undefined ? { columns: process.stdout.columns } : {}),
    // Only `batch` reads it; a getter, so other commands never open the stream.
    get stdin() {
      return process.stdin;
    },
    stderrIsTTY: process.stderr.isTTY === true,
    workerScript: fileURLToPath(import.meta.url),
  });
  process.exitCode = code;
}
