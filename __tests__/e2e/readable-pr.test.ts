/**
 * Issue 14 as a maintainer meets it, through the bundled Action (dist/index.js) and the loopback
 * GitHub API: a pull request that adds a destructive tool to a read-only server, and a profile
 * whose waiver has expired. The comment must put first what the reader acts on.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendTool, commitMainThenBranch, git } from '../helpers/git-repo.js';
import { cli } from '../helpers/run-cli.js';
import { bundledAction, checkout, pullRequestPayload, ROOT, runAction, scratchDir } from './run-action.js';

const NEW_TOOL = 'drop_forecast_table';

/** main: the read-only fixture; feature (checked out): the same plus a destructive tool with no confirmation. */
function addDestructiveToolRepo(): { dir: string; headSha: string } {
  const dir = scratchDir('mrg-e2e-pr-');
  cpSync(join(ROOT, 'fixtures/e2e/readonly-server'), dir, { recursive: true });
  commitMainThenBranch(dir, 'base');
  appendTool(dir, {
    name: NEW_TOOL,
    description: 'Drop the forecast table and all of its rows.',
    inputSchema: { type: 'object', properties: { table: { type: 'string', maxLength: 64 } }, required: ['table'], additionalProperties: false },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  });
  git(dir, 'commit', '-q', '-am', `add ${NEW_TOOL}`);
  return { dir, headSha: git(dir, 'rev-parse', 'HEAD') };
}

const action = bundledAction();

describe('a pull request that adds a destructive tool', () => {
  it('comments the verdict, the next step, what the PR changed, then the rest collapsed, in under 6,000 characters', async () => {
    const repo = addDestructiveToolRepo();
    const run = await runAction({
      inputs: { path: '.', 'github-token': 'ghs_fake', 'base-ref': 'main', comment: 'always' },
      apiUrl: action.api.url,
      workspace: repo.dir,
      payload: pullRequestPayload(61, repo.headSha),
      sha: repo.headSha,
      entry: action.entry,
    });
    expect(run.timedOut).toBe(false);
    expect(run.outputs['decision'], run.stderr).toBe('fail');
    const comment = action.api.commentsOn(61)[0]?.body ?? '';
    expect(comment.length).toBeGreaterThan(0);
    expect(comment.length).toBeLessThan(6_000);

    const at = (s: string) => comment.indexOf(s);
    const verdict = at('### ❌ MCP risk gate: failed');
    const next = at('#### Next step');
    const changes = at('#### Changes in this pull request');
    const rest = at('<details>');
    expect(verdict).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(verdict);
    expect(changes).toBeGreaterThan(next);
    expect(rest).toBeGreaterThan(changes);
    // Nothing expanded after the first collapsed block: the rest is one click away.
    expect(comment.slice(rest)).not.toMatch(/^#### /m);

    // The first screen names the new tool and what it lacks: the confirmation.
    const firstScreen = comment.slice(0, rest);
    expect(firstScreen).toContain(`**Tools added (1):** \`${NEW_TOOL}\``);
    expect(firstScreen).toMatch(/\*\*New findings \(\d+\):\*\*[^\n]*Destructive tools run without a confirmation/);
    expect(firstScreen).toContain('**Destructive tools run without a confirmation');
    // Its "where" is the new tool's object in the PR's tools file (the line above its name).
    const line = readFileSync(join(repo.dir, 'mcp-tools.json'), 'utf8').split('\n').findIndex((l) => l.includes(`"${NEW_TOOL}"`));
    expect(firstScreen).toContain(`\`mcp-tools.json:${line}\``);
    // The job summary is the complete report, not a copy.
    expect(run.summary.length).toBeGreaterThan(comment.length * 3);
    expect(run.summary).toContain(`\`${NEW_TOOL}\``);
  });
});

describe('the terminal report with --base-ref', () => {
  it('shows the score before -> after, the new tool and the new findings, within 80 columns', async () => {
    const repo = addDestructiveToolRepo();
    const json = JSON.parse((await cli('scan', repo.dir, '--base-ref', 'main', '--format', 'json')).stdout) as { delta: { score: { before: number; after: number } } };
    const r = await cli('scan', repo.dir, '--base-ref', 'main', '--format', 'text');
    expect(r.code, r.stderr).toBe(1);
    const text = r.stdout;
    for (const l of text.split('\n')) expect(Array.from(l).length, l).toBeLessThanOrEqual(80);
    const changes = text.indexOf('Changes against the base');
    expect(changes).toBeGreaterThan(text.indexOf('Next step'));
    const { before, after } = json.delta.score;
    expect(text).toContain(`  Risk ${before.toFixed(1)} -> ${after.toFixed(1)} · posture `);
    expect(text).toContain(`  Tools added (1): ${NEW_TOOL}`);
    expect(text).toMatch(/\n  New findings \(\d+\): Destructive tools run without a confirmation \d\.\d;/);
    // The factor strips show the base beside each value.
    expect(text).toMatch(/Autonomy +[█▌░]{10} 1 +\(base 0\)/);
  });
});

describe('an expired waiver', () => {
  it('is a log warning on the profile, and the comment shows it before the next step', async () => {
    const ws = checkout('examples/feature-flags-server');
    const profile = join(ws, '.mcp-risk.yml');
    writeFileSync(
      profile,
      `${readFileSync(profile, 'utf8')}waivers:\n  - id: MAE-L3-03\n    justification: The host confirms every destructive call.\n    owner: "@flags-team"\n    expires: "2020-01-31"\n`,
    );
    const run = await runAction({
      inputs: { path: '.', 'github-token': 'ghs_fake', comment: 'always' },
      apiUrl: action.api.url,
      workspace: ws,
      payload: pullRequestPayload(62, 'd'.repeat(40)),
      sha: 'd'.repeat(40),
      entry: action.entry,
    });
    expect(run.timedOut).toBe(false);
    const warning = run.commands.find((c) => c.command === 'warning' && c.properties['title'] === 'mcp-risk-gate waiver');
    expect(warning, run.stdout).toBeDefined();
    expect(warning!.properties['file']).toBe('.mcp-risk.yml');
    expect(warning!.message).toMatch(/MAE-L3-03.*expired on 2020-01-31/);

    const comment = action.api.commentsOn(62)[0]?.body ?? '';
    const shown = comment.indexOf('> [!WARNING]');
    expect(shown).toBeGreaterThan(0);
    expect(comment.slice(shown, comment.indexOf('\n\n', shown))).toContain('expired on 2020-01-31');
    expect(shown).toBeLessThan(comment.indexOf('#### Next step'));
    expect(shown).toBeLessThan(comment.indexOf('<details>'));
  });
});
