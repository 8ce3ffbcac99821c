import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempRepo } from '../helpers/temp-repo.js';
import { cli, type CliRun } from '../helpers/run-cli.js';

const SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

/** Every refusal: exit 2, the file and line named, a fix offered, no stack trace, and a JSON report still written. */
function expectClearError(run: CliRun, where: RegExp, what: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(where);
  expect(run.stderr).toMatch(what);
  expect(run.stderr).toContain('fix:');
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  const report = JSON.parse(run.stdout) as { errors: { path: string; message: string }[] };
  expect(report.errors.length).toBeGreaterThan(0);
}

describe('bad input gives a clear error with exit code 2', () => {
  it('invalid JSON names the line and column', async () => {
    const dir = tempRepo({ 'server.json': `{\n  "$schema": "${SCHEMA}",\n  "name": "io.x/y",\n  "packages": [}\n}\n` });
    expectClearError(await cli('scan', dir, '--format', 'json'), /server\.json:4:\d+/, /invalid JSON/);
  });

  it('invalid YAML names the line', async () => {
    const dir = tempRepo({ 'smithery.yaml': 'startCommand:\n  type: stdio\n   configSchema: {}\n' });
    expectClearError(await cli('scan', dir, '--format', 'json'), /smithery\.yaml:3/, /invalid YAML/);
  });

  it('wrong types are reported against the schema with the field path', async () => {
    const dir = tempRepo({ 'server.json': JSON.stringify({ $schema: SCHEMA, name: 'io.x/y', version: '1', packages: 'npm' }, null, 2) });
    expectClearError(await cli('scan', dir, '--format', 'json'), /server\.json:5/, /packages must be of type array/);
  });

  it('a transport type outside the schema lists the allowed values', async () => {
    const doc = { $schema: SCHEMA, name: 'io.x/y', version: '1', packages: [{ registryType: 'npm', identifier: 'x', transport: { type: 'websocket' } }] };
    expectClearError(await cli('scan', tempRepo({ 'server.json': JSON.stringify(doc, null, 2) }), '--format', 'json'), /server\.json:\d+/, /"stdio", "streamable-http", "sse"/);
  });

  it('unknown fields in .mcp-risk.yml are errors (a typo must not silently disable policy)', async () => {
    const dir = tempRepo({ '.mcp-risk.yml': 'version: 1\npolcy:\n  fail-on-score: 5\n' });
    expectClearError(await cli('scan', dir, '--format', 'json'), /\.mcp-risk\.yml:2/, /unknown field "polcy"/);
  });

  it('an unknown registry schema date is refused with the known dates', async () => {
    const doc = { $schema: 'https://static.modelcontextprotocol.io/schemas/2031-01-01/server.schema.json', name: 'io.x/y', version: '1' };
    expectClearError(await cli('scan', tempRepo({ 'server.json': JSON.stringify(doc, null, 2) }), '--format', 'json'), /server\.json:2/, /unknown MCP Registry schema date "2031-01-01"/);
  });

  it('duplicate keys are refused', async () => {
    const dir = tempRepo({ 'server.json': `{\n  "name": "io.x/y",\n  "name": "io.x/z",\n  "packages": []\n}` });
    expectClearError(await cli('scan', dir, '--format', 'json'), /server\.json:3/, /duplicate key "name"/);
  });

  it('a 50 MB file is refused before it is read', async () => {
    const dir = tempRepo({});
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    big.write('{"name": "io.x/y", "packages": []}');
    writeFileSync(join(dir, 'server.json'), big);
    expectClearError(await cli('scan', dir, '--format', 'json'), /server\.json:1/, /too large \(50\.0 MB/);
  });

  it('a YAML alias bomb is refused', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = tempRepo({ 'smithery.yaml': `startCommand:\n  type: stdio\n${levels.join('\n')}\n` });
    expectClearError(await cli('scan', dir, '--format', 'json'), /smithery\.yaml:\d+/, /maxAliases/);
  });

  it('__proto__ keys are refused in JSON and YAML', async () => {
    const json = tempRepo({ 'server.json': '{\n  "name": "io.x/y",\n  "__proto__": {"polluted": true},\n  "packages": []\n}' });
    expectClearError(await cli('scan', json, '--format', 'json'), /server\.json:3/, /forbidden key "__proto__"/);
    const yaml = tempRepo({ 'smithery.yaml': 'startCommand:\n  type: stdio\n  __proto__:\n    polluted: true\n' });
    expectClearError(await cli('scan', yaml, '--format', 'json'), /smithery\.yaml:3/, /forbidden key "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a symlink pointing outside the repository is never followed', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.json'), JSON.stringify({ name: 'io.evil/x', packages: [] }));
    const dir = tempRepo({});
    symlinkSync(join(outside, 'secret.json'), join(dir, 'server.json'));
    expectClearError(await cli('scan', dir, '--format', 'json'), /server\.json:1/, /symbolic link points outside the repository/);
  });

  it('a binary file is refused', async () => {
    const dir = tempRepo({ 'manifest.json': Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x7d]) });
    expectClearError(await cli('scan', dir, '--format', 'json'), /manifest\.json:1/, /binary file/);
  });

  it('a missing repository folder or a bad flag is a usage error', async () => {
    const missing = await cli('scan', join(tempDir(), 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/repository folder not found/);
    const flag = await cli('scan', '.', '--fail-on-score', 'eleven');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--fail-on-score must be a number from 0 to 10/);
  });
});

describe('lookalikes and skipped folders', () => {
  it('ignores a non-MCP server.json with a notice, not an error', async () => {
    const dir = tempRepo({ 'server.json': JSON.stringify({ transactions: [{ id: 1, amount: 20 }] }) });
    const run = await cli('scan', dir, '--format', 'json');
    // Not an input error; the gate itself fails, since an unknown surface is never safe.
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { notices: { path: string; message: string }[]; server: { sources: unknown[] } };
    expect(report.server.sources).toEqual([]);
    expect(report.notices).toContainEqual({ path: 'server.json', message: expect.stringMatching(/^ignored: .*not the shape of any MCP manifest/) });
  });

  it('never reads manifests inside node_modules, .git or build output', async () => {
    const broken = '{ not json';
    const dir = tempRepo({
      'node_modules/pkg/server.json': broken,
      '.git/server.json': broken,
      'dist/server.json': broken,
      'packages/srv/server.json': JSON.stringify({ $schema: SCHEMA, name: 'io.x/y', version: '1', packages: [] }),
    });
    const run = await cli('scan', dir, '--format', 'json');
    expect(run.code).not.toBe(2);
    expect((JSON.parse(run.stdout) as { server: { sources: { path: string }[] } }).server.sources.map((s) => s.path)).toEqual(['packages/srv/server.json']);
  });

  it('an explicitly named file that is not a manifest is an error', async () => {
    const dir = tempRepo({ 'data.json': JSON.stringify({ rows: [] }) });
    const run = await cli('scan', dir, '--manifest', 'data.json', '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/data\.json:1:1: not a recognised MCP manifest/);
  });
});
