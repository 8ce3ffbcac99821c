import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';
import { catalog } from '../../src/maestro/catalog.js';
import { hasNestedQuantifier, mergeCatalogs, parsePluginCatalog } from '../../src/maestro/plugins.js';

const READONLY = fileURLToPath(new URL('../../fixtures/e2e/readonly-server', import.meta.url));
const PLUGIN = readFileSync(new URL('../../fixtures/plugins/acme-catalog.json', import.meta.url), 'utf8');
const ORG_DIR = fileURLToPath(new URL('../../fixtures/plugins', import.meta.url));

/** The read-only fixture with the ACME plug-in committed under security/ and named by the profile. */
function repoWithPlugin(profileExtra = '', plugin = PLUGIN, files: Record<string, string> = {}): string {
  const repo = join(tempDir(), 'repo');
  cpSync(READONLY, repo, { recursive: true });
  mkdirSync(join(repo, 'security'));
  writeFileSync(join(repo, 'security', 'acme.json'), plugin);
  writeFileSync(join(repo, '.mcp-risk.yml'), `version: 1\ncatalogs:\n  - security/acme.json\n${profileExtra}`);
  for (const [p, text] of Object.entries(files)) writeFileSync(join(repo, p), text);
  return repo;
}

interface Report {
  controls: { id: string; status: string; home?: string; requirement: string }[];
  findings: { id: string; aivss: number; message: string; docs?: string }[];
  layers: { layer: string; required: number; missing: number; waived: number }[];
  errors: { path: string; line?: number; message: string }[];
  notices: { message: string }[];
  decision: { result: string };
}

