/**
 * Issue 13, item 2: a credential planted in every place a hostile or careless setup can put one
 * never reaches any output. Real processes throughout: the CLI in-process with captured streams,
 * the bundled Action (dist/index.js) as a child against the loopback GitHub API, a real stdio MCP
 * server that repeats its secrets (fixtures/servers/leaky.mjs) and a real streamable-HTTP server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtifact } from '../../src/action/artifact.js';
import { scanRepository } from '../../src/scan.js';
import { cli } from '../helpers/run-cli.js';
import { bundledAction, pullRequestPayload, ROOT, runAction, scratchDir, type ActionRun } from './run-action.js';

/** Every planted secret, by where it was planted. Each is unique, so a hit names its source. */
const T = {
  urlUserinfo: 'UrlUserinfoPass5f4e3d2c1b',
  urlQuery: 'UrlQueryKey9a8b7c6d5e4f',
  cmdFlag: 'CmdFlagToken1q2w3e4r5t6y',
  cmdFlagEq: 'CmdApiKey7u8i9o0p1a2s',
  cmdEntropy: 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm',
  envValue: 'EnvValue0p9o8i7u6y5t',
  envPassThrough: 'PassThrough4r3e2w1q0z',
  // What leaky.mjs puts in its tool description and stderr.
  descGithub: 'ghp_Desc0123456789abcdefghijklmnopqrstuv',
  descKeyBody: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDleakyKeyBody',
  stderrJwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZWFreSJ9.c2lnbmF0dXJlTGVha3lKd3Q',
  // Committed to the repository.
  committedGithub: 'ghp_Comm0123456789abcdefghijklmnopqrstuv',
  committedAws: 'AKIAZ7Y6X5W4V3U2T1S0',
  committedStripe: 'sk_live_51Hq2w3e4r5t6y7u8i9o0pAbCd',
  committedSlack: 'xoxb-1234567890-abcdefghijKLMN',
  mcpbArg: 'McpbArgToken3e4r5t6y7u8i',
  remoteKey: 'RemoteUrlKey6h5g4f3d2s1a',
} as const;

const LEAKY = join(ROOT, 'fixtures/servers/leaky.mjs');
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const COMMAND = `${quote(process.execPath)} ${quote(LEAKY)} --token ${T.cmdFlag} --api-key=${T.cmdFlagEq} ${T.cmdEntropy}`;
const CRASHING = `${COMMAND} --crash`;

/** A repository with credentials committed in source, in an MCPB argument and in a remote URL. */
function leakyRepo(): string {
  const dir = scratchDir('mrg-redact-repo-');
  const files: Record<string, string> = {
    'server.json': JSON.stringify({
      $schema: 'https://static.modelcontextprotocol.io/schemas/2025-10-17/server.schema.json',
      name: 'io.github.example/leaky',
      description: 'A server whose manifests carry credentials.',
      version: '1.0.0',
      packages: [{ registryType: 'npm', identifier: '@example/leaky', version: '1.0.0', transport: { type: 'stdio' }, environmentVariables: [{ name: 'API_TOKEN', isSecret: true, isRequired: true }] }],
      remotes: [{ type: 'streamable-http', url: `https://action.api.example.com/mcp?key=${T.remoteKey}&region=eu` }],
    }, null, 2),
    'manifest.json': JSON.stringify({
      manifest_version: '0.2',
      name: 'leaky',
      version: '1.0.0',
      description: 'Leaky MCPB bundle',
      author: { name: 'Example' },
      server: { type: 'node', entry_point: 'server/index.js', mcp_config: { command: 'node', args: ['${__dirname}/server/index.js', '--token', T.mcpbArg] } },
      tools: [{ name: 'fetch_report', description: 'Fetches a report.' }],
    }, null, 2),
    'src/config.ts': `export const token = "${T.committedGithub}";\n`,
    'src/aws.ts': `export const key = '${T.committedAws}';\n`,
    'src/pay.ts': `export const stripe = '${T.committedStripe}';\nexport const slack = '${T.committedSlack}';\n`,
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/** The planted secrets found in `text`, as `label: name` (empty when nothing leaked). */
function leaks(label: string, text: string): string[] {
  return Object.entries(T)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => `${label}: ${name}`);
}

/** Markdown with backslash escapes removed: the text a reader sees. */
const unescaped = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

let http: ChildProcess;
let httpUrl: string;

beforeAll(async () => {
  http = spawn(process.execPath, [join(ROOT, 'fixtures/servers/well-behaved-http.mjs')], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  httpUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    http.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /LISTENING (\S+)/.exec(seen);
      if (m) resolve(m[1]!);
    });
    http.once('exit', (code) => reject(new Error(`fixture HTTP server exited with ${code}`)));
  });
});

