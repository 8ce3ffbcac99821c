import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';

/** The repository lines in input order (they are written in completion order). */
function repositoryLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l['type'] === 'repository')
    .sort((a, b) => (a['index'] as number) - (b['index'] as number));
}

describe('mcp-risk-gate batch', () => {
  it('scans many repositories in one process and prints one JSON line each', async () => {
    const run = await cli('batch', 'fixtures/repos/configcat-like', 'fixtures/repos/cloudflare-like');
    const lines = repositoryLines(run.stdout);
    expect(lines.map((l) => [l['dir'], l['server'], l['tools']])).toEqual([
      ['fixtures/repos/configcat-like', 'io.github.configcat/mcp-server', 79],
      ['fixtures/repos/cloudflare-like', 'com.cloudflare.mcp/mcp', 56],
    ]);
    for (const l of lines) expect(l).toMatchObject({ decision: 'fail', severity: expect.stringMatching(/High|Critical/), errors: [] });
    expect(run.code).toBe(1);
  });

  it('keeps going past an unreadable repository and exits 2', async () => {
    const run = await cli('batch', `${tempDir()}/missing`, 'fixtures/repos/configcat-like', '--warn-only');
    const [bad, good] = repositoryLines(run.stdout) as unknown as { decision: string | null; errors: { message: string }[] }[];
    // Never null and never "pass": a dashboard reading the decision sees that this repository failed to scan.
    expect(bad?.decision).toBe('error');
    expect(bad?.errors[0]?.message).toMatch(/repository folder not found/);
    expect(good?.decision).toBe('warn');
    expect(run.code).toBe(2);
  });

  it('needs at least one folder', async () => {
    // No arguments, no --from, and no standard input to read (in-process: none is given).
    const run = await cli('batch');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/batch needs at least one repository folder/);
  });
});
