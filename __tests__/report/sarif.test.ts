import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif, sarifToString } from '../../src/report/sarif.js';
import { bareResult, control, finding, scoredResult } from '../policy/fixtures.js';

// schemas/sarif-2.1.0.json is the OASIS SARIF 2.1.0 schema (rtm.5, draft-04) as shipped in
// the MIT-licensed npm package @microsoft/jest-sarif 1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json).
const schema = JSON.parse(readFileSync(new URL('../../schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as object;
// CommonJS default exports seen through NodeNext interop.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
// The schema's language pattern is not a valid unicode-mode regex, so compile without the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

function evaluated() {
  return scoredResult(
    [
      finding('MAE-L3-02:delete_flag', 8.9, { locations: [{ path: 'server.json', line: 12, column: 5 }] }),
      finding('MAE-L3-02:drop_env', 7.1, { locations: [{ path: 'tools dump/tools.json', line: 40 }] }),
      finding('POISON-01:search', 5.5, { controlId: undefined, kind: 'poisoning', locations: [] }),
      finding('MAE-L5-01', 3.2, { waived: { justification: 'host logs', owner: 'sec', expires: '2027-01-01' } }),
    ],
    [control('MAE-L3-02', 'missing'), control('MAE-L5-01', 'waived'), control('MAE-L6-01', 'present')],
  );
}

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    valid(renderSarif(evaluated(), { docsUrl: 'https://example.org/docs/controls.md', uriPrefix: 'servers/x' }));
  });

  it('has a live validator: a broken log is rejected', () => {
    const log = renderSarif(evaluated());
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {}, level: 'fatal' }] }] })).toBe(false);
  });

  it('validates with nothing evaluated yet', () => {
    const log = renderSarif(bareResult());
    valid(log);
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('makes rules of controls and checks, with help from the catalog and a security-severity that is the same in every scan', () => {
    const run = renderSarif(evaluated(), { docsUrl: 'https://example.org/docs/controls.md' }).runs[0]!;
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['MAE-L3-02', 'MAE-L5-01', 'MAE-L6-01', 'POISON-01']);
    const l302 = rules[0]!;
    // The CVSS v4.0 score of the catalog's exposure vector: stable whatever this scan's AIVSS.
    expect(l302.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
    expect(renderSarif(evaluated()).runs[0]!.tool.driver.rules![0]!.properties?.['security-severity']).toBe(l302.properties?.['security-severity']);
    expect(l302.help?.markdown).toContain('```json');
    for (const r of rules) expect(r.help?.text.length ?? 0).toBeGreaterThan(0);
    expect(l302.helpUri).toBe('https://example.org/docs/controls.md#mae-l3-02');
    expect(l302.defaultConfiguration?.level).toBe('error');
    expect(run.automationDetails?.id).toBe('mcp-risk-gate/root/');
    for (const res of run.results ?? []) for (const l of res.locations ?? []) expect(l.physicalLocation?.region?.startLine).toBeGreaterThanOrEqual(1);
    expect(run.tool.driver.name).toBe('mcp-risk-gate');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it('gives each result its AIVSS, level, location and a stable fingerprint', () => {
    const results = renderSarif(evaluated(), { uriPrefix: 'servers/x' }).runs[0]!.results!;
    const first = results[0]!;
    expect(first.ruleId).toBe('MAE-L3-02');
    expect(first.ruleIndex).toBe(0);
    expect(first.level).toBe('error');
    expect(first.properties?.['security-severity']).toBe('8.9');
    expect(first.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'servers/x/server.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(results[1]!.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('servers/x/tools%20dump/tools.json');
    // No location of its own: it points at the first source file instead of nowhere.
    expect(results[2]!.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('servers/x/server.json');
    expect(results[2]!.level).toBe('warning');
    expect(results[3]!.level).toBe('note');
    expect(results[3]!.suppressions?.[0]).toMatchObject({ kind: 'external', status: 'accepted' });

    const fp = (i: number) => results[i]!.partialFingerprints?.['mcpRiskGateFinding/v1'];
    expect(fp(0)).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(results.map((_, i) => fp(i))).size).toBe(results.length);
    // A line move does not change the fingerprint.
    const moved = evaluated();
    moved.findings![0]!.locations = [{ path: 'server.json', line: 99 }];
    expect(renderSarif(moved, { uriPrefix: 'servers/x' }).runs[0]!.results![0]!.partialFingerprints).toEqual(first.partialFingerprints);
  });

  it('marks a run with input errors as unsuccessful, with one notification per error, and stays valid', () => {
    const result = scoredResult([], [], { errors: [{ path: 'server.json', line: 3, message: 'invalid JSON', hint: 'remove the trailing comma' }] });
    const log = renderSarif(result, { decision: { result: 'error', reasons: ['1 input error'] } });
    valid(log);
    expect(log.runs[0]!.properties?.['decision']).toBe('error');
    expect(log.runs[0]!.invocations).toEqual([
      { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'server.json:3: invalid JSON (fix: remove the trailing comma)' } }] },
    ]);
    // A clean run carries no invocation block: its bytes do not change.
    expect(renderSarif(evaluated()).runs[0]!.invocations).toBeUndefined();
  });

  it('is deterministic text', () => {
    expect(sarifToString(renderSarif(evaluated()))).toBe(sarifToString(renderSarif(evaluated())));
  });
});
