import { PassThrough } from 'node:stream';
import { runCli, type CliIo } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as a non-TTY caller would. */
export async function cli(...argv: string[]): Promise<CliRun> {
  return cliWith({}, ...argv);
}

/** The same, with more of the caller's side given (standard input, a terminal on stderr). */
export async function cliWith(io: Omit<CliIo, 'stdout' | 'stderr' | 'isTTY'>, ...argv: string[]): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await runCli(argv, { ...io, stdout: out, stderr: err, isTTY: false });
  return { code, stdout, stderr };
}
