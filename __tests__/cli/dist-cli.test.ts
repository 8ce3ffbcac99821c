import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = `${ROOT}dist/cli.js`;

/** Runs the bundled CLI the way `npx mcp-risk-gate` does: a separate node process on dist/cli.js. */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled dist/cli.js', () => {
  it('exists (npm test builds it before running the tests)', () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
  });

  it('scans a fixture repository and prints the JSON report', () => {
    const r = run('scan', 'fixtures/repos/configcat-like', '--format', 'json');
    // ConfigCat-like: destructive production tools, no confirmation, no audit log: the gate fails.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mcp-risk-gate: policy failed:\n {2}Risk score \d+\.\d \((High|Critical)\)/);
    const report = JSON.parse(r.stdout) as {
      tool: { name: string; version: string };
      server: { name: string; sources: { path: string; format: string }[] };
      tools: { name: string; readOnly: boolean; destructive: boolean; annotationsDeclared: boolean }[];
      capabilities: { id: string; evidence: unknown[] }[];
      surface: { toolCount: number };
      errors: unknown[];
      score: number;
      severity: string;
      findings: { id: string; aivss: number; cvss: { vector: string; score: number } }[];
      decision: { result: string; reasons: string[] };
    };
    expect(report.tool.name).toBe('mcp-risk-gate');
    expect(report.server.name).toBe('io.github.configcat/mcp-server');
    expect(report.server.sources).toEqual([
      { path: 'mcp-tools.json', format: 'tools-dump' },
      { path: 'server.json', format: 'registry-server-json', schemaVersion: '2025-10-17' },
    ]);
    expect(report.surface.toolCount).toBe(79);
    expect(report.tools.find((t) => t.name === 'delete-feature-flag')).toMatchObject({ readOnly: false, destructive: true, annotationsDeclared: false });
    expect(report.capabilities.map((c) => c.id)).toEqual(expect.arrayContaining(['write', 'destructive', 'credentials', 'production-control']));
    expect(report.errors).toEqual([]);
    expect(report.decision.result).toBe('fail');
    expect(report.score).toBe(Math.max(...report.findings.map((f) => f.aivss)));
    expect(report.findings[0]?.cvss.vector).toMatch(/^CVSS:4\.0\//);
  });

  it('writes the report to --output and keeps stdout clean', () => {
    const out = `${ROOT}node_modules/.cache-mrg-report.json`;
    const r = run('scan', 'fixtures/repos/cloudflare-like', '--format', 'json', '--output', out);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
  });

  it('exits 2 with a message, not a stack trace, on a bad flag', () => {
    const r = run('scan', '--format', 'yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of text, json, markdown, sarif/);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('loads the libraries it keeps in dist/vendor when a scan needs them: YAML, the JSON error locator, the CVSS calculator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-vendor-'));
    try {
      // A YAML manifest and a profile whose CVSS override is in no precomputed table.
      writeFileSync(join(dir, 'smithery.yaml'), 'startCommand:\n  type: stdio\n');
      const vector = 'CVSS:4.0/AV:A/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N';
      writeFileSync(join(dir, '.mcp-risk.yml'), `version: 1\nfindings:\n  - id: MAE-L1-01\n    cvss: ${vector}\n    rationale: adjacent network only, in this deployment\n`);
      const ok = run('scan', dir, '--format', 'json', '--warn-only');
      expect(ok.stderr).not.toMatch(/Cannot find module|internal error/);
      const report = JSON.parse(ok.stdout) as { server: { sources: { format: string }[] }; findings: { id: string; cvss: { vector: string; score: number } }[] };
      expect(report.server.sources.map((s) => s.format)).toContain('smithery');
      expect(report.findings.find((f) => f.id === 'MAE-L1-01')?.cvss).toEqual({ vector, score: expect.any(Number) });

      writeFileSync(join(dir, 'server.json'), '{\n  "name": "io.x/y",\n  oops\n}');
      const bad = run('scan', dir, '--format', 'json');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/server\.json:3:3: invalid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its version', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
