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

export function generateCvssScores(root = 'data') {
  const vectors = new Set();
  for (const file of dataFiles(root)) vectorsIn(JSON.parse(readFileSync(file, 'utf8')), vectors);
  const scores = {};
  for (const base of [...new Set([...vectors].map(baseVectorOf))].sort()) scores[base] = new Cvss4P0(base).calculateScores().overall;
  return `${JSON.stringify({ generatedBy: 'scripts/gen-cvss-scores.mjs from data/ (do not edit; npm run build regenerates it)', scores }, null, 2)}\n`;
}

export function writeCvssScores(text) {
  writeIfChanged(CVSS_SCORES_JSON, text);
}

if (import.meta.url === `file://${process.argv[1]}`) writeCvssScores(generateCvssScores());
