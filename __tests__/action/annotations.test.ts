import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import { finding } from '../policy/fixtures.js';
import { resolvePolicy } from '../../src/policy/settings.js';
import type { Finding } from '../../src/model/finding.js';

const policy = resolvePolicy();
const recommended = (id: string, aivss: number, extra: Partial<Finding> = {}) => finding(id, aivss, { requirement: 'recommended', ...extra });

describe('planAnnotations', () => {
  it('puts the most severe first, on the manifest line, with the scanned folder as prefix', () => {
    const plan = planAnnotations([recommended('LOW', 2), recommended('CRIT', 9.5, { locations: [{ path: 'server.json', line: 12, column: 3 }] }), recommended('MED', 5)], policy, { pathPrefix: 'servers/x' });
    expect(plan.annotations.map((a) => [a.level, a.title])).toEqual([
      ['error', 'Title of CRIT · Critical 9.5'],
      ['warning', 'Title of MED · Medium 5.0'],
      ['notice', 'Title of LOW · Low 2.0'],
    ]);
    expect(plan.annotations[0]).toMatchObject({ file: 'servers/x/server.json', startLine: 12, startColumn: 3 });
    expect(plan.omitted).toBe(0);
    expect(plan.overflowNotice).toBeUndefined();
  });

  it('keeps at most 10 per level and says how many more exist', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => recommended(`E${i}`, 7 + i / 10)),
      ...Array.from({ length: 3 }, (_, i) => recommended(`W${i}`, 5)),
      ...Array.from({ length: 12 }, (_, i) => recommended(`N${i}`, 1)),
    ];
    const plan = planAnnotations(findings, policy);
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(3);
    // One notice slot is kept for the overflow notice.
    expect(count('notice')).toBe(9);
    expect(plan.omitted).toBe(4 + 3);
    expect(plan.overflowNotice).toContain('7 more findings not annotated');
    // The highest errors are the ones kept.
    expect(plan.annotations[0]!.title).toContain('E13');
  });

  it('skips waived findings and findings without a file', () => {
    const plan = planAnnotations([finding('W', 9, { waived: { justification: 'x', expires: '2099-01-01' } }), finding('N', 9, { locations: [] })], policy);
    expect(plan.annotations).toEqual([]);
  });

  // Levels follow the policy: error for what fails the gate, warning for what does not, notice for information.
  const cases: [string, Parameters<typeof resolvePolicy>[0], Partial<Finding>, number, string][] = [
    ['required missing, default policy', {}, { requirement: 'required' }, 4, 'error'],
    ['recommended missing, default policy, below score', {}, { requirement: 'recommended' }, 4, 'warning'],
    ['recommended missing, fail-on-missing recommended', { failOnMissing: 'recommended' }, { requirement: 'recommended' }, 4, 'error'],
    ['required missing, fail-on-missing none, below score', { failOnMissing: 'none' }, { requirement: 'required' }, 4, 'warning'],
    ['recommended at or above fail-on-score', {}, { requirement: 'recommended' }, 7, 'error'],
    ['below a raised fail-on-score', { failOnScore: 9 }, { requirement: 'recommended' }, 8, 'warning'],
    ['would fail, but warn-only', { warnOnly: true }, { requirement: 'required' }, 9, 'warning'],
    ['low and not gated', { failOnMissing: 'none' }, { requirement: 'recommended' }, 2, 'notice'],
    ['scenario above fail-on-score', {}, { kind: 'scenario', controlId: undefined }, 9.4, 'error'],
    ['scenario below fail-on-score', {}, { kind: 'scenario', controlId: undefined }, 5.7, 'warning'],
  ];
  it.each(cases)('%s', (_name, inputs, extra, aivss, level) => {
    const plan = planAnnotations([finding('X', aivss, extra)], resolvePolicy(inputs));
    expect(plan.annotations[0]?.level).toBe(level);
  });

  it('spreads findings over their tools instead of stacking them on the first line', () => {
    const locs = [1, 2, 3].map((line) => ({ path: 'mcp-tools.json', line }));
    const plan = planAnnotations([finding('A', 9, { locations: locs }), finding('B', 9, { locations: locs }), finding('C', 9, { locations: locs })], policy);
    expect(plan.annotations.map((a) => a.startLine)).toEqual([1, 2, 3]);
  });
});
