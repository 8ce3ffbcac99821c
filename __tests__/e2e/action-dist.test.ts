/**
 * The bundled Action (dist/index.js) run as GitHub runs it: a child `node` process with INPUT_*
 * variables, a pull_request event file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and the fake
 * GitHub API on 127.0.0.1 as GITHUB_API_URL. Real fixture repositories, no mocks in the process.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArtifact } from '../../src/action/artifact.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { bundledAction, checkout, pullRequestPayload, runAction, type ActionRun } from './run-action.js';

const FAILING = 'fixtures/repos/configcat-like'; // destructive production tools, controls missing: fails by default
const PASSING = 'fixtures/e2e/readonly-server'; // two read-only tools, lockfile, Dependabot, SECURITY.md
const SHA = 'a1b2c3d4'.repeat(5);
const OUTPUTS = ['score', 'severity', 'posture', 'decision', 'missing-controls', 'findings', 'report-json', 'sarif', 'comment-id'];

const action = bundledAction();

function gate(fixture: string, pr: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { path: '.', 'github-token': 'ghs_fake_token', ...inputs },
    apiUrl: action.api.url,
    workspace: checkout(fixture),
    payload: pullRequestPayload(pr, SHA),
    sha: SHA,
    entry: action.entry,
  });
}

/** Checks that the run finished by itself (not killed by the guard) and returns it. */
function finished(run: ActionRun): ActionRun {
  expect(run.timedOut, `dist/index.js hung; stderr:\n${run.stderr}`).toBe(false);
  expect(run.stderr).not.toMatch(/\bat .+\.js:\d+:\d+/); // no stack trace
  return run;
}

/** The step failure message: `::error::` without file properties (annotations have them). */
function stepErrors(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error' && Object.keys(c.properties).length === 0).map((c) => c.message);
}

function plainWarnings(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'warning' && Object.keys(c.properties).length === 0).map((c) => c.message);
}

/** Every output is set, and the numbers agree with the JSON report the run wrote. */
function expectConsistentOutputs(run: ActionRun, pr: number): ReturnType<typeof parseArtifact> {
  expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUTS].sort());
  const artifact = parseArtifact(readFileSync(run.outputs['report-json']!, 'utf8'), SHA);
  expect(artifact.pullRequest).toBe(pr);
  const result = artifact.result;
  expect(run.outputs['score']).toBe(result.score!.toFixed(1));
  expect(run.outputs['severity']).toBe(result.severity);
  expect(Number(run.outputs['posture'])).toBe(result.posture);
  expect(run.outputs['decision']).toBe(artifact.decision!.result);
  expect(run.outputs['findings']).toBe(String(result.findings!.filter((f) => f.waived === undefined).length));

  const sarif = JSON.parse(readFileSync(run.outputs['sarif']!, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0]!.results).toHaveLength(result.findings!.length);
  return artifact;
}

