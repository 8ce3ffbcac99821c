import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { CVSS_SCORES_JSON, generateCvssScores } from '../../scripts/gen-cvss-scores.mjs';
import { cvss4BaseScore, parseCvss4Vector } from '../../src/aivss/index.js';
import { catalog } from '../../src/maestro/catalog.js';
import { checkCatalog } from '../../src/surface/catalog.js';

const { Cvss4P0 } = createRequire(import.meta.url)('ae-cvss-calculator') as typeof import('ae-cvss-calculator');
const table = JSON.parse(readFileSync(CVSS_SCORES_JSON as string, 'utf8')) as { scores: Record<string, number>; composed: string };

describe('the precomputed base scores of the bundled CVSS vectors', () => {
  it('are up to date with data/ (run `npm run build` to regenerate)', () => {
    expect(readFileSync(CVSS_SCORES_JSON as string, 'utf8')).toBe((generateCvssScores as () => string)());
  });

  it('hold, for every entry, the score ae-cvss-calculator gives', () => {
    for (const [vector, score] of Object.entries(table.scores)) {
      expect(new Cvss4P0(vector).calculateScores().overall, vector).toBe(score);
    }
  });

  it('cover every vector of the control catalog and the tool-surface checks', () => {
    const vectors = [
      ...catalog().controls.map((c) => c.cvss),
      ...catalog().checks.map((c) => c.cvss),
      ...checkCatalog().checks.map((c) => c.cvssVector),
    ];
    expect(vectors.length).toBeGreaterThan(40);
    for (const v of vectors) expect(table.scores[parseCvss4Vector(v).baseVector], v).toBeDefined();
  });

  it('hold the score of the calculator for every vector the scenario rules can compose (a sample of 200, and the extremes)', () => {
    const entries = table.composed.split(' ');
    expect(entries.length).toBeGreaterThan(1000);
    const sample = entries.filter((_, i) => i % Math.ceil(entries.length / 200) === 0 || i === entries.length - 1);
    for (const e of sample) {
      const vector = `CVSS:4.0/${['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'].map((m, i) => `${m}:${e[i]}`).join('/')}`;
      expect(cvss4BaseScore(vector), vector).toBe(new Cvss4P0(vector).calculateScores().overall);
      expect(Number(e.slice(11)) / 10, vector).toBe(new Cvss4P0(vector).calculateScores().overall);
    }
  });

  it('leave vectors outside the table to the calculator, loaded on first use', () => {
    const unlisted = 'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:L/SC:N/SI:L/SA:N';
    expect(table.scores[unlisted]).toBeUndefined();
    expect(cvss4BaseScore(unlisted)).toBe(new Cvss4P0(unlisted).calculateScores().overall);
    expect(cvss4BaseScore(`${unlisted}/E:P`)).toBe(cvss4BaseScore(unlisted));
  });
});
