import { cvss4BaseScore } from '../aivss/cvss.js';
import { MAESTRO_LAYERS, type LayerId } from '../model/layer.js';
import { checkCatalog, sensitivePathList, type BuiltinRule, type CheckCatalog, type CheckDefinition, type Detector } from './catalog.js';
import type { CheckFixture } from './catalog.js';
import { LOCK_FILE_NAME, LOCKED_FIELDS } from './lock.js';

/**
 * docs/checks.md, rendered from data/checks/tool-surface.json. Pure: the same catalog gives the
 * same bytes. __tests__/docs/checks-doc.test.ts keeps the committed file in step with the data.
 */

const DOC_PREFIX = 'docs/checks.md#';

const KIND_HEADINGS: Record<CheckDefinition['kind'], { title: string; intro: string }> = {
  poisoning: {
    title: 'Poisoning',
    intro:
      'These checks read every text a model sees: tool names, titles, descriptions, `annotations.title`, and every string inside `inputSchema` and `outputSchema` (property names, descriptions, enum values, defaults), plus the names, titles and descriptions of prompts (with their arguments) and resources (with their URIs) when live introspection lists them. Property and argument names in snake_case, kebab-case or camelCase are also read as words (`ignore_previous_instructions` reads "ignore previous instructions"). Text is NFKC-normalised and stripped of invisible characters before the pattern checks run, so `ig\\u200Bnore` or full-width letters still match; Cyrillic, Greek and Latin look-alike letters are folded onto the ASCII letter they imitate (UTS #39 confusables, `data/checks/confusables.json`) for matching only, and the finding quotes the original text and says the letters were folded. A message hidden in Unicode tag characters is decoded and checked as well, and so is text behind an encoding: base64/base64url runs, percent-encoding, HTML entities and `\\u` escapes are decoded (at most two layers deep, and never more decoded text than the string itself holds), and a finding on decoded text names the encoding and quotes what it was decoded from.',
  },
  'toxic-flow': {
    title: 'Toxic flows',
    intro:
      'A toxic flow is a path an injected agent can walk through tools that are each harmless alone. The flow check reads each tool\'s inferred effect (`src/capabilities/effects.ts`, lexicon in `data/capabilities/effects.json`): a tool that reads private data, a tool that brings in untrusted content, and a tool that can send data out (egress or publish) together make an exfiltration path. Within one server the three legs come from its own tools; when the repository holds an MCP client configuration (`.mcp.json`, `.vscode/mcp.json`) listing several servers, and tool dumps sit in folders named after those servers, the legs are looked for across all of them and each tool is named with its server. The finding is scored as the `exfiltration-flow` threat scenario of data/aivss/scenarios.json, lowered by the controls that break the path.',
  },
  drift: {
    title: 'Drift',
    intro:
      'Drift compares what the manifests declare (for example an MCPB `tools[]` list) with what is observed: a tools dump, per-tool snapshots, or the live server. The name checks run only when both a declared and an observed list exist; the annotation check runs whenever two sources carry annotations for the same tool.',
  },
  'lock-mismatch': {
    title: 'Tool lock',
    intro: `The lock file \`${LOCK_FILE_NAME}\` (written by \`mcp-risk-gate lock\`) pins a SHA-256 per tool over canonical JSON (RFC 8785 style) of its name and ${LOCKED_FIELDS.map((f) => `\`${f}\``).join(', ')}. When the file is committed, every difference from the current tools is a finding, so a changed definition (a rug pull) becomes a reviewed diff.`,
  },
};

const BUILTIN_TEXT: Record<BuiltinRule, string> = {
  'toxic-flow':
    'Three legs, each from a tool\'s inferred effect: private data (`private-data`), untrusted content (`untrusted-content`) and a way out (`egress` or `publish`). The finding names one tool per leg (preferring three different tools, and a tool that sends data by itself over one that only takes a URL), the path from the untrusted content through the private data to the way out, how many tools fill each leg, and the controls that break it: MAE-L3-03 (human confirmation before the way out), MAE-L2-03 (egress allow-list) and MAE-L2-01 (untrusted-content labelling). Silent when any leg is missing.\n\n**Example**\n\n- Flagged: the real Cloudflare server (fixtures/calibration/cloudflare): `worker_get` (untrusted content) → `kv_list` (private data) → `worker_deploy` (sends it out); across servers, fixtures/flows/client-config: `browser/browse_page` → `notes/list_directory` → `mailer/send_email`.\n- Passes: the real filesystem server (fixtures/calibration/filesystem) reads private files and their content but has no way out; the real fetch server brings in content and can reach any URL but reads nothing private.',
  'drift-undeclared':
    'A tool that the observed surface lists but no manifest declares. Skipped when a manifest says its list is built at run time (MCPB `tools_generated: true`). The finding points at the manifests that declare tools, where the missing entry belongs.',
  'drift-missing':
    'A tool that a manifest declares but the observed surface does not list, and that no observed tool matches under a rename (see MRG-DRIFT-RENAMED).',
  'drift-renamed':
    'A declared name that is not the protocol name of an observed tool but stands for one: its `title`, its `annotations.title`, the same name spelt differently (case, spaces, `-`, `_` and `.` treated alike), or a truncation (a declared name of at least 8 characters that starts the longer real name).',
  'drift-annotations':
    'Two sources describe the same tool with different effective annotations: read-only, destructive, idempotent or open-world. MCP defaults are applied first, so an absent hint and the value it defaults to agree. Dumps, snapshots and the live server count as sources even without annotations (their absence means the defaults).',
  'duplicate-conflict':
    'Two or more tools share one name but not one definition (title, description, schemas, annotations, scopes or method) in the most authoritative source kind that lists the name: two entries of one dump, two dumps, or the live server listing both. Hosts keep one of them and which one is undefined, so a definition nobody reviewed can be the one a model reads. Every definition is analysed on its own (capabilities, poisoning, drift); identical twins are one tool and only CHK-DUPLICATE-TOOL (Low) reports them.',
  'lock-added': `A tool is listed now but has no entry in \`${LOCK_FILE_NAME}\`.`,
  'lock-removed': `A tool has an entry in \`${LOCK_FILE_NAME}\` but is no longer listed.`,
  'lock-changed': `A tool's SHA-256 differs from its entry in \`${LOCK_FILE_NAME}\`; the finding names which of ${LOCKED_FIELDS.map((f) => `\`${f}\``).join(', ')} changed.`,
  'lock-missing': `No \`${LOCK_FILE_NAME}\` is committed while the profile sets \`policy: require-lock: true\`. Without \`require-lock\` a missing lock is not a finding.`,
};

