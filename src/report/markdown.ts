import type { Finding, Severity } from '../model/finding.js';
import type { Decision, ScanResult } from '../model/result.js';
import type { Delta } from '../policy/delta.js';
import { hasChanges, sortFindings } from '../policy/delta.js';
import { anchor, escapeCode, escapeHtml, escapeText, wellFormed } from './escape.js';
import { defaultRedactor, type Redactor } from '../redact/index.js';

/** The hidden marker that identifies our sticky PR comment. */
export const COMMENT_MARKER = '<!-- mcp-risk-gate:comment -->';
const IDS_PREFIX = '<!-- mcp-risk-gate:findings ';
const IDS_MAX_CHARS = 8_000;

/** GitHub rejects comment bodies of 65,536 characters or more. */
export const COMMENT_MAX_CHARS = 65_535;
/** A step summary over 1 MiB is rejected; keep room for anything appended after us. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  target: 'comment' | 'summary';
  delta?: Delta;
  /** Finding ids listed by the previous sticky comment, for "fixed since last run". */
  previousFindingIds?: readonly string[];
  /** Where docs/controls.md lives (absolute URL for comments; relative links do not resolve there). */
  docsUrl?: string;
  /** Link to the full report (the run's summary), named when the comment had to be cut. */
  detailsUrl?: string;
  /** Overrides the budget: characters for a comment, UTF-8 bytes for a summary. */
  budget?: number;
  /** The run's redactor (its known secrets); the known formats are redacted without one. */
  redactor?: Redactor;
}

/** How much detail one rendering attempt includes; attempts go from most to least. */
interface Level {
  findings: number;
  brief: boolean;
  factors: boolean;
  layers: boolean;
  notices: number;
  listed: number;
}

const LEVELS: readonly Level[] = [
  { findings: 500, brief: false, factors: true, layers: true, notices: 100, listed: 100 },
  { findings: 100, brief: false, factors: true, layers: true, notices: 30, listed: 50 },
  { findings: 30, brief: true, factors: true, layers: true, notices: 10, listed: 20 },
  { findings: 10, brief: true, factors: false, layers: true, notices: 5, listed: 10 },
  { findings: 0, brief: true, factors: false, layers: false, notices: 0, listed: 5 },
];

const ICON: Record<Severity, string> = { Critical: '🔴', High: '🟠', Medium: '🟡', Low: '🔵', None: '⚪' };

/**
 * Renders the PR comment or the job summary. Pure and deterministic; everything that comes
 * from the scanned repository is escaped, and the output always fits the target's budget:
 * detail is dropped step by step and the report says what was cut.
 */
export function renderMarkdown(unsafeResult: ScanResult, unsafeDecision: Decision, unsafeOptions: MarkdownOptions): string {
  // Redacted before escaping: escapes and defused links would hide a secret from the patterns.
  const redactor = unsafeOptions.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const decision = redactor.deep(unsafeDecision);
  const options: MarkdownOptions = {
    ...unsafeOptions,
    ...(unsafeOptions.delta !== undefined ? { delta: redactor.deep(unsafeOptions.delta) } : {}),
    ...(unsafeOptions.previousFindingIds !== undefined ? { previousFindingIds: redactor.deep(unsafeOptions.previousFindingIds) } : {}),
  };
  const fits = (text: string) =>
    options.target === 'comment'
      ? text.length <= (options.budget ?? COMMENT_MAX_CHARS)
      : new TextEncoder().encode(text).length <= (options.budget ?? SUMMARY_MAX_BYTES);
  for (const level of LEVELS) {
    const text = render(result, decision, options, level, level !== LEVELS[0]);
    if (fits(text)) return text;
  }
  // Every field is length-capped, so this only happens with a tiny explicit budget.
  const minimal = [header(options), verdict(decision), '', 'The report was too large for this channel; see the job summary, the SARIF file or the JSON report.'].join('\n');
  return minimal;
}