afterAll(async () => {
  if (http.pid !== undefined) {
    process.kill(-http.pid, 'SIGKILL');
    await new Promise((r) => (http.exitCode !== null ? r(undefined) : http.once('exit', r)));
  }
});

/** The HTTP fixture's URL with credentials in the query (the server ignores them and answers). */
const queryUrl = (): string => `${httpUrl}?api_key=${T.urlQuery}&mode=ro`;
/** With userinfo too: fetch refuses such URLs, so this is the introspection error path. */
const userinfoUrl = (): string => queryUrl().replace('http://', `http://leaky-user:${T.urlUserinfo}@`);

describe('the CLI never prints a planted secret', () => {
  const FORMATS = ['json', 'markdown', 'sarif', 'text'] as const;

  it.each(FORMATS)('scan --format %s with a live server that repeats its secrets', async (format) => {
    const r = await cli('scan', leakyRepo(), '--introspect-command', COMMAND, '--introspect-env', `LEAK_SECRET=${T.envValue}`, '--format', format);
    expect(r.code, r.stderr).toBe(1);
    expect(leaks(format, r.stdout + r.stderr)).toEqual([]);
    // The secrets were there to leak: their markers say what was removed (Markdown escapes the brackets).
    if (format !== 'text') expect(unescaped(r.stdout)).toContain('[redacted: GitHub token]');
    if (format === 'json') expect(r.stdout).toContain('[redacted: introspect-command argument]');
  });

  it.each(FORMATS)('scan --format %s when the server crashes printing its secrets to stderr', async (format) => {
    const r = await cli('scan', leakyRepo(), '--introspect-command', CRASHING, '--introspect-env', `LEAK_SECRET=${T.envValue}`, '--format', format);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('live introspection failed');
    expect(leaks(format, r.stdout + r.stderr)).toEqual([]);
    if (format === 'json') expect(r.stdout).toContain('[redacted: introspect-env value]');
  });

  it.each(FORMATS)('scan --format %s over HTTP with credentials in the URL query', async (format) => {
    const r = await cli('scan', leakyRepo(), '--introspect-url', queryUrl(), '--format', format);
    expect([0, 1]).toContain(r.code);
    expect(leaks(format, r.stdout + r.stderr)).toEqual([]);
  });

  it('the introspection error path with URL userinfo, and a malformed URL', async () => {
    for (const url of [userinfoUrl(), `http://leaky-user:${T.urlUserinfo}@[bad/mcp?api_key=${T.urlQuery}`]) {
      for (const format of FORMATS) {
        const r = await cli('scan', leakyRepo(), '--introspect-url', url, '--format', format);
        expect(r.code).toBe(2);
        expect(leaks(`${format} ${url.slice(0, 30)}`, r.stdout + r.stderr)).toEqual([]);
      }
    }
  });

  it('--output FILE holds no secret either', async () => {
    const out = join(scratchDir('mrg-redact-out-'), 'report.json');
    const r = await cli('scan', leakyRepo(), '--introspect-command', COMMAND, '--introspect-env', `LEAK_SECRET=${T.envValue}`, '--format', 'json', '--output', out);
    expect(r.code).toBe(1);
    expect(leaks('file', readFileSync(out, 'utf8') + r.stdout + r.stderr)).toEqual([]);
  });

  it('batch lines', async () => {
    const r = await cli('batch', leakyRepo(), leakyRepo());
    // Two repository lines and the summary line.
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(leaks('batch', r.stdout + r.stderr)).toEqual([]);
  });
});

