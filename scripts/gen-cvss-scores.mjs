// Precomputes the CVSS v4.0 base score of every vector in the bundled data files (control catalog,
// tool-surface checks), so a scan does not load and warm up the calculator for vectors it ships
// with. Run by the build; the output is committed and a test fails when it is stale. Vectors a
// user writes in .mcp-risk.yml are still scored by ae-cvss-calculator at run time.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { writeIfChanged } from './write-if-changed.mjs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { Cvss4P0 } = require('ae-cvss-calculator');

export const CVSS_SCORES_JSON = 'src/aivss/generated/cvss-base-scores.json';
const BASE_METRICS = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];

function dataFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? dataFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

function vectorsIn(value, out) {
  if (typeof value === 'string') {
    if (value.startsWith('CVSS:4.0/')) out.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => vectorsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => vectorsIn(v, out));
}

/** The base metrics in specification order: the only part the base score depends on. */
export function baseVectorOf(vector) {
  const metrics = new Map(vector.slice('CVSS:4.0/'.length).split('/').map((p) => p.split(':')));
  return `CVSS:4.0/${BASE_METRICS.map((k) => `${k}:${metrics.get(k)}`).join('/')}`;
}

/**
 * Every base vector the scenario rules can compose: per scenario, each metric's possible values
 * (its rules, and what a mitigating control may set), combined. Keyed by the eleven values only.
 */
export function scenarioVectors(root = 'data') {
  const data = JSON.parse(readFileSync(join(root, 'aivss', 'scenarios.json'), 'utf8'));
  const keys = new Set();
  for (const scenario of data.scenarios) {
    const choices = data.metricOrder.map((m) => {
      const values = new Set(scenario.metrics[m].map((r) => r.value));
      for (const mit of scenario.mitigatedBy) if (mit.set?.[m] !== undefined) values.add(mit.set[m]);
      return [...values].sort();
    });
    let partial = [''];
    for (const values of choices) partial = partial.flatMap((p) => values.map((v) => p + v));
    for (const k of partial) keys.add(k);
  }
  return [...keys].sort();
}

export function generateCvssScores(root = 'data') {
  const vectors = new Set();
  for (const file of dataFiles(root)) vectorsIn(JSON.parse(readFileSync(file, 'utf8')), vectors);
  const scores = {};
  for (const base of [...new Set([...vectors].map(baseVectorOf))].sort()) scores[base] = new Cvss4P0(base).calculateScores().overall;
  // One string: eleven metric values and the score in tenths per entry, so the table stays small.
  const composed = scenarioVectors(root)
    .map((k) => `${k}${String(Math.round(new Cvss4P0(`CVSS:4.0/${BASE_METRICS.map((m, i) => `${m}:${k[i]}`).join('/')}`).calculateScores().overall * 10)).padStart(3, '0')}`)
    .join(' ');
  return `${JSON.stringify({ generatedBy: 'scripts/gen-cvss-scores.mjs from data/ (do not edit; npm run build regenerates it)', scores, composed }, null, 2)}\n`;
}

export function writeCvssScores(text) {
  writeIfChanged(CVSS_SCORES_JSON, text);
}

if (import.meta.url === `file://${process.argv[1]}`) writeCvssScores(generateCvssScores());
