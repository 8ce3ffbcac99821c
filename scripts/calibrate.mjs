#!/usr/bin/env node
// Compares the gate with the independent expert on the calibration servers (fixtures/calibration):
// per server the expert's score and band beside the gate's, then Spearman's rank correlation, band
// and pass/fail agreement, and the spread. `--json` prints the numbers for the calibration test.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'fixtures', 'calibration');
const BANDS = ['None', 'Low', 'Medium', 'High', 'Critical'];

/** Average ranks (ties share the mean rank), 1-based. */
function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x, y) {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export const spearman = (x, y) => pearson(ranks(x), ranks(y));
export const stdev = (x) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length);
};

export function calibrate() {
  const rows = [];
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const expert = JSON.parse(readFileSync(join(dir, name, 'expert.json'), 'utf8'));
    let out;
    try {
      out = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', join(dir, name), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      out = e.stdout; // exit 1 is a failing gate, which is a result
    }
    const report = JSON.parse(out);
    const top = report.scenarios?.[0];
    rows.push({
      server: name,
      expertScore: expert.aivss_v08.score,
      expertBand: expert.aivss_v08.severity,
      expertPass: expert.default_gate_threshold_7 === 'PASS',
      expertVector: expert.cvss.vector,
      expertFactorSum: expert.aivss_v08.factor_sum,
      gateScore: report.score,
      gateBand: report.severity,
      gatePass: report.score < 7,
      gateVector: top?.vector,
      gateFactorSum: report.posture,
      scenario: report.scoreFindingId,
    });
  }
  const e = rows.map((r) => r.expertScore);
  const g = rows.map((r) => r.gateScore);
  const bandOff = rows.map((r) => Math.abs(BANDS.indexOf(r.gateBand) - BANDS.indexOf(r.expertBand)));
  return {
    rows,
    spearman: spearman(e, g),
    bandMatches: bandOff.filter((d) => d === 0).length,
    maxBandOff: Math.max(...bandOff),
    passMatches: rows.filter((r) => r.gatePass === r.expertPass).length,
    gateStdev: stdev(g),
    expertStdev: stdev(e),
    count: rows.length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const c = calibrate();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(c, null, 2) + '\n');
  } else {
    const pad = (s, n) => String(s).padEnd(n);
    console.log(`${pad('server', 20)}${pad('expert', 15)}${pad('gate', 15)}${pad('ΣF e/g', 10)}gate's worst scenario`);
    for (const r of c.rows) {
      const mark = r.gateBand === r.expertBand ? ' ' : '*';
      console.log(`${pad(r.server, 20)}${pad(`${r.expertScore.toFixed(1)} ${r.expertBand}`, 15)}${pad(`${r.gateScore.toFixed(1)} ${r.gateBand}${mark}`, 15)}${pad(`${r.expertFactorSum}/${r.gateFactorSum}`, 10)}${r.scenario ?? ''}`);
    }
    console.log('');
    console.log(`Spearman rank correlation   ${c.spearman.toFixed(3)}`);
    console.log(`band agreement              ${c.bandMatches}/${c.count} (never more than ${c.maxBandOff} band off)`);
    console.log(`pass/fail agreement (7.0)   ${c.passMatches}/${c.count}`);
    console.log(`spread (standard deviation) gate ${c.gateStdev.toFixed(2)}, expert ${c.expertStdev.toFixed(2)}`);
  }
}
