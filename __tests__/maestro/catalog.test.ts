import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import conditionSchema from '../../schemas/condition.schema.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { CHECKS, DETECTORS, catalog, catalogVersion } from '../../src/maestro/index.js';
import { MAESTRO_LAYERS } from '../../src/model/layer.js';

const schema: unknown = JSON.parse(readFileSync(new URL('../../schemas/maestro-catalog.schema.json', import.meta.url), 'utf8'));
const raw: unknown = JSON.parse(readFileSync(new URL('../../data/maestro/catalog.json', import.meta.url), 'utf8'));
// ajv-formats ships CommonJS; its default export is the plugin function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(conditionSchema);
  addFormats(ajv);
  return ajv.compile(schema as object);
}

/** Every regex string the catalog carries, with where it sits. */
function catalogPatterns(): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  for (const c of catalog().controls) {
    for (const ref of c.evidence) {
      for (const key of ['pattern', 'contains', 'property', 'fields', 'forbidden', 'namePattern', 'invisible', 'phrases']) {
        const v = ref.params?.[key];
        if (typeof v === 'string') out.push({ where: `${c.id} ${ref.detector}.${key}`, source: v });
      }
    }
  }
  return out;
}

/**
 * Catastrophic backtracking needs a quantified group that itself contains a quantifier,
 * like `(a+)+` or `(?:x*y?)*`. The catalog's patterns must contain none.
 */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let quantifiedInside = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') {
      stack.push(quantifiedInside);
      quantifiedInside = false;
    } else if (ch === ')') {
      const inner = quantifiedInside;
      quantifiedInside = stack.pop() ?? false;
      const next = source[i + 1];
      if (inner && (next === '*' || next === '+' || next === '{')) return true;
      if (inner) quantifiedInside = true;
    } else if (ch === '*' || ch === '+' || ch === '{') {
      quantifiedInside = true;
    }
  }
  return false;
}

describe('the MAESTRO catalog data file', () => {
  it('validates against schemas/maestro-catalog.schema.json', () => {
    const validate = validator();
    expect(validate(raw), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has a semantic catalogVersion exported as catalogVersion', () => {
    expect(catalogVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(catalogVersion).toBe((raw as { catalogVersion: string }).catalogVersion);
  });

  it('holds the 34 controls MAE-L1-01 … MAE-L7-04, in order, per layer counts 2/5/7/4/4/8/4', () => {
    const ids = catalog().controls.map((c) => c.id);
    const expected = [2, 5, 7, 4, 4, 8, 4].flatMap((n, l) => Array.from({ length: n }, (_, i) => `MAE-L${l + 1}-0${i + 1}`));
    expect(ids).toEqual(expected);
  });

  it('lists each control under its own layer first and only uses the seven MAESTRO layers', () => {
    for (const c of catalog().controls) {
      expect(c.layers[0], c.id).toBe(c.id.slice(4, 6));
      for (const l of c.layers) expect(Object.keys(MAESTRO_LAYERS)).toContain(l);
    }
  });

  it('gives every control and check a unique docs anchor', () => {
    const anchors = [...catalog().controls, ...catalog().checks].map((c) => c.docsAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('names only detectors and checks the engine implements', () => {
    for (const c of catalog().controls) for (const r of c.evidence) expect(Object.keys(DETECTORS), c.id).toContain(r.detector);
    expect(catalog().checks.map((c) => c.id).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it('gives every control at least one detector that can satisfy it (not only counter-evidence)', () => {
    for (const c of catalog().controls) {
      const satisfiers = c.evidence.filter((r) => r.params?.['role'] !== 'violates' || r.params['absenceIsEvidence'] === true);
      expect(satisfiers.length, c.id).toBeGreaterThan(0);
    }
  });

  it('requires a rule for every control and a not-applicable reason', () => {
    for (const c of catalog().controls) {
      expect(c.requirement.length, c.id).toBeGreaterThan(0);
      expect(c.notApplicable.length).toBeGreaterThan(4);
    }
  });

  it('has the four non-control checks (annotation contradiction, tool name, duplicates, unknown surface)', () => {
    expect(catalog().checks.map((c) => c.id)).toEqual([
      'CHK-ANNOTATION-CONTRADICTION',
      'CHK-TOOL-NAME',
      'CHK-DUPLICATE-TOOL',
      'CHK-UNKNOWN-SURFACE',
    ]);
  });

  it('uses only regexes that compile and have no nested quantifiers (linear-time safe)', () => {
    const patterns = catalogPatterns();
    expect(patterns.length).toBeGreaterThan(30);
    for (const p of patterns) {
      expect(() => new RegExp(p.source), p.where).not.toThrow();
      expect(hasNestedQuantifier(p.source), p.where).toBe(false);
    }
  });

  it('the nested-quantifier screen itself catches the classic bad shapes', () => {
    expect(hasNestedQuantifier('(a+)+$')).toBe(true);
    expect(hasNestedQuantifier('(?:x*y)*')).toBe(true);
    expect(hasNestedQuantifier('\\bfoo(?:bar|baz)?\\b')).toBe(false);
    expect(hasNestedQuantifier('[(+)]+')).toBe(false);
  });

  it('rejects a catalog whose detector params are wrong for the detector', () => {
    const validate = validator();
    const bad = structuredClone(raw) as { controls: { evidence: { params?: Record<string, unknown> }[] }[] };
    const first = bad.controls[0]?.evidence[0];
    if (!first) throw new Error('catalog has no evidence');
    first.params = { unexpected: true };
    expect(validate(bad)).toBe(false);
  });
});
