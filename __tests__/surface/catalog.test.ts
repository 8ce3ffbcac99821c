import { describe, expect, it } from 'vitest';
import catalogJson from '../../data/checks/tool-surface.json' with { type: 'json' };
import { checkCatalog, unsafePatternReason } from '../../src/surface/index.js';
import { validateCatalog } from '../../src/surface/catalog-validate.js';

describe('tool-surface check catalog', () => {
  it('is valid against schemas/checks.schema.json, with safe, compilable patterns', () => {
    expect(validateCatalog(catalogJson)).toEqual([]);
    expect(checkCatalog().checks.length).toBeGreaterThanOrEqual(16);
  });

  it('gives every check layers, a CVSS v4.0 vector, remediation and a docs anchor', () => {
    for (const c of checkCatalog().checks) {
      expect(c.layers.length, c.id).toBeGreaterThan(0);
      expect(c.cvssVector, c.id).toMatch(/^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN]$/);
      expect(c.docs, c.id).toMatch(/#mrg-/);
    }
  });

  it('rejects a catalog with a pattern that could backtrack catastrophically', () => {
    const bad = structuredClone(catalogJson) as { checks: { detector: { type: string; patterns?: { source: string }[] } }[] };
    const check = bad.checks.find((c) => c.detector.type === 'patterns')!;
    check.detector.patterns![0]!.source = '(a+)+b';
    expect(validateCatalog(bad).join('\n')).toMatch(/nested quantifiers|unbounded quantifier on a group/);
  });

  it.each([
    ['(a+)+$', true],
    ['(?:x\\s*)*y', true],
    ['(a|b)\\1', true],
    ['\\bignore\\s+(?:all\\s+)?previous', false],
    ['(?:_[a-z0-9]{1,30}){1,6}', false],
    ['[(+*]+', false],
  ])('static safety test on %s', (source, unsafe) => {
    expect(unsafePatternReason(source) !== undefined).toBe(unsafe);
  });
});
