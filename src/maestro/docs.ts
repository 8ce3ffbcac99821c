import { MAESTRO_LAYERS } from '../model/layer.js';
import type { LayerId } from '../model/layer.js';
import { catalog as defaultCatalog } from './catalog.js';
import { describeCondition } from '../conditions/describe.js';
import type { Catalog, CatalogCheck, CatalogControl, CatalogSnippet, Crosswalk } from './types.js';

export { describeCondition };

// Inline text from the catalog goes into tables: keep pipes and newlines from breaking them.
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function crosswalkLines(x: Crosswalk): string[] {
  const rows: [string, string[] | undefined][] = [
    ['OWASP Agentic T&M', x.owaspT],
    ['OWASP ASI 2026', x.asi],
    ['OWASP MCP Top 10', x.mcpTop10],
    ['MCP spec / best practices', x.mcpSpec],
    ['MAESTRO playbook', x.playbook],
  ];
  return rows.filter(([, v]) => v && v.length > 0).map(([k, v]) => `- ${k}: ${(v ?? []).join(', ')}`);
}

function layerList(layers: readonly LayerId[]): string {
  return layers.map((l) => `${l} ${MAESTRO_LAYERS[l]}`).join(' · ');
}

function controlSection(c: CatalogControl): string[] {
  const lines = [
    `<a id="${c.docsAnchor}"></a>`,
    `### ${c.id} — ${c.title}`,
    '',
    c.summary,
    '',
    `- Reported as: "${c.missingTitle}"`,
    `- Layers: ${layerList(c.layers)}`,
    `- Mitigates: ${c.threats.join('; ')}`,
    `- Strength: ${c.strength}`,
    ...crosswalkLines(c.crosswalk),
    `- Exposure when missing: \`${c.cvss}\``,
    '',
    '**When it applies**',
    '',
    '| Level | Condition | Why |',
    '|---|---|---|',
    ...c.requirement.map((r) => `| ${r.level} | ${cell(describeCondition(r.when))} | ${cell(r.because)} |`),
    `| not applicable | otherwise | ${cell(c.notApplicable)} |`,
    '',
    '**Evidence looked for** (observed evidence outranks a declaration in `.mcp-risk.yml`)',
    '',
    ...c.evidence.map((e) => {
      const role = e.params?.['role'] === 'violates' ? ' — counter-evidence' : '';
      const group = e.group ? ` (group \`${e.group}\`)` : '';
      return `- \`${e.detector}\`${group}${role}: ${e.label}`;
    }),
    '',
    `**Fix:** ${c.remediation.text}`,
    '',
    `Example: ${c.remediation.example}`,
    '',
    ...snippetBlock(c.remediation.snippet),
  ];
  return lines;
}

/** The copyable example as a fenced block (never inline: inline code cannot hold a YAML block). */
function snippetBlock(s: CatalogSnippet): string[] {
  const lang = s.lang === 'js' ? 'js' : s.lang;
  return [...(s.file !== undefined ? [`In \`${s.file}\`:`, ''] : []), '```' + lang, s.code.replace(/\n+$/, ''), '```', ''];
}

function checkSection(c: CatalogCheck): string[] {
  return [
    `<a id="${c.docsAnchor}"></a>`,
    `### ${c.id} — ${c.title}`,
    '',
    c.summary,
    '',
    `- Finding kind: \`${c.kind}\`; id \`${c.id}${c.kind === 'unknown-surface' ? '' : ':<tool>'}\``,
    `- Layers: ${layerList(c.layers)}`,
    `- Mitigates: ${c.threats.join('; ')}`,
    ...crosswalkLines(c.crosswalk),
    `- Exposure: \`${c.cvss}\``,
    '',
    `**Fix:** ${c.remediation.text}`,
    '',
    `Example: ${c.remediation.example}`,
    '',
    ...snippetBlock(c.remediation.snippet),
  ];
}

/** The whole of docs/controls.md, generated from the catalog; same catalog, same bytes. */
export function renderControlsDoc(from: Catalog = defaultCatalog()): string {
  const layers = Object.keys(MAESTRO_LAYERS) as LayerId[];
  const out: string[] = [
    '<!-- Generated from data/maestro/catalog.json by renderControlsDoc(); do not edit by hand. -->',
    '<!-- Regenerate: UPDATE_DOCS=1 npx vitest run __tests__/maestro/docs.test.ts -->',
    '# MAESTRO controls',
    '',
    `Catalog version ${from.catalogVersion}, ${from.maestroVersion}. Crosswalks: ${Object.values(from.frameworks).join('; ')}.`,
    '',
    'Each control is required, recommended or not applicable depending on the capabilities detected in the server. ' +
      'A required control without evidence fails the gate (policy `fail-on-missing`); a recommended one warns. ' +
      'Evidence is observed (a manifest field, a repository file, a source pattern), declared (listed under `controls:` in `.mcp-risk.yml`, weaker) or absent. ' +
      'Counter-evidence (for example an unpinned third-party action) makes a control missing even when other evidence exists.',
    '',
    '| Control | Title | Layers |',
    '|---|---|---|',
    ...from.controls.map((c) => `| [${c.id}](#${c.docsAnchor}) | ${cell(c.title)} | ${c.layers.join(', ')} |`),
    '',
  ];
  for (const layer of layers) {
    const mine = from.controls.filter((c) => c.id.startsWith(`MAE-${layer}-`));
    if (mine.length === 0) continue;
    out.push(`## ${layer} — ${MAESTRO_LAYERS[layer]}`, '');
    for (const c of mine) out.push(...controlSection(c));
  }
  out.push('## Checks', '', 'Checks are not controls: they report problems in the tool surface itself, per tool where it applies.', '');
  for (const c of from.checks) out.push(...checkSection(c));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
