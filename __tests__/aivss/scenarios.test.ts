import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import conditionSchema from '../../schemas/condition.schema.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { analyze } from '../../src/pipeline/analyze.js';
import { validateScenarios } from '../../src/aivss/validate-data.js';
import { assessWithControls, fixesThatCannotLower, scenarioData } from '../../src/aivss/index.js';
import type { RawFile } from '../../src/manifest/index.js';
import scenarios from '../../data/aivss/scenarios.json' with { type: 'json' };
import scenariosSchema from '../../schemas/aivss-scenarios.schema.json' with { type: 'json' };

const CAL = new URL('../../fixtures/calibration/', import.meta.url);
const servers = readdirSync(CAL, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const repo = { files: [], truncated: false };

function filesOf(server: string): RawFile[] {
  return readdirSync(new URL(`${server}/`, CAL))
    .filter((f) => f !== 'expert.json')
    .map((f) => ({ path: f, text: readFileSync(new URL(`${server}/${f}`, CAL), 'utf8') }));
}

describe('scenario rules data', () => {
  it('validates against its JSON Schema (conditions in the shared language), strictly', () => {
    expect(() => validateScenarios()).not.toThrow();
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(conditionSchema);
    const validate = ajv.compile(scenariosSchema);
    expect(validate(scenarios), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('ends every metric with a rule that always holds', () => {
    for (const s of scenarioData().scenarios) for (const rules of Object.values(s.metrics)) expect(rules.at(-1)!.when).toBeUndefined();
  });
});

describe.each(servers)('the scenarios of %s', (server) => {
  const r = analyze({ files: filesOf(server), repo, today: '2026-11-30' });

  it('names the scenario behind the score, its vector with a reason per metric, the factors and the mitigation', () => {
    const worst = r.scenarios![0]!;
    expect(worst.metrics.map((m) => m.metric)).toEqual(['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA']);
    for (const m of worst.metrics) expect(m.reason.length).toBeGreaterThan(10);
    expect(worst.vector).toBe(`CVSS:4.0/${worst.metrics.map((m) => `${m.metric}:${m.value}`).join('/')}`);
    expect(worst.factorSum).toBe(r.posture);
    expect(['none', 'partial', 'strong']).toContain(worst.mitigation);
    expect(r.score).toBeGreaterThanOrEqual(worst.aivss);
  });

  it('skips, in the search for the fix path, only fixes that cannot lower the score', () => {
    const input = { inference: { profile: r.profile, capabilities: r.capabilities, controls: r.controls! }, drafts: r.findings!.filter((f) => f.kind !== 'scenario'), version: '0.8' as const };
    const current = assessWithControls(input, new Set());
    const top = Math.max(...current.findings.map((f) => f.aivss));
    for (const fix of fixesThatCannotLower({ assess: input, current })) {
      const applied = assessWithControls(input, new Set(fix.controlId ? [fix.controlId] : []), new Set(fix.controlId ? [] : [fix.findingId]));
      expect(Math.max(0, ...applied.findings.map((f) => f.aivss)), `${server}: ${fix.controlId ?? fix.findingId}`).toBe(top);
    }
  });

  it('reports each improvement as re-scoring it gives, also those it reads off without re-scoring', () => {
    const input = { inference: { profile: r.profile, capabilities: r.capabilities, controls: r.controls! }, drafts: r.findings!.filter((f) => f.kind !== 'scenario'), version: '0.8' as const };
    const current = assessWithControls(input, new Set());
    for (const entry of r.improvements!) {
      const applied = assessWithControls(input, new Set(entry.controlId ? [entry.controlId] : []), new Set(entry.controlId ? [] : [entry.findingId]));
      const left = new Set(applied.findings.map((f) => f.id));
      expect(entry.after.score, `${server}: ${entry.findingId}`).toBe(Math.max(0, ...applied.findings.map((f) => f.aivss)));
      expect(entry.removes, `${server}: ${entry.findingId}`).toEqual(current.findings.filter((f) => !left.has(f.id)).map((f) => f.id));
      expect(entry.factorChanges.map((c) => c.id)).toEqual(applied.factors.filter((f) => current.factors.find((o) => o.id === f.id)?.value !== f.value).map((f) => f.id));
    }
  });

  it('never raises the score when any single suggested fix is applied', () => {
    for (const entry of r.improvements!) expect(entry.after.score).toBeLessThanOrEqual(entry.before.score);
    const scores = [r.score!, ...r.fixPath!.map((s) => s.after.score)];
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
  });
});

// Every other fixture server, read as the CLI reads it: a fix never raises its score either.
describe.each(['fixtures/repos/configcat-like', 'fixtures/repos/cloudflare-like', 'examples/feature-flags-server', 'examples/clock-server'])('fixes on %s', (dir) => {
  it('never raise the score, alone or in order, and the way to pass ends below the policy when it says so', async () => {
    const { scanRepository } = await import('../../src/scan.js');
    const { applyPolicy } = await import('../../src/policy/gate.js');
    const { result } = await scanRepository({ dir: fileURLToPath(new URL(`../../${dir}`, import.meta.url)), today: '2026-11-30' });
    for (const entry of result.improvements!) expect(entry.after.score).toBeLessThanOrEqual(entry.before.score);
    const scores = [result.score!, ...result.fixPath!.map((s) => s.after.score)];
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
    const way = applyPolicy(result, undefined, {}).result.decision!.wayToPass;
    if (way?.possible) expect(way.score).toBeLessThan(7);
  });
});

describe('the way to pass', () => {
  it('really passes when its controls are present', () => {
    for (const server of ['filesystem', 'notion', 'stripe', 'kubernetes']) {
      const r = analyze({ files: filesOf(server), repo, today: '2026-11-30' });
      const k = r.fixPath!.findIndex((s) => s.after.score < 7);
      expect(k, `${server}: a fix path below 7.0`).toBeGreaterThanOrEqual(0);
      const controls = new Set(r.fixPath!.slice(0, k + 1).flatMap((s) => (s.controlId ? [s.controlId] : [])));
      // Re-assess from scratch with exactly those controls present.
      const again = analyze({ files: filesOf(server), repo, today: '2026-11-30' });
      const input = { inference: { profile: again.profile, capabilities: again.capabilities, controls: again.controls! }, drafts: again.findings!.filter((f) => f.kind !== 'scenario'), version: '0.8' as const };
      const applied = assessWithControls(input, controls);
      const top = Math.max(...applied.findings.map((f) => f.aivss));
      expect(top, server).toBeLessThan(7);
    }
  });
});

describe('the bundled examples and the seed subjects, through the real CLI', () => {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const scan = (dir: string): { code: number; report: { score: number; severity: string; decision: { result: string } } } => {
    const r = spawnSync(process.execPath, [cli, 'scan', fileURLToPath(new URL(`../../${dir}`, import.meta.url)), '--format', 'json'], { encoding: 'utf8' });
    return { code: r.status ?? -1, report: JSON.parse(r.stdout) as never };
  };
  it.each(['examples/feature-flags-server', 'fixtures/repos/configcat-like', 'fixtures/repos/cloudflare-like'])('%s stays High or Critical and fails', (dir) => {
    const { code, report } = scan(dir);
    expect(['High', 'Critical']).toContain(report.severity);
    expect(report.decision.result).toBe('fail');
    expect(code).toBe(1);
  });
  it('a low-risk server in a well-kept repository (examples/clock-server) passes the default gate outright', () => {
    const { code, report } = scan('examples/clock-server');
    expect(report.severity).toBe('Low');
    expect(report.decision.result).toBe('pass');
    expect(code).toBe(0);
  });
});