/** The anchor a check's `docs` field points at, or undefined when it does not point into docs/checks.md. */
export function checkDocsAnchor(check: Pick<CheckDefinition, 'docs'>): string | undefined {
  return check.docs.startsWith(DOC_PREFIX) ? check.docs.slice(DOC_PREFIX.length) : undefined;
}

const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const codepoint = (hex: string): string => `U+${hex}`;

function layerList(layers: readonly LayerId[]): string {
  return layers.map((l) => `${l} ${MAESTRO_LAYERS[l]}`).join(' · ');
}

function findingId(check: CheckDefinition): string {
  if (check.kind === 'toxic-flow') return code(check.id);
  if (check.detector.type === 'builtin' && check.detector.rule === 'lock-missing') return code(check.id);
  if (check.kind === 'poisoning') return `${code(`${check.id}:<tool>`)} (a prompt or resource: ${code(`${check.id}:prompt:<name>`)}, ${code(`${check.id}:resource:<name>`)})`;
  return code(`${check.id}:<tool>`);
}

function crosswalkLines(c: CheckDefinition): string[] {
  const x = c.crosswalk;
  // The catalog's `maestroThreats` hold OWASP Agentic AI Threats and Mitigations ids (T1–T17);
  // they are shown with the same OWASP- prefix docs/controls.md uses.
  const rows: [string, string[] | undefined][] = [
    ['OWASP Agentic T&M', x.maestroThreats?.map((t) => `OWASP-${t}`)],
    ['OWASP ASI 2026', x.owaspAsi],
    ['OWASP MCP Top 10', x.owaspMcpTop10],
    ['CWE', x.cwe],
  ];
  return rows.filter(([, v]) => v !== undefined && v.length > 0).map(([k, v]) => `- ${k}: ${(v ?? []).join(', ')}`);
}

function detectorLines(d: Detector): string[] {
  switch (d.type) {
    case 'codepoints': {
      const lines = d.ranges.map((r) => `- ${r.label}: ${r.from === r.to ? codepoint(r.from) : `${codepoint(r.from)}–${codepoint(r.to)}`}`);
      if (d.decode === 'unicode-tags') lines.push('- The hidden text is decoded (tag characters map onto ASCII) and shown in the finding.');
      return lines;
    }
    case 'patterns':
      return d.patterns.map((p) => `- ${p.label}`);
    case 'sensitive-paths': {
      const list = sensitivePathList();
      return [
        ...d.patterns.map((p) => `- ${p.label}`),
        `- The sensitive-path list (\`data/checks/sensitive-paths.json\` version ${list.version}), matched case-insensitively with either path separator, \`%APPDATA%\`/\`%LOCALAPPDATA%\` for Windows profile folders, and a path boundary before it:`,
        ...list.groups.map((g) => `  - ${g.label}: ${g.entries.map((e) => code(e.path)).join(', ')}`),
      ];
    }
    case 'tool-reference':
      return [
        ...d.patterns.map((p) => `- ${p.label}`),
        ...d.namePatterns.map((p) => `- ${p.label}`),
        `- A named tool is ignored when it is one of this server's own tools or prompts, or one of: ${d.ignoreNames.map(code).join(', ')}.`,
      ];
    case 'parameter':
      return d.rules.map((r) => `- ${r.label}: the parameter name${r.match === 'words' ? ' (split into words)' : ''} matches "${r.name.label}"${r.description ? ` and its description matches "${r.description.label}"` : ''}`);
    case 'builtin':
      return [BUILTIN_TEXT[d.rule]];
  }
}

