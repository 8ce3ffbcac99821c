import { parseArgs } from 'node:util';
import type { AivssVersion, MissingPolicy } from '../model/index.js';

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
  aivssVersion?: AivssVersion;
  failOnScore?: number;
  failOnPosture?: number;
  failOnMissing?: MissingPolicy;
  warnOnly: boolean;
  output?: string;
}

export type CliArgs = ScanArgs | LockArgs | BatchArgs | { command: 'help' } | { command: 'version' };

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
  mcp-risk-gate lock [DIR] [--check] [--tools FILE|DIR]   write or verify mcp-tools.lock.json
  mcp-risk-gate batch DIR [DIR...]     scan many repositories in one process; one JSON line each
      (accepts --aivss-version, --fail-on-score, --fail-on-posture, --fail-on-missing, --warn-only, --output)
  mcp-risk-gate --version | --help

Exit codes: 0 pass, 1 policy failed, 2 usage or input error.`;

function num(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 10) throw new CliUsageError(`--${name} must be a number from 0 to 10 (got "${v}")`);
  return n;
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

type Scoring = Pick<ScanArgs, 'aivssVersion' | 'failOnScore' | 'failOnPosture' | 'failOnMissing'>;

/** The AIVSS version and policy thresholds scan and batch share. */
function scoringFlags(v: Record<string, string | boolean | string[] | undefined>): Scoring {
  const out: Scoring = {};
  const aivss = oneOf('aivss-version', v['aivss-version'] as string | undefined, ['0.8', '0.5'] as const);
  if (aivss) out.aivssVersion = aivss;
  const score = num('fail-on-score', v['fail-on-score'] as string | undefined);
  if (score !== undefined) out.failOnScore = score;
  const posture = num('fail-on-posture', v['fail-on-posture'] as string | undefined);
  if (posture !== undefined) out.failOnPosture = posture;
  const missing = oneOf('fail-on-missing', v['fail-on-missing'] as string | undefined, ['required', 'recommended', 'none'] as const);
  if (missing) out.failOnMissing = missing;
  return out;
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
  if (command === 'batch') {
    if (!dir) throw new CliUsageError('batch needs at least one repository folder');
    const batch: BatchArgs = { command: 'batch', dirs: [dir, ...rest], warnOnly: v['warn-only'] === true, ...scoringFlags(v) };
    if (v.output !== undefined) batch.output = v.output;
    return batch;
  }
  if (rest.length > 0) throw new CliUsageError(`unexpected argument "${rest[0]}"`);
  if (command === 'lock') {
    return { command: 'lock', dir: dir ?? '.', check: v.check === true, ...(v.tools !== undefined && { tools: v.tools }) };
  }
  if (command !== 'scan') throw new CliUsageError(`unknown command "${command}" (expected scan, lock or batch)`);
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
  const inc = num('max-score-increase', v['max-score-increase']);
  if (inc !== undefined) args.maxScoreIncrease = inc;
  const format = oneOf('format', v.format, ['text', 'json', 'markdown', 'sarif'] as const);
  if (format) args.format = format;
  if (v.output !== undefined) args.output = v.output;
  if (v['no-color']) args.color = false;
  return args;
}
