// npm run bench: end-to-end wall time and peak memory of the bundled CLI, beside a bare node start.
// Usage: node scripts/bench.mjs [--runs N] [--json FILE] [--node PATH] [--baseline CLI]
// --node times the CLI, and the bare start beside it, on another Node binary (the Action runs on node24).
// --baseline times another build's dist/cli.js in the same rounds and prints each case as a ratio to it.
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const PRELOAD = join(ROOT, 'scripts', 'bench-rss.mjs');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 9;
const NODE = args.includes('--node') ? args[args.indexOf('--node') + 1] : process.execPath;
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const BASELINE = args.includes('--baseline') ? resolve(args[args.indexOf('--baseline') + 1]) : undefined;
if (BASELINE && !existsSync(BASELINE)) {
  console.error(`bench: --baseline ${BASELINE} does not exist; give the dist/cli.js of another build, e.g. from \`git worktree add /tmp/base <commit>\``);
  process.exit(2);
}
/** The regression a change may bring against the baseline build (issue 12). */
const BOUND = 0.1;
const work = mkdtempSync(join(tmpdir(), 'mrg-bench-'));

/** Wall time of one plain run (no preload, so the reference really is a bare `node -e ""`). */
function time(argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(NODE, argv, { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`benchmark command failed (${r.status}): ${argv.join(' ')}\n${r.stderr}`);
  return ms;
}

/** The case run by the baseline build, or undefined when that build cannot run it (a flag it lacks). */
function onBaseline(argv) {
  if (!BASELINE || argv[0] !== CLI) return undefined;
  const base = [BASELINE, ...argv.slice(1)];
  try {
    time(base); // one trial run, which also warms the baseline's file cache
    return base;
  } catch {
    return undefined;
  }
}

/** Peak resident memory of one run, read by a preloaded module at exit (a separate run: the preload costs time). */
function peakMiB(argv) {
  const rssFile = join(work, 'rss');
  spawnSync(NODE, ['--import', PRELOAD, ...argv], { env: { ...process.env, MRG_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return Number(readFileSync(rssFile, 'utf8')) / 1024;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const BARE = ['-e', ''];

/**
 * Runs of the case alternate with bare `node -e ""` runs, so a machine that speeds up or slows
 * down during the benchmark moves both medians alike and the ratio stays honest.
 */
function series(argv, runs = RUNS, reference = undefined) {
  time(argv); // warm the file cache
  const base = onBaseline(argv);
  const samples = [];
  const bare = [];
  const ref = [];
  const baseline = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(BARE));
    if (reference) ref.push(time(reference));
    if (base) baseline.push(time(base));
    samples.push(time(argv));
  }
  const medianMs = median(samples);
  const bareMs = median(bare);
  const out = { medianMs, bareMs, ratio: medianMs / bareMs, peakMiB: peakMiB(argv) };
  // A second reference run in the same rounds (the empty scan): what the case costs beyond start-up.
  if (reference) out.referenceMs = median(ref);
  if (base) {
    out.baselineMs = median(baseline);
    out.vsBaseline = medianMs / out.baselineMs;
  } else if (BASELINE && argv[0] === CLI) {
    out.baselineCannotRun = true;
  }
  return out;
}

/** A server with `n` realistic tools: names with verbs, descriptions, input schemas, mixed annotations. */
function generatedServer(n) {
  const dir = join(work, `generated-${n}`);
  mkdirSync(dir, { recursive: true });
  const verbs = ['list', 'get', 'create', 'update', 'delete', 'search', 'run', 'deploy'];
  const nouns = ['project', 'flag', 'environment', 'database', 'bucket', 'issue', 'file', 'webhook'];
  const tools = Array.from({ length: n }, (_, i) => {
    const verb = verbs[i % verbs.length];
    const noun = nouns[Math.floor(i / verbs.length) % nouns.length];
    const readOnly = ['list', 'get', 'search'].includes(verb);
    return {
      name: `${verb}_${noun}_${i}`,
      title: `${verb} ${noun} ${i}`,
      description: `${verb[0].toUpperCase()}${verb.slice(1)}s a ${noun} in the account. Returns the ${noun} as JSON with its id, name, owner and timestamps.`,
      inputSchema: {
        type: 'object',
        properties: { id: { type: 'string', description: `The ${noun} id` }, limit: { type: 'integer', minimum: 1, maximum: 100 }, url: { type: 'string', format: 'uri' } },
        required: ['id'],
      },
      ...(i % 3 !== 0 && { annotations: { readOnlyHint: readOnly, destructiveHint: verb === 'delete', openWorldHint: i % 2 === 0 } }),
    };
  });
  writeFileSync(join(dir, 'mcp-tools.json'), JSON.stringify(tools, null, 2));
  writeFileSync(
    join(dir, 'server.json'),
    JSON.stringify({
      $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
      name: 'io.example/generated',
      description: 'generated benchmark server',
      version: '1.0.0',
      packages: [{ registryType: 'npm', identifier: '@example/generated', version: '1.0.0', transport: { type: 'stdio' }, environmentVariables: [{ name: 'EXAMPLE_TOKEN', isSecret: true, isRequired: true }] }],
    }, null, 2),
  );
  return dir;
}

/** Each corpus file in a repository of its own, under the name it has in its source repository. */
function corpusRepos() {
  const corpus = join(ROOT, 'fixtures', 'corpus');
  return readdirSync(corpus).sort().map((f) => {
    const dir = join(work, 'corpus', f);
    mkdirSync(dir, { recursive: true });
    const base = f.split('__').pop();
    copyFileSync(join(corpus, f), join(dir, base.endsWith('.snap') ? 'tool.json' : base));
    return dir;
  });
}

/** A git repository with two commits: the second adds a destructive tool (the PR). */
function gitRepo() {
  const dir = join(work, 'git-repo');
  mkdirSync(dir, { recursive: true });
  const git = (...a) => {
    const r = spawnSync('git', a, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  copyFileSync(join(ROOT, 'fixtures', 'repos', 'configcat-like', 'server.json'), join(dir, 'server.json'));
  const tools = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'repos', 'configcat-like', 'mcp-tools.json'), 'utf8'));
  writeFileSync(join(dir, 'mcp-tools.json'), JSON.stringify(tools.slice(0, 40), null, 2));
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(join(dir, 'mcp-tools.json'), JSON.stringify([...tools.slice(0, 40), { name: 'delete_everything', description: 'Deletes every flag', inputSchema: { type: 'object' } }], null, 2));
  git('commit', '-qam', 'head');
  return dir;
}

/** `n` small checkouts built from the corpus, each with a manifest, a security policy and a source file. */
function batchRepos(n) {
  const corpus = join(ROOT, 'fixtures', 'corpus');
  const files = readdirSync(corpus).sort();
  return Array.from({ length: n }, (_, i) => {
    const f = files[i % files.length];
    const dir = join(work, 'batch', String(i));
    mkdirSync(join(dir, 'src'), { recursive: true });
    const base = f.split('__').pop();
    copyFileSync(join(corpus, f), join(dir, base.endsWith('.snap') ? 'tool.json' : base));
    writeFileSync(join(dir, 'SECURITY.md'), 'Report issues to security@example.invalid\n');
    writeFileSync(join(dir, 'src', 'index.ts'), `export const server = ${i};\n`);
    return dir;
  });
}

try {
  const results = {};
  results.bareNode = series(BARE);
  const corpus = corpusRepos();
  const perFile = corpus.map((dir) => series([CLI, 'scan', dir, '--format', 'json'], Math.max(3, Math.floor(RUNS / 3))));
  results.corpus = {
    files: corpus.length,
    medianMs: median(perFile.map((r) => r.medianMs)),
    bareMs: median(perFile.map((r) => r.bareMs)),
    ratio: median(perFile.map((r) => r.ratio)),
    maxMedianMs: Math.max(...perFile.map((r) => r.medianMs)),
    peakMiB: Math.max(...perFile.map((r) => r.peakMiB)),
  };
  if (BASELINE && perFile.every((r) => r.baselineMs !== undefined)) {
    results.corpus.baselineMs = median(perFile.map((r) => r.baselineMs));
    results.corpus.vsBaseline = median(perFile.map((r) => r.vsBaseline));
  } else if (BASELINE) {
    results.corpus.baselineCannotRun = true;
  }
  const empty = join(work, 'empty');
  mkdirSync(empty, { recursive: true });
  results.empty = series([CLI, 'scan', empty, '--format', 'json']);
  const emptyScan = [CLI, 'scan', empty, '--format', 'json'];
  results.tools2000 = series([CLI, 'scan', generatedServer(2000), '--format', 'json'], RUNS, emptyScan);
  results.ratio2000 = results.tools2000.ratio;
  results.tools2000.perToolUs = ((results.tools2000.medianMs - results.tools2000.referenceMs) / 2000) * 1000;
  results.baseVsHead = series([CLI, 'scan', gitRepo(), '--base-ref', 'HEAD~1', '--format', 'json']);
  const repos = batchRepos(200);
  // The worker pool: one worker thread (--jobs 1) against two (--jobs 2); both include start-up.
  results.batch200 = series([CLI, 'batch', '--jobs', '1', ...repos], Math.max(3, Math.floor(RUNS / 3)));
  results.batch200.perRepoMs = (results.batch200.medianMs - results.batch200.bareMs) / repos.length;
  results.batch200jobs2 = series([CLI, 'batch', '--jobs', '2', ...repos], Math.max(3, Math.floor(RUNS / 3)));
  results.batch200jobs2.perRepoMs = (results.batch200jobs2.medianMs - results.batch200jobs2.bareMs) / repos.length;

  const row = (name, r) =>
    `${name.padEnd(34)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${r.peakMiB.toFixed(1).padStart(7)} MiB  ${r.ratio.toFixed(2).padStart(5)}x bare (${r.bareMs.toFixed(0)} ms, interleaved)` +
    (r.vsBaseline !== undefined ? `  ${r.vsBaseline.toFixed(2)}x baseline (${r.baselineMs.toFixed(0)} ms)` : r.baselineCannotRun ? '  baseline: cannot run it' : '');
  console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${RUNS} runs per case (median wall time, peak RSS, ratio to bare node runs interleaved with the case)`);
  console.log(row('bare `node -e ""`', results.bareNode));
  console.log(row(`corpus (${corpus.length} repos, median of medians)`, results.corpus));
  console.log(`${''.padEnd(34)} slowest corpus file: ${results.corpus.maxMedianMs.toFixed(1)} ms`);
  console.log(row('empty repository', results.empty));
  console.log(row('generated server, 2,000 tools', results.tools2000));
  console.log(row('base vs head (git, 41 tools)', results.baseVsHead));
  console.log(row('batch of 200 repositories, --jobs 1', results.batch200));
  console.log(row('batch of 200 repositories, --jobs 2', results.batch200jobs2));
  console.log(`2,000 tools vs bare node: ${results.ratio2000.toFixed(2)}x (target < 3x); peak ${results.tools2000.peakMiB.toFixed(1)} MiB (target < 200 MiB)`);
  console.log(
    `2,000 tools beyond an empty scan (interleaved, ${results.tools2000.referenceMs.toFixed(0)} ms): ${results.tools2000.perToolUs.toFixed(0)} µs per tool, ${(results.tools2000.medianMs / results.tools2000.referenceMs).toFixed(2)}x the empty scan`,
  );
  console.log(`empty repository (start-up cost) vs bare node: ${results.empty.ratio.toFixed(2)}x`);
  console.log(`batch --jobs 1: ${results.batch200.perRepoMs.toFixed(1)} ms per repository after start-up (target < 20 ms); peak ${results.batch200.peakMiB.toFixed(1)} MiB`);
  console.log(`batch --jobs 2: ${results.batch200jobs2.perRepoMs.toFixed(1)} ms per repository after start-up; peak ${results.batch200jobs2.peakMiB.toFixed(1)} MiB (${availableParallelism()} cores)`);
  if (BASELINE) {
    const compared = Object.entries(results).filter(([, r]) => r?.vsBaseline !== undefined);
    const over = compared.filter(([, r]) => r.vsBaseline > 1 + BOUND).map(([name]) => name);
    if (compared.length === 0) {
      console.log(`against the baseline ${BASELINE}: it ran none of the cases (exit status other than 0 or 1), so nothing was compared`);
    } else {
      const [worstName, worst] = compared.reduce((a, b) => (b[1].vsBaseline > a[1].vsBaseline ? b : a));
      console.log(`against the baseline ${BASELINE}: slowest case ${worstName} at ${worst.vsBaseline.toFixed(2)}x; ` + (over.length === 0 ? `every case within +${BOUND * 100}%` : `over +${BOUND * 100}%: ${over.join(', ')}`));
    }
    results.baseline = { cli: BASELINE, bound: BOUND, compared: compared.map(([name]) => name), over };
  }
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
