// Writes the PR comment and the job summary for one directory, exactly as the Action renders them
// (applyPolicy, then renderMarkdown), for the render check and the README screenshots.
// Bundled and run by scripts/render-check.mjs (the core's lazy require() calls need a bundle).
import { writeFileSync } from 'node:fs';
import { scanRepository } from '../src/scan.js';
import { applyPolicy } from '../src/policy/gate.js';
import { renderMarkdown } from '../src/report/markdown.js';

const [dir, out, baseRef] = process.argv.slice(2);
if (dir === undefined || out === undefined) throw new Error('usage: render-report DIR OUT_PREFIX [BASE_REF]');
const scanned = await scanRepository({ dir, ...(baseRef !== undefined ? { baseRef } : {}) });
const g = applyPolicy(scanned.result, scanned.base, {});
const common = {
  docsUrl: 'https://github.com/acme/mcp-risk-gate/blob/v1/docs/controls.md',
  detailsUrl: 'https://github.com/acme/server/actions/runs/1',
  ...(g.delta !== undefined ? { delta: g.delta } : {}),
  ...(g.base !== undefined ? { base: g.base } : {}),
};
const comment = renderMarkdown(g.result, g.decision, { target: 'comment', ...common });
const summary = renderMarkdown(g.result, g.decision, { target: 'summary', ...common });
writeFileSync(`${out}.comment.md`, comment);
writeFileSync(`${out}.summary.md`, summary);
console.log(`${out}: comment ${comment.length} chars, summary ${Buffer.byteLength(summary)} bytes`);
