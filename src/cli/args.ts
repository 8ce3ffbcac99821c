import { parseArgs } from 'node:util';
import type { AivssVersion, MissingPolicy } from '../model/index.js';
import { PolicyInputError, parseAivssVersionInput, parsePolicyInputs } from '../policy/parse.js';

export class CliUsageError extends Error {}

export interface ScanArgs {
  command: 'scan';
  dir: string;
  config?: string;
  manifests: string[];
  tools?: string;
  introspectCommand?: string;
  introspectUrl?: string;
  introspectEnv: string[];
  aivssVersion?: AivssVersion;
  baseRef?: string;
  /** With --base-ref: the profile changes were reviewed; the pull request's own profile applies. */
  allowProfileChanges: boolean;
  failOnScore?: number;
  failOnPosture?: number;
  failOnMissing?: MissingPolicy;
  maxScoreIncrease?: number;
  warnOnly: boolean;
  format?: 'text' | 'json' | 'markdown' | 'sarif';
  output?: string;
  color?: boolean;
  /** Organisation policy file (schemas/org-policy.schema.json). */
  orgPolicy?: string;
}

export interface LockArgs {
  command: 'lock';
  dir: string;
  check: boolean;
  tools?: string;
}

/** Many repositories in one process, as a security team scanning an organisation does. */
export interface BatchArgs {
  command: 'batch';
  dirs: string[];
  /** A file of repository paths, one a line (`-`: standard input). */
  from?: string;
  /** Parallel scans; default the core count. */
  jobs?: number;
  /** Per-repository time limit in seconds; default 60. */
  timeoutSeconds?: number;
  orgPolicy?: string;
  introspectCommand?: string;
  introspectEnv: string[];
  aivssVersion?: AivssVersion;
  failOnScore?: number;
  failOnPosture?: number;
  failOnMissing?: MissingPolicy;
  warnOnly: boolean;
  output?: string;
}

/** Merge batch NDJSON files (a matrix's outputs) into one Markdown summary page. */
export interface FleetSummaryArgs {
  command: 'fleet-summary';
  files: string[];
  output?: string;
}

export type CliArgs = ScanArgs | LockArgs | BatchArgs | FleetSummaryArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage:
  mcp-risk-gate scan [DIR]             score an MCP server repository (DIR defaults to .)
      --config FILE                    profile (default DIR/.mcp-risk.yml when present)
      --manifest PATH                  a manifest to read (repeatable; skips auto-discovery)
      --tools FILE|DIR                 a tools dump: array, {tools:[...]}, or a folder of per-tool files
      --introspect-command "CMD ARGS"  start the server over stdio and read tools/list (opt-in)
      --introspect-url URL             connect to a streamable-HTTP server (opt-in)
      --introspect-env NAME[=VALUE]    variable for the server process (repeatable)
      --aivss-version 0.8|0.5
      --base-ref REF                   compare against the same files at a git ref; the policy,
                                       waivers and overrides of .mcp-risk.yml come from REF, and a
                                       change that loosens them fails unless approved
      --allow-profile-changes          with --base-ref: approve those changes (after reviewing them)
      --fail-on-score N  --fail-on-posture N  --fail-on-missing required|recommended|none  --warn-only
      --max-score-increase N           with --base-ref: fail when the score rises by more than N
      --format text|json|markdown|sarif  (default: text on a terminal, json otherwise)
      --output FILE                    write the report to FILE instead of stdout
      --no-color
      --org-policy FILE                organisation policy every repository gets (may only be tightened)
  mcp-risk-gate lock [DIR] [--check] [--tools FILE|DIR]   write or verify mcp-tools.lock.json
  mcp-risk-gate batch [DIR...]         scan many repositories; one NDJSON line each as soon as it is
                                       done, then a summary line
      --from FILE|-                    read repository paths from FILE (one a line) or standard input
                                       (standard input is read too when no DIR is given)
      --jobs N                         parallel scans (default: the number of cores)
      --timeout SECONDS                per-repository time limit (default 60); a repository over it is an error line
      (also --org-policy, --introspect-command, --introspect-env, --aivss-version, --fail-on-score,
       --fail-on-posture, --fail-on-missing, --warn-only, --output)
  mcp-risk-gate fleet-summary FILE...  merge batch NDJSON files into one Markdown page (charts of
                                       the fleet by band and the most commonly missing controls)
  mcp-risk-gate --version | --help

