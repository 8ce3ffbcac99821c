import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import { finding } from '../policy/fixtures.js';

describe('planAnnotations', () => {
  it('puts the most severe first, on the manifest line, with the scanned folder as prefix', () => {
    const plan = planAnnotations([finding('LOW', 2), finding('CRIT', 9.5, { locations: [{ path: 'server.json', line: 12, column: 3 }] }), finding('MED', 5)], 'servers/x');
    expect(plan.annotations.map((a) => [a.level, a.title])).toEqual([
      ['error', 'Critical 9.5 · CRIT'],
      ['warning', 'Medium 5.0 · MED'],
      ['notice', 'Low 2.0 · LOW'],
    ]);
    expect(plan.annotations[0]).toMatchObject({ file: 'servers/x/server.json', startLine: 12, startColumn: 3 });
    expect(plan.omitted).toBe(0);
    expect(plan.overflowNotice).toBeUndefined();
  });

  it('keeps at most 10 per level and says how many more exist', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => finding(`E${i}`, 7 + i / 10)),
      ...Array.from({ length: 3 }, (_, i) => finding(`W${i}`, 5)),
      ...Array.from({ length: 12 }, (_, i) => finding(`N${i}`, 1)),
    ];
    const plan = planAnnotations(findings);
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
    const plan = planAnnotations([finding('W', 9, { waived: { justification: 'x', expires: '2099-01-01' } }), finding('N', 9, { locations: [] })]);
    expect(plan.annotations).toEqual([]);
  });
});
