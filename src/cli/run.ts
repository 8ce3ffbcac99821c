import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readOrgPolicy } from '../policy/org-file.js';
import type { OrgPolicy } from '../policy/org.js';
import { CliUsageError, USAGE, parseCli, type BatchArgs, type FleetSummaryArgs, type LockArgs, type ScanArgs } from './args.js';
import { scanRepository, type ApprovalCheck } from '../scan.js';
import { UsageError } from '../repo/discover.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif, sarifToString } from '../report/sarif.js';
import { applyPolicy } from '../policy/gate.js';
import type { PolicyInputs } from '../policy/settings.js';
import { TOOL_VERSION } from '../version.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { createRedactor, type Redactor } from '../redact/index.js';
import { introspectionSecrets, type IntrospectionInputs } from '../introspect/secrets.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
  /** The terminal's width, when it has one (the text report fits it, at least 80 columns). */
  columns?: number;
  env?: Readonly<Record<string, string | undefined>>;
  /** For `batch` reading repository paths from standard input. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Batch progress goes to stderr only when it is a terminal. */
  stderrIsTTY?: boolean;
  /** The CLI entry file, run as the batch's worker threads (absent in-process: tests). */
  workerScript?: string;
}

/** The report could not be written (--output in a missing folder, a full disk): exit 2 with the reason, not an internal error. */
class OutputError extends Error {}

async function writeOutput(file: string, body: string): Promise<void> {
  try {
    await writeFile(file, body);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new OutputError(`could not write the report to ${file}: ${e.code === 'ENOENT' ? 'its folder does not exist' : e.code === 'ENOSPC' ? 'no space left on device' : e.message} (${e.code ?? 'error'})`);
  }
}

/** Runs the CLI and returns its exit code (0 pass, 1 policy failed, 2 usage or input error); never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Built from the raw arguments before parsing, so even a usage error never echoes a secret.
  const redactor = createRedactor(introspectionSecrets(introspectionArgs(argv), io.env ?? process.env));
  const say = (text: string): void => void io.stderr.write(redactor.text(text));
  try {
    const args = parseCli(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(USAGE + '\n');
        return 0;
      case 'version':
        io.stdout.write(TOOL_VERSION + '\n');
        return 0;
      case 'lock':
        return await lock(args, io, redactor);
      case 'scan':
        return await scan(args, io, redactor);
      case 'batch':
        return await batch(args, io, redactor);
      case 'fleet-summary':
        return await fleetSummary(args, io, redactor);
    }
  } catch (err) {
    if (err instanceof CliUsageError || err instanceof UsageError) {
      say(`mcp-risk-gate: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof OutputError) {
      io.stderr.write(`mcp-risk-gate: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    say(`mcp-risk-gate: internal error: ${message}\nPlease report this with the command you ran.\n`);
    if ((io.env ?? process.env)['MCP_RISK_GATE_DEBUG'] && err instanceof Error) say(`${err.stack}\n`);
    return 2;
  }
}

/** The introspection flags as typed (`--flag value` or `--flag=value`), for the run's secrets. */
function introspectionArgs(argv: readonly string[]): IntrospectionInputs {
  const values = (flag: string): string[] => {
    const out: string[] = [];
    argv.forEach((a, i) => {
      if (a === flag && i + 1 < argv.length) out.push(argv[i + 1]!);
      else if (a.startsWith(`${flag}=`)) out.push(a.slice(flag.length + 1));
    });
    return out;
  };
  return { command: values('--introspect-command').join(' '), url: values('--introspect-url').join(' '), env: values('--introspect-env') };
}

// The commands other than `scan` are loaded when run: a scan does not compile them, nor load the
// worker threads, readline and os modules the batch needs.
async function lock(args: LockArgs, io: CliIo, redactor: Redactor): Promise<number> {
  const { lockCommand } = await import('./lock.js');
  return lockCommand({
    dir: args.dir,
    check: args.check,
    getTools: async (dir) => {
      const outcome = await scanRepository({ dir, ...(args.tools !== undefined && { tools: args.tools }) });
      if (outcome.result.errors.length > 0) {
        const e = outcome.result.errors[0]!;
        throw new Error(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
      }
      return outcome.result.profile.tools;
    },
    out: (t) => io.stdout.write(`${redactor.text(t)}\n`),
    err: (t) => io.stderr.write(`${redactor.text(t)}\n`),
  });
}

async function batch(args: BatchArgs, io: CliIo, redactor: Redactor): Promise<number> {
  const { batchCommand } = await import('./batch.js');
  return batchCommand(args, {
    stdout: io.stdout,
    stderr: io.stderr,
    ...(io.stdin !== undefined && { stdin: io.stdin }),
    ...(io.stderrIsTTY !== undefined && { stderrIsTTY: io.stderrIsTTY }),
    ...(io.workerScript !== undefined && { workerScript: io.workerScript }),
  }, redactor);
}

/** Merges batch NDJSON files into one summary page; an unreadable file is a usage error. */
async function fleetSummary(args: FleetSummaryArgs, io: CliIo, redactor: Redactor): Promise<number> {
  const texts: string[] = [];
  for (const file of args.files) {
    try {
      texts.push(await readFile(file, 'utf8'));
    } catch (err) {
      throw new CliUsageError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message}`);
    }
  }
  const { readFleet, renderFleetSummary } = await import('../report/fleet.js');
  const merged = readFleet(texts.join('\n'));
  const body = redactor.text(renderFleetSummary(merged));
  if (args.output) await writeOutput(args.output, body);
  else io.stdout.write(body);
  return 0;
}

function policyInputs(args: ScanArgs): PolicyInputs {
  return {
    ...(args.failOnScore !== undefined && { failOnScore: args.failOnScore }),
    ...(args.failOnPosture !== undefined && { failOnPosture: args.failOnPosture }),
    ...(args.failOnMissing !== undefined && { failOnMissing: args.failOnMissing }),
    ...(args.maxScoreIncrease !== undefined && { maxScoreIncrease: args.maxScoreIncrease }),
    ...(args.warnOnly && { warnOnly: true }),
  };
}

/** The org policy named by --org-policy; a bad file is a usage error naming the file and line. */
async function orgPolicyOf(file: string | undefined): Promise<{ policy: OrgPolicy; path: string; baseDir: string } | undefined> {
  if (file === undefined) return undefined;
  const org = await readOrgPolicy(file);
  if ('errors' in org) throw new CliUsageError(org.errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}${e.hint ? ` (fix: ${e.hint})` : ''}`).join('\n'));
  return { policy: org.policy, path: file, baseDir: dirname(resolve(file)) };
}

