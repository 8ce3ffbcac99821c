import nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';

/** Same test as src/batch/worker.ts, without loading it on every start. */
function isBatchWorker(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === 'mcp-risk-gate-batch-worker';
}

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

if (!isMainThread && isBatchWorker(workerData)) {
  // This file is also the batch's worker thread: one scan at a time, lines back to the main thread.
  const { serveBatchWorker } = await import('../batch/worker.js');
  serveBatchWorker();
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
