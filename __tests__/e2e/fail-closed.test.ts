/**
 * The bundled Action fails closed: a run with input errors, a refused run and an unusable
 * repository folder all set the `decision` output to `error` (never `pass`), say so in the job
 * summary and fail the step. Each case starts from fixtures/e2e/readonly-server, which passes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledAction, checkout, pullRequestPayload, ROOT, runAction, type ActionRun } from './run-action.js';

const PASSING = 'fixtures/e2e/readonly-server';
const SHA = 'f00dfeed'.repeat(5);

const action = bundledAction();

async function gate(workspace: string, inputs: Record<string, string>, eventName = 'pull_request'): Promise<ActionRun> {
  const run = await runAction({
    inputs: { path: '.', 'github-token': 'ghs_fake_token', comment: 'never', ...inputs },
    apiUrl: action.api.url,
    workspace,
    eventName,
    payload: pullRequestPayload(31, SHA),
    sha: SHA,
    entry: action.entry,
  });
  expect(run.timedOut).toBe(false);
  expect(run.stderr).not.toMatch(/\bat .+\.js:\d+:\d+/);
  return run;
}

function stepErrors(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error' && Object.keys(c.properties).length === 0).map((c) => c.message);
}

describe('the Action never says "pass" for a run it could not complete', () => {
  it('the fixture passes as it is', async () => {
    const run = await gate(checkout(PASSING), {});
    expect(run.outputs['decision']).toBe('pass');
    expect(run.code).toBe(0);
  });

  it('a manifest that does not parse: decision error, the summary says input error, the step fails', async () => {
    const ws = checkout(PASSING);
    writeFileSync(join(ws, 'smithery.yaml'), 'startCommand:\n  type: stdio\n  commandFunction: [unclosed\n');
    const run = await gate(ws, {});
    expect(run.outputs['decision']).toBe('error');
    expect(run.summary).toContain('### ⛔ MCP risk gate: input error');
    expect(run.code).toBe(1);
    expect(stepErrors(run)[0]).toMatch(/^Input errors \(1\); fix these files and re-run:\nsmithery\.yaml/);
  });

  it('live introspection refused under pull_request_target: decision error', async () => {
    const server = join(ROOT, 'fixtures/servers/well-behaved.mjs');
    const run = await gate(checkout(PASSING), { 'introspect-command': `node ${server}` }, 'pull_request_target');
    expect(run.outputs['decision']).toBe('error');
    expect(run.summary).toContain('### ⛔ MCP risk gate: input error');
    // Markdown escapes removed: the text a reader sees.
    expect(run.summary.replace(/\\(.)/g, '$1')).toMatch(/Live introspection refused: this run is triggered by "pull_request_target"/);
    expect(run.code).toBe(1);
  });

  it('an invalid input stops the run before it scans: decision error all the same', async () => {
    const run = await gate(checkout(PASSING), { 'fail-on-score': 'eleven' });
    expect(run.outputs['decision']).toBe('error');
    expect(run.code).toBe(1);
    expect(stepErrors(run)[0]).toMatch(/^Input error in "fail-on-score"/);
  });

  it('a malformed event file stops the run before anything loads: decision error all the same', async () => {
    const run = await runAction({
      inputs: { path: '.', 'github-token': 'ghs_fake_token', comment: 'never' },
      apiUrl: action.api.url,
      workspace: checkout(PASSING),
      rawEvent: '{"pull_request": ',
      sha: SHA,
      entry: action.entry,
    });
    expect(run.outputs['decision']).toBe('error');
    expect(run.code).toBe(1);
    expect(stepErrors(run)[0]).toMatch(/event file .* is not valid JSON/);
    expect(run.stderr).not.toMatch(/\bat .+\.js:\d+:\d+/);
  });

  it('a repository path that is a file: decision error, named in the step failure', async () => {
    const ws = checkout(PASSING);
    const run = await gate(ws, { path: 'server.json' });
    expect(run.outputs['decision']).toBe('error');
    expect(run.code).toBe(1);
    expect(stepErrors(run)[0]).toMatch(/server\.json.* is a file, not a folder/);
  });

  it('a repository path that does not exist: decision error, named in the step failure', async () => {
    const run = await gate(checkout(PASSING), { path: 'no-such-folder' });
    expect(run.outputs['decision']).toBe('error');
    expect(run.code).toBe(1);
    expect(stepErrors(run)[0]).toMatch(/repository folder not found: .*no-such-folder/);
  });
});
