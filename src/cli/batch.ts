import { createReadStream, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { BatchArgs } from './args.js';
import { CliUsageError } from './args.js';
import type { Redactor } from '../redact/index.js';
import { runPool, type Executor } from '../batch/pool.js';
import { Tally, type BatchLine } from '../batch/line.js';
import { inProcessExecutor, workerExecutor } from '../batch/worker.js';
import type { BatchScanOptions } from '../batch/scan-one.js';
import { readOrgPolicy } from '../policy/org-file.js';

export interface BatchIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Progress goes to stderr only when it is a terminal. */
  stderrIsTTY?: boolean;
  /** The CLI entry file; when set, each slot is a worker thread that can be stopped at the time limit. */
  workerScript?: string;
}

/** Default per-repository limit: a scan takes milliseconds; only a live server can take long. */
const DEFAULT_TIMEOUT_S = 60;

/** Repository paths: the arguments, then the --from file or standard input, one a line (blank lines and # comments skipped). */
async function* repositories(args: BatchArgs, io: BatchIo): AsyncGenerator<string> {
  yield* args.dirs;
  let stream: NodeJS.ReadableStream | undefined;
  if (args.from === '-' || (args.from === undefined && args.dirs.length === 0)) stream = io.stdin;
  else if (args.from !== undefined) stream = createReadStream(args.from);
  if (!stream) return;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) yield line;
  }
}

/**
 * `batch`: one NDJSON line per repository, written the moment it is done, then a summary line.
 * Exit 2 if any repository had input errors (or timed out), else 1 if any failed, else 0.
 */
export async function batchCommand(args: BatchArgs, io: BatchIo, redactor: Redactor): Promise<number> {
  if (args.dirs.length === 0 && args.from === undefined && (io.stdin === undefined || io.stdin.isTTY === true)) {
    throw new CliUsageError('batch needs at least one repository folder (as arguments, with --from FILE, or one a line on standard input)');
  }
  if (args.from !== undefined && args.from !== '-') {
    // Checked up front: a missing list is a usage error, not a batch of zero.
    try {
      await once(createReadStream(args.from), 'open');
    } catch (err) {
      throw new CliUsageError(`--from ${args.from}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message}`);
    }
  }
  const options: BatchScanOptions = {
    policy: {
      ...(args.failOnScore !== undefined && { failOnScore: args.failOnScore }),
      ...(args.failOnPosture !== undefined && { failOnPosture: args.failOnPosture }),
      ...(args.failOnMissing !== undefined && { failOnMissing: args.failOnMissing }),
      ...(args.warnOnly && { warnOnly: true }),
    },
    ...(args.aivssVersion !== undefined && { aivssVersion: args.aivssVersion }),
  };
  const timeoutMs = (args.timeoutSeconds ?? DEFAULT_TIMEOUT_S) * 1000;
  if (args.orgPolicy !== undefined) {
    const org = await readOrgPolicy(args.orgPolicy);
    if ('errors' in org) throw new CliUsageError(org.errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}${e.hint ? ` (fix: ${e.hint})` : ''}`).join('\n'));
    options.org = { policy: org.policy, path: args.orgPolicy, baseDir: dirname(resolve(args.orgPolicy)) };
  }
  if (args.introspectCommand !== undefined) {
    // The server stops itself a little before the slot is reclaimed, so it is not left running.
    options.introspect = { command: args.introspectCommand, env: args.introspectEnv, timeoutMs: Math.max(1000, Math.floor(timeoutMs * 0.8)) };
  }
  const jobs = args.jobs ?? availableParallelism();
  const out: NodeJS.WritableStream = args.output !== undefined ? createWriteStream(args.output) : io.stdout;
  if (args.output !== undefined) {
    try {
      await once(out, 'open');
    } catch (err) {
      throw new CliUsageError(`--output ${args.output}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (err as Error).message}`);
    }
  }
  // A file that fails mid-way (a full disk) must not crash the batch with a stack: say so at the end.
  let writeError: NodeJS.ErrnoException | undefined;
  if (args.output !== undefined) out.on('error', (err: NodeJS.ErrnoException) => (writeError ??= err));
  // Every line goes through the run's redactor, like every other output.
  const write = (line: BatchLine): void => void out.write(`${JSON.stringify(redactor.deep(line))}\n`);
  const tally = new Tally();
  const started = Date.now();
  const newExecutor = (): Executor => (io.workerScript !== undefined ? workerExecutor(io.workerScript, options) : inProcessExecutor(options));
  await runPool(repositories(args, io), {
    jobs,
    timeoutMs,
    newExecutor,
    onLine: (line, timedOut) => {
      tally.add(line, timedOut);
      write(line);
      if (io.stderrIsTTY) io.stderr.write(redactor.text(`\r\x1b[K mcp-risk-gate batch: ${tally.progress()}`));
    },
  });
  if (io.stderrIsTTY) io.stderr.write('\n');
  write(tally.summary(jobs, Date.now() - started));
  if (args.output !== undefined) {
    const file = out as NodeJS.WritableStream & { end(cb: (err?: NodeJS.ErrnoException | null) => void): void };
    await new Promise<void>((done) => {
      // The error may reach the end callback before the 'error' event: take it from either.
      file.end((err?: NodeJS.ErrnoException | null) => {
        if (err) writeError ??= err;
        done();
      });
      out.once('error', () => done());
    });
    if (writeError) {
      io.stderr.write(redactor.text(`mcp-risk-gate: could not write the batch lines to ${args.output}: ${writeError.code === 'ENOSPC' ? 'no space left on device' : writeError.message} (${writeError.code ?? 'error'})\n`));
      return 2;
    }
  }
  return tally.exitCode();
}