Exit codes: 0 pass, 1 policy failed, 2 usage or input error.`;

type Scoring = Pick<ScanArgs, 'aivssVersion' | 'failOnScore' | 'failOnPosture' | 'failOnMissing' | 'maxScoreIncrease'>;

/** The AIVSS version and policy thresholds, read by the parser the Action uses too (src/policy/parse.ts). */
function scoringFlags(v: Record<string, string | boolean | string[] | undefined>): Scoring {
  const text = (name: string): string | undefined => (typeof v[name] === 'string' ? (v[name] as string) : undefined);
  try {
    const out: Scoring = {};
    const aivss = parseAivssVersionInput({ 'aivss-version': text('aivss-version') });
    if (aivss) out.aivssVersion = aivss;
    const p = parsePolicyInputs({
      'fail-on-score': text('fail-on-score'),
      'fail-on-posture': text('fail-on-posture'),
      'fail-on-missing': text('fail-on-missing'),
      'max-score-increase': text('max-score-increase'),
    });
    if (p.failOnScore !== undefined) out.failOnScore = p.failOnScore;
    if (p.failOnPosture !== undefined) out.failOnPosture = p.failOnPosture;
    if (p.failOnMissing !== undefined) out.failOnMissing = p.failOnMissing;
    if (p.maxScoreIncrease !== undefined) out.maxScoreIncrease = p.maxScoreIncrease;
    return out;
  } catch (err) {
    if (err instanceof PolicyInputError) throw new CliUsageError(`--${err.message}`);
    throw err;
  }
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

function positiveInt(name: string, v: string | undefined, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > max) throw new CliUsageError(`--${name} must be a whole number from 1 to ${max} (got "${v}")`);
  return Number(v);
}

export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        config: { type: 'string' },
        manifest: { type: 'string', multiple: true },
        tools: { type: 'string' },
        'introspect-command': { type: 'string' },
        'introspect-url': { type: 'string' },
        'introspect-env': { type: 'string', multiple: true },
        'aivss-version': { type: 'string' },
        'base-ref': { type: 'string' },
        'allow-profile-changes': { type: 'boolean' },
        'fail-on-score': { type: 'string' },
        'fail-on-posture': { type: 'string' },
        'fail-on-missing': { type: 'string' },
        'max-score-increase': { type: 'string' },
        'warn-only': { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string' },
        'no-color': { type: 'boolean' },
        check: { type: 'boolean' },
        'org-policy': { type: 'string' },
        from: { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
      },
    });
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command, dir, ...rest] = positionals;
  if (!command) return { command: 'help' };
  if (command === 'fleet-summary') {
    if (!dir) throw new CliUsageError('fleet-summary needs at least one NDJSON file (the batch outputs to merge)');
    return { command: 'fleet-summary', files: [dir, ...rest], ...(v.output !== undefined && { output: v.output }) };
  }
  if (command === 'batch') {
    const { maxScoreIncrease: _unused, ...scoring } = scoringFlags(v);
    if (_unused !== undefined) throw new CliUsageError('--max-score-increase needs a base ref, which batch does not take');
    const batch: BatchArgs = {
      command: 'batch',
      dirs: dir === undefined ? [] : [dir, ...rest],
      introspectEnv: v['introspect-env'] ?? [],
      warnOnly: v['warn-only'] === true,
      ...scoring,
    };
    const jobs = positiveInt('jobs', v.jobs, 256);
    if (jobs !== undefined) batch.jobs = jobs;
    const timeout = positiveInt('timeout', v.timeout, 86_400);
    if (timeout !== undefined) batch.timeoutSeconds = timeout;
    if (v.from !== undefined) batch.from = v.from;
    if (v['org-policy'] !== undefined) batch.orgPolicy = v['org-policy'];
    if (v['introspect-command'] !== undefined) batch.introspectCommand = v['introspect-command'];
    if (v.output !== undefined) batch.output = v.output;
    return batch;
  }
  for (const flag of ['from', 'jobs', 'timeout'] as const) if (v[flag] !== undefined) throw new CliUsageError(`--${flag} belongs to the batch command`);
  if (rest.length > 0) throw new CliUsageError(`unexpected argument "${rest[0]}"`);
  if (command === 'lock') {
    return { command: 'lock', dir: dir ?? '.', check: v.check === true, ...(v.tools !== undefined && { tools: v.tools }) };
  }
  if (command !== 'scan') throw new CliUsageError(`unknown command "${command}" (expected scan, lock, batch or fleet-summary)`);
  if (v.check) throw new CliUsageError('--check belongs to the lock command');
  const args: ScanArgs = {
    command: 'scan',
    dir: dir ?? '.',
    manifests: v.manifest ?? [],
    introspectEnv: v['introspect-env'] ?? [],
    warnOnly: v['warn-only'] === true,
    allowProfileChanges: v['allow-profile-changes'] === true,
    ...scoringFlags(v),
  };
  if (args.allowProfileChanges && v['base-ref'] === undefined) throw new CliUsageError('--allow-profile-changes approves profile changes against --base-ref; give --base-ref too');
  if (v.config !== undefined) args.config = v.config;
  if (v.tools !== undefined) args.tools = v.tools;
  if (v['introspect-command'] !== undefined) args.introspectCommand = v['introspect-command'];
  if (v['introspect-url'] !== undefined) args.introspectUrl = v['introspect-url'];
  if (v['base-ref'] !== undefined) args.baseRef = v['base-ref'];
  if (v['org-policy'] !== undefined) args.orgPolicy = v['org-policy'];
  const format = oneOf('format', v.format, ['text', 'json', 'markdown', 'sarif'] as const);
  if (format) args.format = format;
  if (v.output !== undefined) args.output = v.output;
  if (v['no-color']) args.color = false;
  return args;
}
