/**
 * Base-vs-head comparison on a real git repository made in the test: the base commit has a
 * read-only server, the PR commit adds a destructive tool without annotations. The CLI (in
 * process) and the bundled Action read the base with git, without a second checkout.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delta } from '../../src/policy/delta.js';
import { appendTool, commitMainThenBranch, git } from '../helpers/git-repo.js';
import { cli } from '../helpers/run-cli.js';
import { bundledAction, cleanupRuns, pullRequestPayload, ROOT, runAction, scratchDir } from './run-action.js';

const NEW_TOOL = 'delete_all_records';

interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** main: the read-only fixture. feature (checked out): the same plus an unannotated destructive tool. */
function makeRepo(): Repo {
  const dir = scratchDir('mrg-e2e-git-');
  cpSync(join(ROOT, 'fixtures/e2e/readonly-server'), dir, { recursive: true });
  const baseSha = commitMainThenBranch(dir, 'base: read-only weather server');
  appendTool(dir, {
    name: NEW_TOOL,
    description: 'Delete every record in the forecast cache database.',
    inputSchema: { type: 'object', properties: { table: { type: 'string' } }, required: ['table'] },
  });
  git(dir, 'commit', '-q', '-am', `add ${NEW_TOOL}`);
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

interface JsonReport {
  score: number;
  delta?: Delta;
  findings: { id: string; aivss: number }[];
  decision: { result: string; reasons: string[] };
  errors: { path: string; message: string; hint?: string }[];
}

let repo: Repo;

beforeAll(() => {
  repo = makeRepo();
});

afterAll(() => {
  cleanupRuns();
});

describe('scan --base-ref (CLI)', () => {
  it('reports the new tool, the new findings and the score before → after, and fails on max-score-increase', async () => {
    const r = await cli('scan', repo.dir, '--base-ref', 'main', '--format', 'json', '--max-score-increase', '0.1');
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.errors).toEqual([]);
    const delta = report.delta!;
    expect(delta).toBeDefined();
    expect(delta.tools).toEqual({ added: [NEW_TOOL], removed: [], changed: [] });

    // The base alone, scanned from its own checkout state, gives the "before" side.
    git(repo.dir, 'checkout', '-q', 'main');
    let base: JsonReport;
    try {
      base = JSON.parse((await cli('scan', repo.dir, '--format', 'json')).stdout) as JsonReport;
    } finally {
      git(repo.dir, 'checkout', '-q', 'feature');
    }
    expect(delta.score).toEqual({ before: base.score, after: report.score });
    expect(report.score).toBeGreaterThan(base.score + 0.1);

    const baseIds = new Set(base.findings.map((f) => f.id));
    const newIds = report.findings.filter((f) => !baseIds.has(f.id)).map((f) => f.id);
    expect(newIds.length).toBeGreaterThan(0);
    expect(delta.findings.new.map((f) => f.id).sort()).toEqual([...newIds].sort());
    expect(delta.findings.fixed).toEqual([]);
    // The worst new finding is what moved the score.
    expect(Math.max(...delta.findings.new.map((f) => f.aivss))).toBe(report.score);

    const rise = report.decision.reasons.find((reason) => reason.startsWith('Risk score rose'));
    expect(rise).toBe(
      `Risk score rose from ${base.score.toFixed(1)} to ${report.score.toFixed(1)} (+${(report.score - base.score).toFixed(1)}), more than max-score-increase 0.1.`,
    );
    expect(report.decision.result).toBe('fail');
    expect(r.stderr).toContain('Risk score rose from');
  });

  it('accepts a commit SHA as the base, and passes the increase check when the limit is wide enough', async () => {
    const r = await cli('scan', repo.dir, '--base-ref', repo.baseSha, '--format', 'json', '--max-score-increase', '10', '--fail-on-score', '10', '--fail-on-missing', 'none');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.delta!.tools.added).toEqual([NEW_TOOL]);
    expect(report.decision.result).toBe('pass');
    expect(report.decision.reasons.some((reason) => reason.startsWith('Risk score rose'))).toBe(false);
  });

  it('shows no delta against itself', async () => {
    const r = await cli('scan', repo.dir, '--base-ref', 'HEAD', '--format', 'json', '--max-score-increase', '0');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.delta!.tools).toEqual({ added: [], removed: [], changed: [] });
    expect(report.delta!.findings).toEqual({ new: [], fixed: [] });
    expect(report.delta!.score.before).toBe(report.delta!.score.after);
    expect(report.decision.reasons.some((reason) => reason.startsWith('Risk score rose'))).toBe(false);
  });

  it('exits 2 when the base ref does not exist, saying to fetch it', async () => {
    const r = await cli('scan', repo.dir, '--base-ref', 'origin/main', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input error/);
    expect(r.stderr).toContain('origin/main');
    expect(r.stderr).toMatch(/[Ff]etch/);
    expect(r.stderr).toContain('fetch-depth');
    // The remote knows the branch as `main`; `git fetch origin origin/main` would fail.
    expect(r.stderr).toContain('git fetch origin main)');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.delta).toBeUndefined();
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.message).toMatch(/base ref "origin\/main" cannot be read/);
  });
});

describe('base-ref in the bundled Action', () => {
  const bundled = bundledAction();

  const action = (pr: number, inputs: Record<string, string>) =>
    runAction({
      inputs: { path: '.', 'github-token': 'ghs_fake', ...inputs },
      apiUrl: bundled.api.url,
      workspace: repo.dir,
      payload: pullRequestPayload(pr, repo.headSha),
      sha: repo.headSha,
      entry: bundled.entry,
    });

  it('shows the delta in the job summary and the comment, and fails on max-score-increase', async () => {
    const cliReport = JSON.parse((await cli('scan', repo.dir, '--base-ref', 'main', '--format', 'json')).stdout) as JsonReport;
    const { before, after } = cliReport.delta!.score;

    const run = await action(31, { 'base-ref': 'main', 'max-score-increase': '0.1', 'fail-on-score': '10', 'fail-on-missing': 'none', comment: 'on-change' });
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(1);
    expect(run.outputs['decision']).toBe('fail');
    const failure = run.commands.find((c) => c.command === 'error' && Object.keys(c.properties).length === 0);
    expect(failure?.message).toMatch(/^MCP risk gate failed:\nRisk score rose from \d+\.\d to \d+\.\d \(\+\d+\.\d\), more than max-score-increase 0\.1\./);

    for (const markdown of [run.summary, bundled.api.commentsOn(31)[0]?.body ?? '']) {
      expect(markdown).toContain(`**Risk** ${before!.toFixed(1)} → ${after!.toFixed(1)}`);
      expect(markdown).toMatch(new RegExp(`\\*\\*Tools added \\(1\\):\\*\\* \`${NEW_TOOL}\``));
      expect(markdown).toMatch(/\*\*New findings \(\d+\):\*\*/);
    }
    expect(bundled.api.commentsOn(31)).toHaveLength(1);

    // The artifact carries the base, so a later report run can show the same delta.
    const artifact = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { headSha: string; base?: unknown };
    expect(artifact.headSha).toBe(repo.headSha);
    expect(artifact.base).toBeDefined();
  });

  it('fails the step with what to fix when the base ref was not fetched', async () => {
    const run = await action(32, { 'base-ref': 'origin/main' });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    const failure = run.commands.find((c) => c.command === 'error' && Object.keys(c.properties).length === 0);
    expect(failure?.message).toMatch(/^Input errors \(1\); fix these files and re-run:/);
    expect(failure?.message).toContain('origin/main');
    expect(failure?.message).toContain('fetch-depth');
    expect(run.summary).not.toBe('');
  });
});