/** Reads the finding ids our previous comment recorded (for "fixed since last run"). */
export function parseCommentFindingIds(body: string): string[] | undefined {
  const start = body.indexOf(IDS_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  const raw = body.slice(start + IDS_PREFIX.length, end).trim();
  if (raw === '') return [];
  try {
    return raw.split(' ').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

function render(result: ScanResult, decision: Decision, options: MarkdownOptions, level: Level, cut: boolean): string {
  const out: string[] = [];
  const findings = sortFindings(result.findings ?? []);
  if (options.target === 'comment') {
    out.push(COMMENT_MARKER);
    out.push(`${IDS_PREFIX}${encodeIds(findings)} -->`);
  }
  out.push(verdict(decision), '');
  out.push(badges(result), '');

  const reasons = decision.reasons.slice(0, 20);
  if (reasons.length > 0) {
    for (const r of reasons) out.push(`- ${escapeText(r, { max: 400 })}`);
    if (decision.reasons.length > reasons.length) out.push(`- …and ${decision.reasons.length - reasons.length} more reasons`);
    out.push('');
  }
  out.push(...wayToPassSection(decision));

  if (cut) {
    const what = [
      findings.length > level.findings ? `${findings.length - level.findings} of ${findings.length} findings` : '',
      level.brief ? 'finding details' : '',
      level.factors ? '' : 'AIVSS factors',
      level.layers ? '' : 'the MAESTRO layer table',
      level.notices === 0 ? 'notices' : '',
    ].filter((s) => s !== '');
    const where = safeUrl(options.detailsUrl) !== undefined ? ` Full report: [run summary](${safeUrl(options.detailsUrl)}).` : ' The job summary, SARIF and JSON report have everything.';
    out.push(`> [!NOTE]`, `> Shortened to fit GitHub's ${options.target === 'comment' ? 'comment' : 'job summary'} size limit: left out ${what.join(', ') || 'some detail'}.${where}`, '');
  }

  if (options.delta !== undefined) out.push(...deltaSection(options.delta, level), '');
  out.push(...fixedSinceLastRun(findings, options.previousFindingIds, level));

  out.push(...layersSection(result, level));
  out.push(...findingsSection(findings, level, options));
  if (level.factors) out.push(...fixPathSection(result));
  if (level.factors) out.push(...factorsSection(result));
  out.push(...noticesSection(result, level));

  out.push(`<sub>${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)} · OWASP AIVSS v${escapeHtml(result.aivssVersion)} · CSA MAESTRO</sub>`);
  return out.join('\n') + '\n';
}

/**
 * Ids are percent-encoded so a tool name cannot close the HTML comment, and capped so they
 * never crowd out the report; a capped list only makes "fixed since last run" under-report.
 */
function encodeIds(findings: readonly Finding[]): string {
  const out: string[] = [];
  let size = 0;
  for (const f of findings) {
    const id = encodeURIComponent(wellFormed(f.id));
    if (size + id.length + 1 > IDS_MAX_CHARS) break;
    out.push(id);
    size += id.length + 1;
  }
  return out.join(' ');
}

function header(options: MarkdownOptions): string {
  return options.target === 'comment' ? COMMENT_MARKER : '';
}

/** The verdict an earlier comment of ours showed, read back from its heading. */
export function commentVerdict(body: string): Decision['result'] | undefined {
  for (const result of ['pass', 'warn', 'fail', 'error'] as const) {
    if (body.includes(`\n${verdict({ result, reasons: [] })}\n`)) return result;
  }
  return undefined;
}

function verdict(decision: Decision): string {
  switch (decision.result) {
    case 'pass':
      return '### ✅ MCP risk gate: passed';
    case 'warn':
      return '### ⚠️ MCP risk gate: policy exceeded (warn-only)';
    case 'fail':
      return '### ❌ MCP risk gate: failed';
    case 'error':
      return '### ⛔ MCP risk gate: input error';
  }
}

function badges(result: ScanResult): string {
  const name = result.server.name ?? result.profile.name;
  const server = name !== undefined ? `${escapeCode(name)}${result.server.version !== undefined ? ` ${escapeCode(result.server.version, { max: 40 })}` : ''} · ` : '';
  const score = result.score === undefined ? '**Risk** not evaluated' : `**Risk** ${ICON[result.severity ?? 'None']} **${fmt(result.score)} ${result.severity ?? ''}**`.trimEnd();
  const posture = result.posture === undefined ? '**Posture** not evaluated' : `**Posture** ${fmt(result.posture)} / 10`;
  const missing = result.controls === undefined ? '**Controls** not evaluated' : `**Missing required controls** ${result.controls.filter((c) => c.status === 'missing' && c.requirement === 'required').length}`;
  const findings = result.findings === undefined ? '**Findings** not evaluated' : `**Findings** ${result.findings.length}${waivedCount(result.findings)}`;
  const tools = result.capabilities.surface.unknown ? '**Tools** unknown surface' : `**Tools** ${result.capabilities.surface.toolCount}`;
  return `${server}${score} · ${posture} · ${missing} · ${findings} · ${tools} · AIVSS v${escapeText(result.aivssVersion)}`;
}

function waivedCount(findings: readonly Finding[]): string {
  const n = findings.filter((f) => f.waived !== undefined).length;
  return n > 0 ? ` (${n} waived)` : '';
}

function deltaSection(delta: Delta, level: Level): string[] {
  const out = ['#### Changes in this pull request', ''];
  if (!hasChanges(delta)) return [...out, 'No change in tools, findings, score or posture against the base.'];
  out.push('| | Base | This PR |', '|---|---|---|');
  out.push(`| Risk score | ${opt(delta.score.before)} | ${opt(delta.score.after)}${change(delta.score.before, delta.score.after)} |`);
  out.push(`| Posture | ${opt(delta.posture.before)} | ${opt(delta.posture.after)}${change(delta.posture.before, delta.posture.after)} |`, '');
  const names = (list: readonly string[]) => `${list.slice(0, level.listed).map((n) => escapeCode(n)).join(', ')}${list.length > level.listed ? ` and ${list.length - level.listed} more` : ''}`;
  if (delta.tools.added.length > 0) out.push(`- **Tools added (${delta.tools.added.length}):** ${names(delta.tools.added)}`);
  if (delta.tools.removed.length > 0) out.push(`- **Tools removed (${delta.tools.removed.length}):** ${names(delta.tools.removed)}`);
  if (delta.tools.changed.length > 0) {
    const shown = delta.tools.changed.slice(0, level.listed).map((c) => `${escapeCode(c.name)} (${c.fields.join(', ')})`);
    const more = delta.tools.changed.length > level.listed ? ` and ${delta.tools.changed.length - level.listed} more` : '';
    out.push(`- **Tools changed (${delta.tools.changed.length}):** ${shown.join(', ')}${more}`);
  }
  if (delta.findings.new.length > 0) out.push(`- **New findings (${delta.findings.new.length}):** ${briefList(delta.findings.new, level.listed)}`);
  if (delta.findings.fixed.length > 0) out.push(`- **Fixed by this PR (${delta.findings.fixed.length}):** ${briefList(delta.findings.fixed, level.listed)}`);
  if (delta.controls.newlyMissing.length > 0) out.push(`- **Controls now missing:** ${names(delta.controls.newlyMissing)}`);
  if (delta.controls.nowPresent.length > 0) out.push(`- **Controls now present:** ${names(delta.controls.nowPresent)}`);
  if (delta.factors.length > 0) {
    out.push(`- **Factor changes:** ${delta.factors.map((f) => `${escapeText(f.name, { max: 60 })} ${opt(f.before, 1)} → ${opt(f.after, 1)}`).join('; ')}`);
  }
  return out;
}

function fixedSinceLastRun(findings: readonly Finding[], previous: readonly string[] | undefined, level: Level): string[] {
  if (previous === undefined) return [];
  const now = new Set(findings.map((f) => wellFormed(f.id)));
  const fixed = [...new Set(previous)].filter((id) => !now.has(id)).sort();
  if (fixed.length === 0) return [];
  const shown = fixed.slice(0, level.listed).map((id) => escapeCode(id)).join(', ');
  return ['#### Fixed since last run', '', `${fixed.length} finding${fixed.length === 1 ? '' : 's'} gone since the previous report: ${shown}${fixed.length > level.listed ? ` and ${fixed.length - level.listed} more` : ''}.`, ''];
}

function layersSection(result: ScanResult, level: Level): string[] {
  if (!level.layers) return [];
  if (result.layers === undefined) return ['**MAESTRO controls:** not evaluated.', ''];
  const missing = result.layers.reduce((n, l) => n + l.missing, 0);
  const out = [`<details${missing > 0 ? ' open' : ''}><summary>MAESTRO controls by layer (${missing} missing)</summary>`, ''];
  out.push('| Layer | Required | Present | Missing | Waived |', '|---|---:|---:|---:|---:|');
  for (const l of result.layers) {
    out.push(`| ${escapeText(l.layer)} ${escapeText(l.name, { max: 60 })} | ${l.required} | ${l.present} | ${l.missing > 0 ? `**${l.missing}**` : '0'} | ${l.waived} |`);
  }
  const missingControls = (result.controls ?? []).filter((c) => c.status === 'missing');
  if (missingControls.length > 0) {
    out.push('', `Missing: ${missingControls.slice(0, level.listed).map((c) => `${escapeCode(c.id, { max: 40 })} ${escapeText(c.title, { max: 100 })} (${c.requirement})`).join('; ')}${missingControls.length > level.listed ? ` and ${missingControls.length - level.listed} more` : ''}`);
  }
  return [...out, '', '</details>', ''];
}

function findingsSection(findings: readonly Finding[], level: Level, options: MarkdownOptions): string[] {
  if (findings.length === 0) return [];
  const shown = findings.slice(0, level.findings);
  if (shown.length === 0) return [`**Findings:** ${findings.length} (listed in the job summary and SARIF).`, ''];
  const open = findings.some((f) => f.waived === undefined && (f.severity === 'Critical' || f.severity === 'High'));
  const out = [`<details${open ? ' open' : ''}><summary>Findings (${findings.length})</summary>`, ''];
  for (const f of shown) {
    const waived = f.waived !== undefined ? ' · _waived_' : '';
    out.push(`- ${ICON[f.severity]} **${fmt(f.aivss)} ${f.severity}** · ${escapeCode(f.id)} · ${escapeText(f.title, { max: 160 })}${waived}`);
    if (!level.brief) {
      out.push(`  ${escapeText(f.message, { max: 500 })}`);
      if (f.locations.length > 0) {
        const where = f.locations.slice(0, 3).map((l) => escapeCode(`${l.path}${l.line !== undefined ? `:${l.line}` : ''}`, { max: 160 }));
        out.push(`  Where: ${where.join(', ')}${f.locations.length > 3 ? ` and ${f.locations.length - 3} more` : ''}`);
      }
      out.push(`  Fix: ${escapeText(f.remediation, { max: 500 })}${docsLink(f, options)}`);
      if (f.waived !== undefined) {
        const owner = f.waived.owner !== undefined ? ` by ${escapeText(f.waived.owner, { max: 60 })}` : '';
        out.push(`  Waived until ${escapeText(f.waived.expires, { max: 10 })}${owner}: ${escapeText(f.waived.justification, { max: 300 })}`);
      }
    }
  }
  if (findings.length > shown.length) out.push(`- …and ${findings.length - shown.length} more findings (see the job summary, SARIF or JSON report).`);
  return [...out, '', '</details>', ''];
}

function docsLink(f: Finding, options: MarkdownOptions): string {
  // A catalog plug-in documents its controls on its own page (an absolute https URL).
  const own = f.docs !== undefined && /^https:\/\//.test(f.docs) ? safeUrl(f.docs) : undefined;
  if (own !== undefined) return ` · [docs](${own})`;
  // The anchor comes from the catalog (or the control id) and is reduced to [a-z0-9-].
  const fromDocs = f.docs !== undefined ? anchor(f.docs.includes('#') ? f.docs.slice(f.docs.lastIndexOf('#') + 1) : f.docs) : '';
  const slug = fromDocs !== '' ? fromDocs : anchor(f.controlId ?? f.id.split(':')[0] ?? '');
  if (slug === '') return '';
  const base = safeUrl(options.docsUrl) ?? 'docs/controls.md';
  return ` · [docs](${base}#${slug})`;
}

/** The next step first: the fewest fixes that pass this policy, each re-scored, or why none can. */
function wayToPassSection(decision: Decision): string[] {
  const way = decision.wayToPass;
  if (way === undefined) return [];
  const out: string[] = [];
  if (way.possible) {
    out.push(`**To pass:** ${way.fixes.length === 1 ? 'one fix' : `${way.fixes.length} fixes`}, in this order (each score is re-computed with the fixes above it):`, '');
  } else {
    out.push(`**No fix in the catalog passes this policy.** ${escapeText(way.why ?? '', { max: 400 })}`, '');
    if (way.fixes.length > 0) out.push('What lowers the score most:', '');
  }
  way.fixes.forEach((f, i) => out.push(`${i + 1}. ${escapeText(f.fix, { max: 80 })}: ${escapeText(f.title, { max: 120 })} → ${fmt(f.score)} ${escapeText(f.severity, { max: 20 })}`));
  if (way.fixes.length > 0) out.push('');
  return out;
}

/** The cumulative fixes that lower the score, so a maintainer sees how far green is. */
function fixPathSection(result: ScanResult): string[] {
  if (result.fixPath === undefined || result.fixPath.length === 0 || result.score === undefined) return [];
  const out = ['<details><summary>Path to a lower score</summary>', '', '| After fixing | Score | Severity |', '|---|---:|---|'];
  out.push(`| (now) | ${fmt(result.score)} | ${escapeText(result.severity ?? '', { max: 20 })} |`);
  for (const step of result.fixPath) {
    out.push(`| + ${escapeText(step.fix, { max: 80 })}: ${escapeText(step.title, { max: 100 })} | ${fmt(step.after.score)} | ${escapeText(step.after.severity, { max: 20 })} |`);
  }
  return [...out, '', 'Each row includes the fixes above it; every score is re-computed.', '', '</details>', ''];
}

function factorsSection(result: ScanResult): string[] {
  if (result.factors === undefined) return ['**AIVSS factors:** not evaluated.', ''];
  if (result.factors.length === 0) return [];
  const out = [`<details><summary>AIVSS agentic factors (posture ${opt(result.posture)} / 10)</summary>`, ''];
  out.push('| Factor | Value | Why |', '|---|---:|---|');
  for (const f of result.factors) {
    const why = f.reasons.slice(0, 2).map((r) => escapeText(r.text, { max: 160 })).join('; ');
    const flags = `${f.overridden ? ' (override)' : ''}${f.continuous === true ? ' (continuous)' : ''}`;
    out.push(`| ${escapeText(f.name, { max: 60 })} | ${fmt(f.value, 2)}${flags} | ${why}${f.reasons.length > 2 ? ` (+${f.reasons.length - 2})` : ''} |`);
  }
  return [...out, '', '</details>', ''];
}

function noticesSection(result: ScanResult, level: Level): string[] {
  const items = [
    ...result.errors.map((e) => `- ❗ ${escapeCode(`${e.path}${e.line !== undefined ? `:${e.line}` : ''}`, { max: 160 })} ${escapeText(e.message, { max: 300 })}${e.hint !== undefined ? ` ${escapeText(e.hint, { max: 200 })}` : ''}`),
    ...result.notices.map((n) => `- ${escapeCode(`${n.path}${n.line !== undefined ? `:${n.line}` : ''}`, { max: 160 })} ${escapeText(n.message, { max: 300 })}`),
  ];
  if (items.length === 0 || level.notices === 0) return [];
  const out = [`<details${result.errors.length > 0 ? ' open' : ''}><summary>Errors and notices (${items.length})</summary>`, '', ...items.slice(0, level.notices)];
  if (items.length > level.notices) out.push(`- …and ${items.length - level.notices} more`);
  return [...out, '', '</details>', ''];
}

function briefList(findings: readonly Finding[], max: number): string {
  const shown = sortFindings(findings).slice(0, max).map((f) => `${escapeCode(f.id)} ${fmt(f.aivss)}`);
  return `${shown.join(', ')}${findings.length > max ? ` and ${findings.length - max} more` : ''}`;
}

/** Only http(s) URLs or plain relative paths, with nothing that could end the link early. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+|[A-Za-z0-9._/-]+)$/.test(url) && !/[()]/.test(url) ? url : undefined;
}

function fmt(n: number, digits = 1): string {
  return digits === 1 ? (Math.round(n * 10) / 10).toFixed(1) : String(Math.round(n * 100) / 100);
}

function opt(n: number | undefined, digits = 1): string {
  return n === undefined ? '—' : fmt(n, digits);
}

function change(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return '';
  const d = Math.round((after - before) * 10) / 10;
  return d === 0 ? '' : ` (${d > 0 ? '+' : ''}${d.toFixed(1)})`;
}