/** The CLI reads no labels or reviews: the person running it approves with the flag, or nobody does. */
function cliApproval(allowed: boolean): ApprovalCheck {
  return async () =>
    allowed
      ? { state: 'approved', by: '--allow-profile-changes', message: 'approved on the command line with --allow-profile-changes' }
      : { state: 'not-approved', message: 'the command line cannot check labels or reviews; review the change, then re-run with --allow-profile-changes (in the Action, the base profile\'s `approvals:` decides)' };
}

async function scan(args: ScanArgs, io: CliIo, redactor: Redactor): Promise<number> {
  const env = io.env ?? process.env;
  const org = await orgPolicyOf(args.orgPolicy);
  const outcome = await scanRepository({
    ...(org && { org }),
    dir: args.dir,
    ...(args.config !== undefined && { config: args.config }),
    ...(args.manifests.length > 0 && { manifests: args.manifests }),
    ...(args.tools !== undefined && { tools: args.tools }),
    ...(args.aivssVersion && { aivssVersion: args.aivssVersion }),
    ...(args.baseRef !== undefined && { baseRef: args.baseRef, approveProfileChanges: cliApproval(args.allowProfileChanges) }),
    ...((args.introspectCommand !== undefined || args.introspectUrl !== undefined) && {
      introspect: {
        ...(args.introspectCommand !== undefined && { command: args.introspectCommand }),
        ...(args.introspectUrl !== undefined && { url: args.introspectUrl }),
        env: args.introspectEnv,
        // A developer running the CLI chose to start the server; the guard is for CI events.
        allowUntrusted: false,
        ...(env['GITHUB_EVENT_NAME'] !== undefined && { eventName: env['GITHUB_EVENT_NAME'] }),
      },
    }),
  });
  // Decided on what was read. Each renderer redacts what it is given (the JSON report only what it
  // writes of a 2,000-tool result, not the raw schemas); the lines this function prints itself are
  // redacted one by one below.
  const { result, base, decision, delta, policy } = applyPolicy(outcome.result, outcome.base, policyInputs(args), org);

  const format = args.format ?? (io.isTTY && !args.output ? 'text' : 'json');
  let body: string;
  switch (format) {
    case 'json':
      body = renderJson(result, delta, redactor);
      break;
    case 'markdown':
      body = renderMarkdown(result, decision, { target: 'summary', ...(delta && { delta }), ...(base && { base }), redactor });
      break;
    case 'sarif':
      body = sarifToString(renderSarif(result, { decision, redactor }));
      break;
    case 'text':
      body = renderText(result, {
        color: args.color ?? (io.isTTY && !args.output && !env['NO_COLOR']),
        redactor,
        policy,
        ...(delta && { delta }),
        ...(base && { base }),
        width: io.isTTY && !args.output ? Math.max(80, io.columns ?? 80) : 80,
      });
      break;
  }
  if (args.output) await writeOutput(args.output, body);
  else io.stdout.write(body);

  if (outcome.exitCode === 2 || decision.exitCode === 2) {
    io.stderr.write(`mcp-risk-gate: ${result.errors.length} input error(s); fix them and run again (exit 2)\n`);
    for (const e of result.errors.slice(0, 10)) {
      const where = `${e.path}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;
      io.stderr.write(redactor.text(`  ${terminalSafe(where)}: ${terminalSafe(e.message, 400)}${e.hint ? ` (fix: ${terminalSafe(e.hint, 400)})` : ''}\n`));
    }
    return 2;
  }
  if (decision.result === 'fail' && format !== 'text') {
    io.stderr.write(redactor.text(`mcp-risk-gate: policy failed:\n${decision.reasons.map((r) => `  ${terminalSafe(r, 400)}`).join('\n')}\n`));
  }
  return decision.exitCode;
}
