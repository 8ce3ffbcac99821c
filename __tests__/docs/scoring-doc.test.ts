import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import type { RawFile } from '../../src/manifest/index.js';

const DOC = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
const CAL = new URL('../../fixtures/calibration/', import.meta.url);

function scan(server: string) {
  const files: RawFile[] = readdirSync(new URL(`${server}/`, CAL))
    .filter((f) => f !== 'expert.json')
    .map((f) => ({ path: f, text: readFileSync(new URL(`${server}/${f}`, CAL), 'utf8') }));
  return analyze({ files, repo: { files: [], truncated: false }, today: '2026-11-30' });
}

// The worked examples quote real output: they must stay true as the rules change.
describe.each([
  ['time', 'Low', 'supply-chain'],
  ['memory', 'Medium', 'supply-chain'],
  ['filesystem', 'High', 'tool-misuse'],
  ['stripe', 'Critical', 'tool-misuse'],
])('docs/scoring.md, worked example %s', (server, band, scenario) => {
  const r = scan(server);
  const s = r.scenarios!.find((x) => x.id === scenario)!;
  it(`is in the ${band} band with the score the doc gives`, () => {
    expect(r.severity).toBe(band);
    expect(DOC).toContain(`### ${band}: \`${server}\``);
    expect(DOC).toContain(`${r.score!.toFixed(1)} ${band}`);
  });
  it('quotes the vector, its CVSS and ΣF', () => {
    // memory's example names only its impact metrics; the others quote the whole vector.
    if (server !== 'memory') expect(DOC).toContain(s.vector.slice('CVSS:4.0/'.length));
    expect(DOC).toContain(`CVSS ${s.cvss.toFixed(1)}`);
    expect(DOC).toContain(`ΣF = ${r.posture!.toFixed(1)}`);
    expect(DOC).toContain(`(10 − ${s.cvss.toFixed(1)}) × (${r.posture!.toFixed(1)} / 10) × 0.97`);
  });
});
