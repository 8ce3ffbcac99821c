/**
 * Runs the bundled Action (dist/index.js) the way a GitHub runner does: a separate `node`
 * process, inputs as INPUT_<NAME> variables (upper-cased, dashes kept), the event payload in a
 * file named by GITHUB_EVENT_PATH, outputs and the job summary in files, and GITHUB_API_URL
 * pointing at the loopback fake API. Nothing of the test runner's environment leaks in (in
 * particular not VITEST, which would stop dist/index.js from running at all).
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../helpers/github-api-server.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION = join(ROOT, 'dist', 'index.js');

/** The child is killed after this long; a hang then shows as `timedOut`, not as a stuck suite. */
const KILL_AFTER_MS = 50_000;

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT parsed from its `name<<delimiter` blocks. */
  outputs: Record<string, string>;
  /** What the run wrote to GITHUB_STEP_SUMMARY ('' when nothing). */
  summary: string;
  /** Workflow commands (`::error::…`, `::warning file=…::…`) with their decoded messages. */
  commands: WorkflowCommand[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * A private copy of dist/ (the Action folder as a runner downloads it: no node_modules next to
 * it, so a bundle that is not self-contained fails here). Copying also keeps a concurrent
 * `npm run build` in the shared checkout from swapping chunks under a running test. Returns the
 * path of the copied index.js.
 */
export async function snapshotDist(): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const dir = scratchDir('mrg-e2e-dist-');
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    const entry = join(dir, 'dist', 'index.js');
    if (bundleComplete(join(dir, 'dist'))) return entry;
    // A build was rewriting dist/ while we copied: try again once it has settled.
    if (attempt >= 20) throw new Error('dist/ stayed inconsistent (missing chunks); run `npm run build`');
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Every relative import in the bundle's files points at a file that exists. */
function bundleComplete(dist: string): boolean {
  const files = [join(dist, 'index.js'), join(dist, 'cli.js')];
  if (existsSync(join(dist, 'chunks'))) for (const f of readdirSync(join(dist, 'chunks'))) files.push(join(dist, 'chunks', f));
  for (const file of files) {
    if (!existsSync(file)) return false;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*"(\.{1,2}\/[^"]+)"/g)) {
      if (!existsSync(join(dirname(file), m[1]!))) return false;
    }
  }
  return true;
}

export interface ActionRunOptions {
  /** Input name as in action.yml (e.g. `fail-on-score`) → value. */
  inputs: Record<string, string>;
  apiUrl: string;
  /** The checkout: GITHUB_WORKSPACE and the working directory. */
  workspace: string;
  eventName?: string;
  payload?: unknown;
  /** The event file's text as it is (a malformed one), instead of the payload as JSON. */
  rawEvent?: string;
  repository?: string;
  sha?: string;
  extraEnv?: Record<string, string>;
  /** The index.js to run (a snapshotDist() copy); default the checkout's dist/index.js. */
  entry?: string;
}

const made: string[] = [];

/** Removes every folder made by this module (call in afterAll). */
export function cleanupRuns(): void {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
}

export function scratchDir(prefix = 'mrg-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A fresh copy of a fixture repository (a checkout the run may scribble next to). */
export function checkout(fixture: string): string {
  const dir = scratchDir('mrg-e2e-ws-');
  cpSync(join(ROOT, fixture), dir, { recursive: true });
  return dir;
}

export function pullRequestPayload(number: number, headSha: string, repository = 'o/r'): Record<string, unknown> {
  const [owner, name] = repository.split('/');
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: headSha, ref: 'feature' },
      base: { sha: '0'.repeat(40), ref: 'main' },
    },
    repository: { name, owner: { login: owner }, full_name: repository },
  };
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const scratch = scratchDir('mrg-e2e-run-');
  const runnerTemp = join(scratch, 'runner-temp');
  mkdirSync(runnerTemp);
  const outputFile = join(scratch, 'github-output');
  const summaryFile = join(scratch, 'step-summary');
  const eventFile = join(scratch, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const sha = options.sha ?? 'c'.repeat(40);
  writeFileSync(eventFile, options.rawEvent ?? JSON.stringify(options.payload ?? pullRequestPayload(7, sha)));

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: options.repository ?? 'o/r',
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runnerTemp,
    ...options.extraEnv,
  };
  // How the runner names inputs: INPUT_ + upper case, spaces to underscores, dashes kept.
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [options.entry ?? ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const guard = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, KILL_AFTER_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve([c, s]));
  }).finally(() => clearTimeout(guard));

  return {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    commands: parseCommands(stdout),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter\nvalue\ndelimiter\n` per output. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=\s]+)<<(.+)$/.exec(lines[i]!);
    if (m === null) {
      if (lines[i] !== '') throw new Error(`unexpected GITHUB_OUTPUT line: ${lines[i]}`);
      continue;
    }
    const [, name, delimiter] = m;
    const end = lines.indexOf(delimiter!, i + 1);
    if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`);
    if (name! in out) throw new Error(`GITHUB_OUTPUT: ${name} set twice`);
    out[name!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

/** `::name k=v,k=v::message` lines, with the runner's %-escapes decoded. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (m === null) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * For the tests of one file or describe block: a snapshot of the built dist/ (so a rebuild during
 * the run cannot swap chunks under them) and a fake GitHub API, both made before the tests and
 * stopped or removed after them.
 */
export function bundledAction(): { readonly api: FakeGitHubApi; readonly entry: string } {
  let api: FakeGitHubApi | undefined;
  let entry: string | undefined;
  beforeAll(async () => {
    expect(existsSync(ACTION), 'run `npm run build` first').toBe(true);
    entry = await snapshotDist();
    api = await startFakeGitHubApi();
  });
  afterAll(async () => {
    await api?.stop();
    cleanupRuns();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('bundledAction() is read inside a test, after its beforeAll');
    return value;
  };
  return {
    get api() {
      return ready(api);
    },
    get entry() {
      return ready(entry);
    },
  };
}