/** One flagged and one passing example from the check's fixtures, when it has them. */
function exampleLines(c: CheckDefinition): string[] {
  const shown = (f: CheckFixture): string => {
    const t = f.tool;
    const props = typeof t.inputSchema === 'object' && t.inputSchema !== null ? Object.keys((t.inputSchema as { properties?: object }).properties ?? {}) : [];
    const text = t.description ?? (props.length > 0 ? `parameter ${props.join(', ')}` : t.name);
    return code(JSON.stringify(text).slice(1, -1).replace(/\\u001b/gi, '\\u001B'));
  };
  const pos = c.fixtures?.positive[0];
  const neg = c.fixtures?.negative[0];
  if (!pos && !neg) return [];
  const lines = ['', '**Example**', ''];
  if (pos) lines.push(`- Flagged: tool \`${pos.tool.name}\`, ${shown(pos)}${pos.note ? ` (${pos.note})` : ''}`);
  if (neg) lines.push(`- Passes: tool \`${neg.tool.name}\`, ${shown(neg)}${neg.source ? ` (real tool, ${neg.source})` : ''}`);
  return lines;
}

function checkSection(c: CheckDefinition): string[] {
  const anchor = checkDocsAnchor(c);
  const lines: string[] = [];
  if (anchor !== undefined) lines.push(`<a id="${anchor}"></a>`);
  lines.push(`### ${c.id} — ${c.title}`, '');
  lines.push(`- Finding id: ${findingId(c)}`);
  lines.push(`- Layers: ${layerList(c.layers)}`);
  if (c.controlId) lines.push(`- Control: [${c.controlId}](controls.md#${c.controlId.toLowerCase()})`);
  lines.push(...crosswalkLines(c));
  lines.push(`- Exposure: \`${c.cvssVector}\` (CVSS v4.0 base score ${cvss4BaseScore(c.cvssVector).toFixed(1)})`);
  lines.push('', '**What it looks for**', '');
  lines.push(...detectorLines(c.detector));
  lines.push(...exampleLines(c));
  lines.push('', `**Fix:** ${c.remediation}`, '');
  return lines;
}

/** Renders docs/checks.md from the tool-surface check catalog. */
export function renderChecksDoc(catalog: CheckCatalog = checkCatalog()): string {
  const out: string[] = [
    '<!-- Generated from data/checks/tool-surface.json by renderChecksDoc() in src/surface/docs.ts; do not edit by hand. -->',
    '<!-- Regenerate: UPDATE_DOCS=1 npx vitest run __tests__/docs/checks-doc.test.ts -->',
    '# Tool-surface checks',
    '',
    `Catalog \`${catalog.catalog}\` version ${catalog.version}. These checks look at the tool surface itself rather than at the controls around it: poisoned tool text, drift between what a server declares and what it exposes, and changes against the committed tool lock. Each finding is scored like any other: the exposure vector below gives the CVSS v4.0 base score, and the server's AIVSS factors turn it into the finding's AIVSS score. The MAESTRO controls, and the checks that belong to the control catalog (CHK-…), are in [controls.md](controls.md).`,
    '',
    `Limits: each text is examined up to ${catalog.limits.maxTextLength} characters; at most ${catalog.limits.maxStringsPerItem} strings are read from one tool (its name, description and schema strings together); a finding shows at most ${catalog.limits.maxEvidencePerFinding} pieces of evidence and says how many more there are. The patterns themselves are in \`data/checks/tool-surface.json\`.`,
    '',
    '| Check | Kind | Title | Control |',
    '|---|---|---|---|',
  ];
  for (const c of catalog.checks) {
    const anchor = checkDocsAnchor(c);
    const id = anchor !== undefined ? `[${c.id}](#${anchor})` : c.id;
    out.push(`| ${id} | ${c.kind} | ${cell(c.title)} | ${c.controlId ?? ''} |`);
  }
  out.push('');
  const kinds = [...new Set(catalog.checks.map((c) => c.kind))];
  for (const kind of kinds) {
    const heading = KIND_HEADINGS[kind];
    out.push(`## ${heading.title}`, '', heading.intro, '');
    for (const c of catalog.checks.filter((x) => x.kind === kind)) out.push(...checkSection(c));
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