describe('the Action never writes a planted secret', () => {
  const action = bundledAction();
  let pr = 300;

  async function gate(inputs: Record<string, string>): Promise<{ run: ActionRun; everything: string; number: number }> {
    const number = ++pr;
    const seen = action.api.requests.length;
    const sha = 'd'.repeat(40);
    const run = await runAction({
      inputs: { path: '.', 'github-token': 'ghs_fake_token', comment: 'always', ...inputs },
      apiUrl: action.api.url,
      workspace: leakyRepo(),
      payload: pullRequestPayload(number, sha),
      sha,
      entry: action.entry,
      extraEnv: { LEAK_PASS: T.envPassThrough },
    });
    expect(run.timedOut, run.stderr).toBe(false);
    // `::add-mask::` is how secrets are registered with the runner, which never shows that line.
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const files = ['report-json', 'sarif'].map((o) => run.outputs[o]).filter((p): p is string => p !== undefined && p !== '' && existsSync(p));
    const everything = [
      log,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      ...files.map((f) => readFileSync(f, 'utf8')),
      ...action.api.commentsOn(number).map((c) => c.body),
      ...action.api.requests.slice(seen).map((q) => JSON.stringify(q.body ?? '')),
    ].join('\n');
    return { run, everything, number };
  }

  const masked = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));

  it('gate with a live stdio server: comment, summary, log, annotations, outputs, SARIF and report', async () => {
    const { run, everything, number } = await gate({ 'introspect-command': COMMAND, 'introspect-env': `LEAK_SECRET=${T.envValue}\nLEAK_PASS` });
    expect(run.code).toBe(1);
    expect(action.api.commentsOn(number)).toHaveLength(1);
    expect(leaks('action', everything)).toEqual([]);
    // The comment no longer quotes finding messages; the summary (in the log here) still shows the redaction.
    expect(unescaped(everything)).toContain('[redacted: GitHub token]');
    expect(readFileSync(run.outputs['report-json']!, 'utf8')).toContain('[redacted: introspect-command argument]');
    // What the Action knows to be secret is also registered with the runner.
    expect(masked(run)).toEqual(expect.arrayContaining([T.envValue, T.envPassThrough, T.cmdFlag, T.cmdFlagEq, T.cmdEntropy]));
  });

  it('the introspection error path: stderr tail in ::error, summary, comment and report', async () => {
    const { run, everything } = await gate({ 'introspect-command': CRASHING, 'introspect-env': `LEAK_SECRET=${T.envValue}\nLEAK_PASS` });
    expect(run.code).toBe(1);
    expect(run.commands.some((c) => c.command === 'error' && c.message.includes('live introspection failed'))).toBe(true);
    expect(leaks('action crash', everything)).toEqual([]);
    expect(readFileSync(run.outputs['report-json']!, 'utf8')).toContain('[redacted: introspect-env value]');
  });

  it('introspect-url with credentials in the query, and with userinfo (error path)', async () => {
    const ok = await gate({ 'introspect-url': queryUrl() });
    expect(leaks('action url', ok.everything)).toEqual([]);
    expect(masked(ok.run)).toContain(T.urlQuery);
    const bad = await gate({ 'introspect-url': userinfoUrl() });
    expect(bad.run.code).toBe(1);
    expect(leaks('action userinfo', bad.everything)).toEqual([]);
    expect(masked(bad.run)).toEqual(expect.arrayContaining([T.urlUserinfo, T.urlQuery]));
  });

  it('report mode: an artifact that still holds secrets (an older analyze run) is redacted before it is shown', async () => {
    const number = ++pr;
    const sha = 'e'.repeat(40);
    const outcome = await scanRepository({ dir: leakyRepo(), introspect: { command: CRASHING, env: [`LEAK_SECRET=${T.envValue}`], allowUntrusted: false } });
    const raw = JSON.stringify(buildArtifact({ headSha: sha, pullRequest: number, result: outcome.result }));
    // The planted secrets are in the artifact: otherwise this test would prove nothing.
    expect(leaks('artifact', raw).length).toBeGreaterThan(3);
    const folder = scratchDir('mrg-redact-artifact-');
    writeFileSync(join(folder, 'mcp-risk-gate-report.json'), raw);
    action.api.pulls.set(`o/r#${number}`, { number, headSha: sha });
    const seen = action.api.requests.length;
    const run = await runAction({
      inputs: { path: folder, mode: 'report', 'github-token': 'ghs_fake_token', comment: 'always' },
      apiUrl: action.api.url,
      workspace: folder,
      eventName: 'workflow_run',
      payload: { workflow_run: { head_sha: sha, pull_requests: [] }, repository: { name: 'r', owner: { login: 'o' }, full_name: 'o/r' } },
      sha,
      entry: action.entry,
    });
    expect(run.timedOut, run.stderr).toBe(false);
    expect(action.api.commentsOn(number)).toHaveLength(1);
    const everything = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...action.api.requests.slice(seen).map((q) => JSON.stringify(q.body ?? ''))].join('\n');
    // A bare random argument or an env value is known only to the run that had it (the analyze run,
    // which redacts them itself); here every secret a pattern can recognise must be gone.
    const runOnly = ['cmdEntropy', 'envValue', 'envPassThrough'].map((n) => `report mode: ${n}`);
    expect(leaks('report mode', everything).filter((l) => !runOnly.includes(l))).toEqual([]);
  });
});
