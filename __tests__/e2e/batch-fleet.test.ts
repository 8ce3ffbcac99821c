/**
 * A fleet of 1,000 generated repositories through the built CLI (dist/cli.js), some hostile:
 * a 50 MB file, invalid YAML, a manifest symlinked out of the repository, a folder that does not
 * exist, and a server that hangs under --introspect-command. The batch must finish, write one
 * line per repository plus the summary, and lose none.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import lineSchema from '../../schemas/batch-line.schema.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FLEET_SERVER = join(ROOT, 'fixtures/servers/fleet.sh');
const N = 1000;
const work = mkdtempSync(join(tmpdir(), 'mrg-fleet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOSTILE = { big: 100, yaml: 200, symlink: 300, hang: 400, missing: 500 } as const;

function fleet(): string[] {
  const outside = join(work, 'outside.json');
  writeFileSync(outside, '{"secret": "MRG-OUTSIDE-7f3a"}');
  return Array.from({ length: N }, (_, i) => {
    const dir = join(work, `repo-${String(i).padStart(4, '0')}`);
    if (i === HOSTILE.missing) return dir;
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'fixtures/e2e/readonly-server/server.json'), join(dir, 'server.json'));
    writeFileSync(join(dir, 'SECURITY.md'), 'Report issues to security@example.invalid\n');
    if (i === HOSTILE.big) writeFileSync(join(dir, 'tools.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    if (i === HOSTILE.yaml) writeFileSync(join(dir, 'smithery.yaml'), 'startCommand:\n  type: stdio\n   bad: [indent\n');
    if (i === HOSTILE.symlink) symlinkSync(outside, join(dir, 'manifest.json'));
    if (i === HOSTILE.hang) writeFileSync(join(dir, 'HANG'), '');
    return dir;
  });
}

interface Line {
  type: 'repository' | 'summary';
  index: number;
  dir: string;
  decision: string;
  errors: { message: string }[];
  repositories?: number;
  error?: number;
  timedOut?: number;
  exitCode?: number;
}

describe('a batch of 1,000 repositories, some hostile', () => {
  it('finishes and writes 1,000 lines plus the summary, losing none', () => {
    const dirs = fleet();
    const list = join(work, 'repos.txt');
    writeFileSync(list, dirs.join('\n') + '\n');
    // --jobs 8 on any core count: a live introspection mostly waits on its server.
    const run = spawnSync(process.execPath, [CLI, 'batch', '--from', list, '--jobs', '8', '--timeout', '30', '--introspect-command', `sh ${FLEET_SERVER}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 480_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(N + 1);
    // Every line follows the published line schema.
    const validate = new Ajv({ allErrors: true }).compile(lineSchema);
    expect(lines.filter((l) => !validate(l)).map((l) => `${l.index}: ${JSON.stringify(validate.errors)}`).slice(0, 3)).toEqual([]);
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ type: 'summary', repositories: N, exitCode: 2 });
    const repos = lines.slice(0, -1);
    expect(new Set(repos.map((l) => l.index)).size).toBe(N);
    expect(repos.every((l) => l.type === 'repository' && l.dir === dirs[l.index])).toBe(true);

    const at = (i: number) => repos.find((l) => l.index === i)!;
    const message = (i: number) => at(i).errors.map((e) => e.message).join('; ');
    expect(at(HOSTILE.big).decision).toBe('error');
    expect(message(HOSTILE.big)).toMatch(/MiB|too large|size/i);
    expect(at(HOSTILE.yaml).decision).toBe('error');
    expect(message(HOSTILE.yaml)).toMatch(/YAML|indent/i);
    expect(at(HOSTILE.symlink).decision).toBe('error');
    expect(message(HOSTILE.symlink)).toMatch(/symbolic link/);
    expect(run.stdout).not.toContain('MRG-OUTSIDE-7f3a');
    expect(message(HOSTILE.missing)).toMatch(/repository folder not found/);
    expect(at(HOSTILE.hang).decision).toBe('error');
    expect(message(HOSTILE.hang)).toMatch(/timed out|live introspection failed/);

    // Every other repository was introspected and decided.
    const healthy = repos.filter((l) => !Object.values(HOSTILE).includes(l.index as never));
    expect(healthy).toHaveLength(N - 5);
    expect(healthy.filter((l) => l.decision === 'error').map((l) => `${l.index}: ${l.errors[0]?.message}`)).toEqual([]);
    expect(summary.error).toBe(5);
  }, 600_000);
});
