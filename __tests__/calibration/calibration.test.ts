import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The calibration set: 13 real servers with an independent expert assessment each
// (fixtures/calibration, copied from shared/calibration). The numbers come from the real bundled CLI.
interface Row { server: string; expertScore: number; expertBand: string; expertPass: boolean; gateScore: number; gateBand: string; gatePass: boolean }
interface Calibration { rows: Row[]; spearman: number; bandMatches: number; maxBandOff: number; passMatches: number; gateStdev: number; count: number }

let c: Calibration;
beforeAll(() => {
  const script = fileURLToPath(new URL('../../scripts/calibrate.mjs', import.meta.url));
  c = JSON.parse(execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' })) as Calibration;
});

describe('the gate against the expert on 13 real servers', () => {
  it('scores below 7.0 exactly where the expert passes the server', () => {
    for (const r of c.rows) expect(r.gatePass, `${r.server}: gate ${r.gateScore}, expert ${r.expertScore}`).toBe(r.expertPass);
    expect(c.passMatches).toBe(13);
  });
  it('lands in the expert band for at least 11, and is never more than one band off', () => {
    expect(c.bandMatches).toBeGreaterThanOrEqual(11);
    expect(c.maxBandOff).toBeLessThanOrEqual(1);
  });
  it('orders the servers as the expert does (Spearman ≥ 0.9)', () => {
    expect(c.spearman).toBeGreaterThanOrEqual(0.9);
  });
  it('spreads its scores (standard deviation ≥ 2.0): a clock is not a cluster', () => {
    expect(c.gateStdev).toBeGreaterThanOrEqual(2);
  });
});

describe('the README', () => {
  it('shows the current `npm run calibrate` table', () => {
    const script = fileURLToPath(new URL('../../scripts/calibrate.mjs', import.meta.url));
    const table = execFileSync(process.execPath, [script], { encoding: 'utf8' }).trimEnd();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(table);
  });
});