/** Markdown with backslash escapes removed: the text a reader sees. */
function unescaped(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function requiredMissing(artifact: ReturnType<typeof parseArtifact>): number {
  return artifact.result.controls!.filter((c) => c.status === 'missing' && c.requirement === 'required').length;
}

describe('dist/index.js on a pull_request', () => {
  it('fails by default on a risky server: exit 1, ::error::, one comment, outputs matching the report', async () => {
    const pr = 11;
    const run = finished(await gate(FAILING, pr));
    expect(run.code).toBe(1);
    const artifact = expectConsistentOutputs(run, pr);
    expect(run.outputs['decision']).toBe('fail');
    expect(Number(run.outputs['score'])).toBeGreaterThanOrEqual(7);
    expect(Number(run.outputs['missing-controls'])).toBe(requiredMissing(artifact));
    expect(Number(run.outputs['missing-controls'])).toBeGreaterThan(0);

    const errors = stepErrors(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^MCP risk gate failed:\nRisk score \d+\.\d \((High|Critical)\) is at or above fail-on-score 7\.0/);
    expect(errors[0]).toMatch(/missing required controls: MAE-/);

    const comments = action.api.commentsOn(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('MCP risk gate: failed');
    expect(run.outputs['comment-id']).toBe(String(comments[0]!.id));
    // The token input reaches the API (the runner passes github.token the same way).
    expect(action.api.requestsTo('POST', new RegExp(`/issues/${pr}/comments$`))[0]!.headers.authorization).toBe('token ghs_fake_token');

    expect(run.summary).toContain('### ❌ MCP risk gate: failed');
    expect(unescaped(run.summary)).toMatch(/Risk score \d+\.\d \((High|Critical)\) is at or above fail-on-score 7\.0/);
  });

  it('keeps one sticky comment across re-runs: unchanged, then updated in place, then minimized when green', async () => {
    const pr = 12;
    const first = finished(await gate(FAILING, pr));
    expect(first.code).toBe(1);
    expect(action.api.commentsOn(pr)).toHaveLength(1);
    const id = action.api.commentsOn(pr)[0]!.id;
    expect(first.outputs['comment-id']).toBe(String(id));

    // Same head, same result: nothing to write.
    const second = finished(await gate(FAILING, pr));
    expect(second.code).toBe(1);
    expect(second.outputs['comment-id']).toBe(String(id));
    expect(action.api.requestsTo('POST', new RegExp(`/issues/${pr}/comments$`))).toHaveLength(1);
    expect(action.api.requestsTo('PATCH', /\/issues\/comments\/\d+$/).filter((r) => r.path.endsWith(`/${id}`))).toHaveLength(0);

    // The verdict changes (warn-only): the same comment is edited, no second one appears.
    const third = finished(await gate(FAILING, pr, { 'warn-only': 'true' }));
    expect(third.code).toBe(0);
    expect(third.outputs['decision']).toBe('warn');
    expect(third.outputs['comment-id']).toBe(String(id));
    expect(action.api.commentsOn(pr)).toHaveLength(1);
    expect(action.api.commentsOn(pr)[0]!.body).toContain('MCP risk gate: policy exceeded (warn-only)');
    expect(action.api.requestsTo('PATCH', new RegExp(`/issues/comments/${id}$`))).toHaveLength(1);

    // The PR is fixed: the comment says so and is collapsed as resolved.
    const fourth = finished(await gate(PASSING, pr));
    expect(fourth.code).toBe(0);
    expect(fourth.outputs['decision']).toBe('pass');
    expect(fourth.outputs['comment-id']).toBe(String(id));
    expect(action.api.commentsOn(pr)).toHaveLength(1);
    expect(action.api.commentsOn(pr)[0]!.body).toContain('MCP risk gate: passed');
    expect(action.api.commentsOn(pr)[0]!.body).toContain('Fixed since last run');
    expect(action.api.commentsOn(pr)[0]!.minimized).toBe(true);
    expect(action.api.requestsTo('POST', new RegExp(`/issues/${pr}/comments$`))).toHaveLength(1);
  });

  it('turns a 403 on comment creation into a warning naming pull-requests: write, and still writes summary and outputs', async () => {
    const pr = 13;
    action.api.fail({ method: 'POST', path: new RegExp(`/issues/${pr}/comments$`), status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = finished(await gate(PASSING, pr, { comment: 'always' }));
    expect(run.code).toBe(0);
    expect(stepErrors(run)).toEqual([]);
    const warning = plainWarnings(run).find((w) => w.startsWith(`Could not comment on o/r#${pr}`));
    expect(warning, run.stdout).toBeDefined();
    expect(warning).toContain('HTTP 403');
    expect(warning).toContain('pull-requests: write');
    expect(action.api.commentsOn(pr)).toHaveLength(0);

    expectConsistentOutputs(run, pr);
    expect(run.outputs['decision']).toBe('pass');
    expect(run.outputs['comment-id']).toBe('');
    expect(run.summary).toContain('### ✅ MCP risk gate: passed');
  });

  it('keeps failing the step on policy when the comment is refused with 403', async () => {
    const pr = 14;
    action.api.fail({ method: 'POST', path: new RegExp(`/issues/${pr}/comments$`), status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = finished(await gate(FAILING, pr));
    expect(run.code).toBe(1);
    expect(stepErrors(run)[0]).toMatch(/^MCP risk gate failed:/);
    expect(plainWarnings(run).some((w) => w.includes('pull-requests: write'))).toBe(true);
    expectConsistentOutputs(run, pr);
    expect(run.summary).toContain('MCP risk gate: failed');
  });

  it('retries a 502 on listing comments and then comments once', async () => {
    const pr = 15;
    action.api.fail({ method: 'GET', path: new RegExp(`/issues/${pr}/comments$`), status: 502, body: { message: 'Bad Gateway' } });
    const run = finished(await gate(FAILING, pr));
    expect(run.code).toBe(1);
    expect(action.api.requestsTo('GET', new RegExp(`/issues/${pr}/comments$`))).toHaveLength(2);
    expect(action.api.commentsOn(pr)).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(action.api.commentsOn(pr)[0]!.id));
    expect(plainWarnings(run).filter((w) => w.startsWith('Could not comment'))).toEqual([]);
  });

  it('does not leave two comments when the create answers 502 after GitHub stored it', async () => {
    const pr = 16;
    action.api.fail({ method: 'POST', path: new RegExp(`/issues/${pr}/comments$`), status: 502, applied: true });
    const run = finished(await gate(FAILING, pr));
    expect(run.code).toBe(1);
    expect(action.api.commentsOn(pr)).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(action.api.commentsOn(pr)[0]!.id));
    expect(plainWarnings(run).filter((w) => w.startsWith('Could not comment'))).toEqual([]);
  });

  it('reports the same failing fixture as a warning under warn-only: true (exit 0, decision warn)', async () => {
    const pr = 17;
    const run = finished(await gate(FAILING, pr, { 'warn-only': 'true', comment: 'never' }));
    expect(run.code).toBe(0);
    expect(stepErrors(run)).toEqual([]);
    expect(plainWarnings(run).some((w) => w.startsWith('MCP risk gate exceeded policy (warn-only):\nRisk score'))).toBe(true);
    expectConsistentOutputs(run, pr);
    expect(run.outputs['decision']).toBe('warn');
    expect(run.outputs['comment-id']).toBe('');
    expect(action.api.requests.filter((r) => r.path.includes(`/issues/${pr}/`))).toEqual([]);
    expect(run.summary).toContain('MCP risk gate: policy exceeded (warn-only)');
  });

  it('passes the failing fixture with fail-on-score 10 and fail-on-missing none (inputs override the defaults)', async () => {
    const pr = 18;
    const run = finished(await gate(FAILING, pr, { 'fail-on-score': '10', 'fail-on-missing': 'none' }));
    expect(run.code).toBe(0);
    expect(stepErrors(run)).toEqual([]);
    expectConsistentOutputs(run, pr);
    expect(run.outputs['decision']).toBe('pass');
    expect(run.outputs['missing-controls']).toBe('0');
    // comment defaults to on-failure: a passing first run writes none.
    expect(run.outputs['comment-id']).toBe('');
    expect(action.api.commentsOn(pr)).toHaveLength(0);
    expect(run.summary).toContain('### ✅ MCP risk gate: passed');
    expect(unescaped(run.summary)).toMatch(/Risk score \d+\.\d is below fail-on-score 10\.0\./);
  });

  it('passes a read-only server under a high fail-on-score with fail-on-missing none', async () => {
    const pr = 19;
    const run = finished(await gate(PASSING, pr, { 'fail-on-score': '9', 'fail-on-missing': 'none' }));
    expect(run.code).toBe(0);
    expectConsistentOutputs(run, pr);
    expect(run.outputs['decision']).toBe('pass');
    expect(Number(run.outputs['score'])).toBeLessThan(9);
  });

  it('fails the step with a message naming a bad input, and still writes the summary', async () => {
    const pr = 20;
    const run = finished(await gate(PASSING, pr, { 'fail-on-score': 'high' }));
    expect(run.code).toBe(1);
    expect(stepErrors(run)).toHaveLength(1);
    expect(stepErrors(run)[0]).toMatch(/^Input error in "fail-on-score": /);
    expect(run.summary).toContain('fail-on-score');
    expect(action.api.requests.filter((r) => r.path.includes(`/issues/${pr}/`))).toEqual([]);
  });
});