describe('catalog plug-ins', () => {
  it('adds a control that fires, counted under its explicit home layer and scored by the scenario it names', async () => {
    const run = await cli('scan', repoWithPlugin(), '--format', 'json');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.errors).toEqual([]);
    expect(report.controls.find((c) => c.id === 'ACME-SBOM-01')).toMatchObject({ status: 'missing', home: 'L4', requirement: 'required' });
    const finding = report.findings.find((f) => f.id === 'ACME-SBOM-01')!;
    expect(finding.message).toMatch(/It leaves open: .*\(SCN-supply-chain\)/);
    // Named by the repository itself (pull-request content): no link to a page it chose.
    expect(finding.docs).toBe('docs/controls.md#acme-sbom-01');
    expect(report.layers.find((l) => l.layer === 'L4')).toMatchObject({ missing: expect.any(Number) });
    expect(run.code).toBe(1);
  });

  it('is present when its evidence is, and then lowers the scenario it mitigates', async () => {
    const run = await cli('scan', repoWithPlugin('', PLUGIN, { 'sbom.json': '{"bomFormat":"CycloneDX"}' }), '--format', 'json');
    const report = JSON.parse(run.stdout) as Report & { scenarios: { id: string; mitigations: { control: string; present: boolean }[] }[] };
    expect(report.controls.find((c) => c.id === 'ACME-SBOM-01')?.status).toBe('present');
    const supply = report.scenarios.find((s) => s.id === 'supply-chain')!;
    expect(supply.mitigations).toContainEqual(expect.objectContaining({ control: 'ACME-SBOM-01', present: true }));
    expect(run.code).toBe(0);
  });

  it('a plug-in control that names no scenario is scored as a hygiene gap', async () => {
    const plain = JSON.parse(PLUGIN) as { controls: Record<string, unknown>[] };
    delete plain.controls[0]!['mitigates'];
    const report = JSON.parse((await cli('scan', repoWithPlugin('', JSON.stringify(plain)), '--format', 'json')).stdout) as Report;
    expect(report.findings.find((f) => f.id === 'ACME-SBOM-01')!.message).toMatch(/hygiene gap/);
  });

  it.each(['text', 'markdown', 'sarif'])('is shown in the %s report, linking to the org plug-in\'s own page', async (format) => {
    const repo = join(tempDir(), 'repo');
    cpSync(READONLY, repo, { recursive: true });
    const run = await cli('scan', repo, '--org-policy', join(ORG_DIR, 'org-policy.yml'), '--format', format, '--no-color');
    expect(run.stdout).toContain('ACME-SBOM-01');
    if (format === 'markdown') expect(run.stdout).toContain('](https://security.acme.example/mcp/controls#acme-sbom-01)');
    if (format === 'text') expect(run.stdout).toContain('docs: https://security.acme.example/mcp/controls#acme-sbom-01');
    if (format === 'sarif') {
      const log = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string }[] }[] };
      expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain('ACME-SBOM-01');
      expect(log.runs[0]!.tool.driver.rules.find((r) => r.id === 'ACME-SBOM-01')?.helpUri).toBe('https://security.acme.example/mcp/controls#acme-sbom-01');
      expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('ACME-SBOM-01');
    }
  });

  it('can be waived, and with an org policy only when the org co-signs the waiver', async () => {
    // Within the org's 365-day limit whatever day the test runs.
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const waiver = (owner: string) => `waivers:\n  - id: ACME-SBOM-01\n    justification: SBOM is published by the release pipeline\n    owner: ${owner}\n    expires: "${soon}"\n`;
    const waived = JSON.parse((await cli('scan', repoWithPlugin(waiver('dev')), '--format', 'json')).stdout) as Report;
    expect(waived.controls.find((c) => c.id === 'ACME-SBOM-01')?.status).toBe('waived');
    expect(waived.decision.result).toBe('pass');

    const org = join(ORG_DIR, 'org-policy.yml');
    const refused = await cli('scan', repoWithPlugin(waiver('dev')), '--org-policy', org, '--format', 'json');
    const r = JSON.parse(refused.stdout) as Report;
    expect(r.controls.find((c) => c.id === 'ACME-SBOM-01')?.status).toBe('missing');
    expect(r.notices.map((n) => n.message)).toContainEqual(expect.stringMatching(/waiver ACME-SBOM-01 is not applied: the organisation co-signs only waivers owned by security-team/));

    // The org names the plug-in itself here; the repository only carries the waiver.
    const repo = join(tempDir(), 'repo');
    cpSync(READONLY, repo, { recursive: true });
    writeFileSync(join(repo, '.mcp-risk.yml'), `version: 1\n${waiver('security-team')}`);
    const signed = JSON.parse((await cli('scan', repo, '--org-policy', org, '--format', 'json')).stdout) as Report;
    expect(signed.errors).toEqual([]);
    expect(signed.controls.find((c) => c.id === 'ACME-SBOM-01')?.status).toBe('waived');

    // Named by both: one definition per id, so the second is an error naming both files.
    const twice = JSON.parse((await cli('scan', repoWithPlugin(), '--org-policy', org, '--format', 'json')).stdout) as Report;
    expect(twice.errors[0]!.message).toMatch(/ACME-SBOM-01 is already defined by .*fixtures\/plugins\/acme-catalog\.json/);
  });

  it('comes from the org policy alone', async () => {
    const repo = join(tempDir(), 'repo');
    cpSync(READONLY, repo, { recursive: true });
    const report = JSON.parse((await cli('scan', repo, '--org-policy', join(ORG_DIR, 'org-policy.yml'), '--format', 'json')).stdout) as Report;
    expect(report.controls.find((c) => c.id === 'ACME-SBOM-01')?.status).toBe('missing');
  });

  it('is validated at run time against the published schema, errors naming file and line', async () => {
    const broken = PLUGIN.replace('"home": "L4",', '');
    const run = await cli('scan', repoWithPlugin('', broken), '--format', 'json');
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.errors[0]).toMatchObject({ path: 'security/acme.json', line: expect.any(Number), message: expect.stringMatching(/"home"/) });
  });

  it.each([
    ['a reserved prefix', (t: string) => t.replace('ACME-SBOM-01', 'MAE-L4-99'), /reserved prefix MAE-/],
    ['a home outside its layers', (t: string) => t.replace('"home": "L4"', '"home": "L2"'), /home L2 is not one of its layers/],
    ['an unknown scenario', (t: string) => t.replace('"scenario": "supply-chain"', '"scenario": "moon-landing"'), /unknown scenario "moon-landing"/],
    ['a pattern that backtracks for ever', (t: string) => t.replace('"paths": ["sbom.json", "bom.json", "sbom.spdx.json"]', '"paths": ["sbom.json"], "contains": "(a+)+$"'), /nests quantifiers/],
    ['an unknown detector', (t: string) => t.replace('"detector": "repo-file"', '"detector": "crystal-ball"'), /must be one of/],
  ])('refuses %s', (_name, edit, message) => {
    const parsed = parsePluginCatalog({ path: 'acme.json', text: edit(PLUGIN), origin: 'profile' });
    expect(parsed).toHaveProperty('errors');
    if ('errors' in parsed) expect(parsed.errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('cannot redefine a bundled control', () => {
    const parsed = parsePluginCatalog({ path: 'acme.json', text: PLUGIN, origin: 'org' });
    if (!('catalog' in parsed)) throw new Error('fixture should parse');
    const twice = mergeCatalogs(catalog(), [{ path: 'a.json', catalog: parsed.catalog }, { path: 'b.json', catalog: parsed.catalog }]);
    expect(twice.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['b.json: control ACME-SBOM-01 is already defined by a.json']);
    expect(twice.catalog.controls.filter((c) => c.id === 'ACME-SBOM-01')).toHaveLength(1);
  });

  it('finds nested quantifiers', () => {
    expect(hasNestedQuantifier('(a+)+')).toBe(true);
    expect(hasNestedQuantifier('(?:x*y?)*')).toBe(true);
    expect(hasNestedQuantifier('^sbom\\.json$')).toBe(false);
    expect(hasNestedQuantifier('(ab)+')).toBe(false);
  });
});
