import type { Finding, Severity } from '../model/finding.js';
import type { Decision, ScanResult, WaiverReport, WayToPass } from '../model/result.js';
import type { LayerId } from '../model/layer.js';
import { MAESTRO_LAYERS } from '../model/layer.js';
import type { Delta } from '../policy/delta.js';
import { hasChanges, naturalCompare, sortFindings } from '../policy/delta.js';
import { escapeCode, escapeHtml, escapeInline, escapeText, flatten, wellFormed } from './escape.js';
import { FACTORS, TERMS, bar, docsHref, docsPage, factorShort, termsUrl } from './explain.js';
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
  /** Link to the full report (the run's summary). */
  detailsUrl?: string;
  /** Overrides the budget: characters for a comment, UTF-8 bytes for a summary. */
  budget?: number;
  /** The run's redactor (its known secrets); the known formats are redacted without one. */
  redactor?: Redactor;
  /** The base result (its factors are drawn beside this run's). */
  base?: ScanResult;
}

/**
 * How much one rendering attempt includes; attempts go from most to least. The comment is
 * short by design (the summary is the complete report), so only its lists shrink.
 */
interface Level {
  /** Findings (or groups) listed. */
  findings: number;
  /** Findings with full detail (summary). */
  detailed: number;
  /** Tool rows (summary). */
  tools: number;
  /** Names listed in one line before "and N more". */
  listed: number;
  pictures: boolean;
  notices: number;
}

const COMMENT_LEVELS: readonly Level[] = [
  { findings: 40, detailed: 0, tools: 0, listed: 3, pictures: true, notices: 10 },
  { findings: 15, detailed: 0, tools: 0, listed: 3, pictures: true, notices: 5 },
  { findings: 5, detailed: 0, tools: 0, listed: 3, pictures: false, notices: 0 },
];
const SUMMARY_LEVELS: readonly Level[] = [
  { findings: 5000, detailed: 5000, tools: 5000, listed: 50, pictures: true, notices: 500 },
  { findings: 1000, detailed: 200, tools: 1000, listed: 20, pictures: true, notices: 100 },
  { findings: 300, detailed: 50, tools: 200, listed: 10, pictures: true, notices: 30 },
  { findings: 50, detailed: 10, tools: 50, listed: 5, pictures: false, notices: 10 },
];

const ICON: Record<Severity, string> = { Critical: '🔴', High: '🟠', Medium: '🟡', Low: '🔵', None: '⚪' };

const AIVSS_HOME = 'https://aivss.owasp.org/';

/** Everything one rendering reads. */
interface Ctx {
  result: ScanResult;
  decision: Decision;
  options: MarkdownOptions;
  findings: Finding[];
  way: WayToPass | undefined;
  level: Level;
  comment: boolean;
  /** Not the first (fullest) level: the report says what was left out. */
  cut: boolean;
}

/**
 * Renders the PR comment or the job summary. Pure and deterministic; everything that comes
 * from the scanned repository is escaped, and the output fits the target's budget.
 *
 * The comment reads top-down in ten seconds: the verdict, the one next step, what this pull
 * request changed, then everything else collapsed. The summary is the complete report.
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
    ...(unsafeOptions.base !== undefined ? { base: redactor.deep(unsafeOptions.base) } : {}),
  };
  const comment = options.target === 'comment';
  const fits = (text: string) =>
    comment ? text.length <= (options.budget ?? COMMENT_MAX_CHARS) : new TextEncoder().encode(text).length <= (options.budget ?? SUMMARY_MAX_BYTES);
  const findings = sortFindings(result.findings ?? []);
  // The gate's decision carries the way to pass; a bare Decision may come without it.
  const way = decision.wayToPass ?? result.decision?.wayToPass;
  const levels = comment ? COMMENT_LEVELS : SUMMARY_LEVELS;
  for (const level of levels) {
    const text = render({ result, decision, options, findings, way, level, comment, cut: level !== levels[0] });
    if (fits(text)) return text;
  }
  // Every field is length-capped, so this only happens with a tiny explicit budget.
  return [...(comment ? [COMMENT_MARKER] : []), verdict(decision), '', 'The report was too large for this channel; see the job summary, the SARIF file or the JSON report.'].join('\n') + '\n';
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

/** The verdict an earlier comment of ours showed, read back from its heading. */
export function commentVerdict(body: string): Decision['result'] | undefined {
  for (const result of ['pass', 'warn', 'fail', 'error'] as const) {
    if (body.includes(`\n${verdict({ result, reasons: [] })}\n`)) return result;
  }
  return undefined;
}

/** Waivers that no longer apply or never did: the log and the top of the report name them. */
export function waiverProblems(result: ScanResult): WaiverReport[] {
  return (result.waivers ?? []).filter((w) => w.state === 'expired' || w.state === 'hash-changed' || w.state === 'invalid' || w.state === 'unused');
}

export function waiverProblemText(w: WaiverReport): string {
  return w.message;
}

function render(c: Ctx): string {
  const out: string[] = [];
  if (c.comment) {
    out.push(COMMENT_MARKER);
    out.push(`${IDS_PREFIX}${encodeIds(c.findings)} -->`);
  }
  out.push(verdict(c.decision), '');
  // A pull request that edits its own policy is the first thing to review.
  out.push(...profileChangesSection(c.result, c.level));
  out.push(headline(c), '');
  out.push(...waiverSection(c));
  out.push(...reasonsSection(c));
  out.push(...nextStepSection(c));
  if (c.options.delta !== undefined) out.push(...deltaSection(c.options.delta, c));
  out.push(...fixedSinceLastRun(c));
  out.push(...cutNote(c));
  if (c.comment) out.push(...commentRest(c));
  else out.push(...summaryRest(c));
  out.push(footer(c));
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

function verdict(decision: Pick<Decision, 'result'> & Partial<Decision>): string {
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

/** One line of numbers, each term linked to a one-sentence explanation the first time it appears. */
function headline(c: Ctx): string {
  const r = c.result;
  const name = r.server.name ?? r.profile.name;
  const server = name !== undefined ? `${escapeCode(name)}${r.server.version !== undefined ? ` ${escapeCode(r.server.version, { max: 40 })}` : ''} · ` : '';
  // Any registered version (src/aivss/versions.ts), but only a version number goes into the link text.
  const aivss = `[AIVSS v${/^[0-9]+\.[0-9]+$/.test(r.aivssVersion) ? r.aivssVersion : '?'}](${AIVSS_HOME} "OWASP agentic AI risk score, 0 to 10")`;
  const score = r.score === undefined ? `**Risk** not evaluated` : `**Risk ${ICON[r.severity ?? 'None']} ${fmt(r.score)} ${r.severity ?? ''}** (${aivss})`;
  const open = (r.findings ?? []).filter((f) => f.waived === undefined).length;
  const waived = (r.findings ?? []).length - open;
  const findings = r.findings === undefined ? 'findings not evaluated' : `${count(open, 'open finding')}${waived > 0 ? ` (${waived} waived)` : ''}`;
  const tools = r.capabilities.surface.unknown ? 'tools unknown' : count(r.capabilities.surface.toolCount, 'tool');
  const posture = r.posture === undefined ? '' : ` · [posture](${termsUrl(safeUrl(c.options.docsUrl), TERMS.posture.anchor)} "Sum of the ten agentic factors") ${fmt(r.posture)} / 10`;
  const line = `${server}${score} · ${findings} · ${tools}${posture}`;
  if (c.comment) return line;
  return `${line}\n\n<sub>${escapeInline(TERMS.aivss.text, { max: 400 })} The risk score is the worst finding's. ${escapeInline(TERMS.posture.text, { max: 400 })} [What the terms mean](${termsUrl(safeUrl(c.options.docsUrl), 'aivss')}).</sub>`;
}

function attr(text: string): string {
  return text.replace(/"/g, "'").replace(/[<>]/g, '');
}

function waiverSection(c: Ctx): string[] {
  const problems = waiverProblems(c.result);
  if (problems.length === 0) return [];
  const file = escapeCode(c.result.profile.configPath ?? '.mcp-risk.yml');
  const out = ['> [!WARNING]', `> ${count(problems.length, 'waiver')} in ${file} ${problems.length === 1 ? 'does' : 'do'} not apply:`];
  for (const w of problems.slice(0, c.level.listed)) out.push(`> - ${escapeInline(w.message, { max: room(c, 300) })}`);
  if (problems.length > c.level.listed) out.push(`> - and ${problems.length - c.level.listed} more`);
  return [...out, ''];
}

/** Why the gate decided so, without the lists of control ids (the next step and findings say those in words). */
function reasonsSection(c: Ctx): string[] {
  const reasons = c.decision.reasons;
  if (reasons.length === 0) return [];
  if (c.comment) {
    // The pass comment stays a few lines; a failing one says why in one line each.
    const shown = c.decision.result === 'pass' ? reasons.slice(0, 1) : reasons.slice(0, 4);
    return [...shown.map((r) => `- ${escapeInline(shortReason(r), { max: 300 })}`), ''];
  }
  return [...reasons.map((r) => `- ${escapeInline(r, { max: room(c, 600) })}`), ''];
}

/** "14 missing required controls: MAE-L2-01, …" reads "14 missing required controls." in the comment. */
function shortReason(reason: string): string {
  return reason.replace(/ \(worst: [^)]*\)/, '').replace(/: (?:MAE|CHK|SCN|MRG)-[^\s,]+(?:, [^\s,]+)*(?: and \d+ more)?\.?$/, '.');
}

function findingFor(c: Ctx, fix: string): Finding | undefined {
  return c.findings.find((f) => f.id === fix) ?? c.findings.find((f) => f.controlId === fix);
}

/** The fewest re-scored fixes that pass, the first one spelled out with its code; or why none can. */
function nextStepSection(c: Ctx): string[] {
  const way = c.way;
  if (way === undefined || c.decision.result === 'pass') return [];
  const out: string[] = ['#### Next step', ''];
  if (way.possible) {
    out.push(way.fixes.length === 1 ? 'One fix passes the gate:' : `These ${way.fixes.length} fixes pass the gate (each score re-computed with the fixes above it):`, '');
  } else {
    out.push(`No fix in the catalog passes this policy. ${escapeInline(namedIds(way.why ?? '', c), { max: 800 })}`, '');
    if (way.fixes.length > 0) out.push('What lowers the score most:', '');
  }
  const shown = c.comment ? way.fixes.slice(0, 3) : way.fixes;
  shown.forEach((fx, i) => {
    const f = findingFor(c, fx.fix);
    const title = f !== undefined ? f.title : fx.title;
    const link = f !== undefined ? docsLink(f, c) : '';
    out.push(`${i + 1}. **${escapeInline(title, { max: 120 })}** → ${fmt(fx.score)} ${escapeInline(fx.severity, { max: 20 })}${f !== undefined ? ` · ${whereText(f, c, 1)}` : ''}${link !== '' ? ` · [how](${link})` : ''}`);
  });
  if (way.fixes.length > shown.length) out.push(`${shown.length + 1}. …and ${way.fixes.length - shown.length} more (job summary)`);
  out.push('');
  const first = way.fixes[0] !== undefined ? findingFor(c, way.fixes[0].fix) : undefined;
  if (first !== undefined) out.push(...fixBody(first, c, c.comment ? 'first' : 'full'));
  return out;
}

/** Control ids in a sentence read as what is missing ("No rate limit or timeout on tool calls"). */
function namedIds(text: string, c: Ctx): string {
  return text.replace(/\bMAE-L\d-\d\d\b/g, (id) => {
    const f = c.findings.find((x) => x.controlId === id && x.kind === 'missing-control');
    return f !== undefined ? `${f.title} (${id})` : id;
  });
}

/** The fix in words and as a copyable block: once, where the reader acts on it. */
function fixBody(f: Finding, c: Ctx, mode: 'first' | 'full'): string[] {
  const out: string[] = [];
  const text = f.fix?.text ?? f.remediation;
  out.push(`${mode === 'first' ? `**${escapeInline(f.title, { max: 120 })}:** ` : '**Fix:** '}${inline(text)}`, '');
  const s = f.fix?.snippet;
  if (s !== undefined) {
    // The catalog's sample files (src/server.js, mcp-tools.json) are named only when this repository
    // has them, or when the fix is to add that very file; otherwise the block is an example.
    const added = s.file !== undefined && ((f.addFile !== undefined && (s.file === f.addFile || s.file.startsWith(`${f.addFile.replace(/\/+$/, '')}/`))) || s.file.startsWith('.github/workflows/'));
    const where = s.file === undefined ? 'For example' : s.fileExists === true ? `In ${escapeCode(s.file)}` : added ? `Add ${escapeCode(s.file)} (new file)` : 'For example';
    out.push(`${where}:`, '', ...codeBlock(s.lang, s.code), '');
  }
  return out;
}

/** Trusted catalog prose with `code` spans: the spans stay code (copyable), the rest is escaped text. */
function inline(text: string): string {
  const parts = text.split(/(`+)([^`]+?)\1/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 3 === 0) out.push(escapeInline(parts[i] ?? '', { max: 2000 }));
    else if (i % 3 === 2) out.push(escapeCode(parts[i] ?? '', { max: 400 }));
  }
  return out.join('');
}

/** A fenced block longer than any backtick run inside; hidden characters shown, never carried into a paste. */
function codeBlock(lang: string, code: string): string[] {
  const clean = wellFormed(code).replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${/^[a-z]+$/.test(lang) ? lang : ''}`, ...clean.split('\n').map((l) => flatten(l)), fence];
}

/** Where: files that exist (with lines), or "add <file>" when the fix is a new file. */
function whereText(f: Finding, c: Ctx, max: number): string {
  if (f.addFile !== undefined) return `add ${escapeCode(f.addFile)}`;
  const locs = f.locations.filter((l) => l.path !== '.' && l.path !== '');
  if (locs.length === 0) return 'the repository';
  const shown = locs.slice(0, max).map((l) => escapeCode(`${l.path}${l.line !== undefined ? `:${l.line}` : ''}`, { max: 160 }));
  return `${shown.join(', ')}${locs.length > max ? ` and ${locs.length - max} more` : ''}`;
}

function docsLink(f: Finding, c: Ctx): string {
  if (f.kind === 'scenario') return termsUrl(safeUrl(c.options.docsUrl), TERMS.scenario.anchor);
  // A plug-in named by the org documents its controls on its own page (an absolute https URL; a
  // repository's own plug-in has its docs dropped when loaded, see maestro/plugins.ts).
  const own = f.docs !== undefined && /^https:\/\//.test(f.docs) ? safeUrl(f.docs) : undefined;
  if (own !== undefined) return own;
  // The page and anchor come from the catalog (controls.md or checks.md), reduced to [a-z0-9-].
  const page = docsPage(f.docs, f.controlId ?? f.id.split(':')[0] ?? '');
  return page === '' ? '' : docsHref(page, safeUrl(c.options.docsUrl));
}

function deltaSection(delta: Delta, c: Ctx): string[] {
  const out = ['#### Changes in this pull request', ''];
  if (!hasChanges(delta)) return [...out, 'No change in tools, findings, score or posture against the base.', ''];
  const n = c.level.listed;
  out.push(`- **Risk** ${opt(delta.score.before)} → ${opt(delta.score.after)}${change(delta.score.before, delta.score.after)} · **posture** ${opt(delta.posture.before)} → ${opt(delta.posture.after)}${change(delta.posture.before, delta.posture.after)}`);
  const names = (list: readonly string[]) => {
    const sorted = [...list].sort(naturalCompare);
    return `${sorted.slice(0, n).map((x) => escapeCode(x)).join(', ')}${sorted.length > n ? ` and ${sorted.length - n} more` : ''}`;
  };
  if (delta.tools.added.length > 0) out.push(`- **Tools added (${delta.tools.added.length}):** ${names(delta.tools.added)}`);
  if (delta.tools.removed.length > 0) out.push(`- **Tools removed (${delta.tools.removed.length}):** ${names(delta.tools.removed)}`);
  if (delta.tools.changed.length > 0) {
    const sorted = [...delta.tools.changed].sort((a, b) => naturalCompare(a.name, b.name));
    const shown = sorted.slice(0, n).map((t) => `${escapeCode(t.name)} (${t.fields.join(', ')})`);
    out.push(`- **Tools changed (${sorted.length}):** ${shown.join(', ')}${sorted.length > n ? ` and ${sorted.length - n} more` : ''}`);
  }
  if (delta.findings.new.length > 0) out.push(`- **New findings (${delta.findings.new.length}):** ${titles(delta.findings.new, n)}`);
  if (delta.findings.fixed.length > 0) out.push(`- **Fixed by this PR (${delta.findings.fixed.length}):** ${titles(delta.findings.fixed, n)}`);
  if (delta.factors.length > 0) {
    out.push(`- **Factors changed:** ${delta.factors.map((f) => `${escapeInline(factorShort(f.id, f.name), { max: 60 })} ${opt(f.before, 1)} → ${opt(f.after, 1)}`).join('; ')}`);
  }
  return [...out, ''];
}

/** Findings named by what they say, grouped like the findings list (one line per rule). */
function titles(findings: readonly Finding[], max: number): string {
  const groups = group(sortFindings(findings));
  const shown = groups.slice(0, max).map((g) => `${escapeInline(g.title, { max: 100 })} ${fmt(g.worst.aivss)}${g.items.length > 1 ? ` (${g.items.length} tools)` : ''}`);
  return `${shown.join('; ')}${groups.length > max ? `; and ${groups.length - max} more` : ''}`;
}

function fixedSinceLastRun(c: Ctx): string[] {
  const previous = c.options.previousFindingIds;
  if (previous === undefined) return [];
  const now = new Set(c.findings.map((f) => wellFormed(f.id)));
  const fixed = [...new Set(previous)].filter((id) => !now.has(id)).sort(naturalCompare);
  if (fixed.length === 0) return [];
  const n = c.level.listed;
  const shown = fixed.slice(0, n).map((id) => escapeCode(id)).join(', ');
  return ['#### Fixed since last run', '', `${count(fixed.length, 'finding')} gone since the previous report: ${shown}${fixed.length > n ? ` and ${fixed.length - n} more` : ''}.`, ''];
}

interface Group {
  key: string;
  title: string;
  worst: Finding;
  items: Finding[];
}

/** Identical findings across many tools (same rule, same title) become one entry with a count. */
function group(findings: readonly Finding[]): Group[] {
  const map = new Map<string, Group>();
  for (const f of findings) {
    const key = `${ruleOf(f)}\u0000${f.title}\u0000${f.waived !== undefined ? 'w' : ''}`;
    const g = map.get(key);
    if (g === undefined) map.set(key, { key, title: f.title, worst: f, items: [f] });
    else g.items.push(f);
  }
  return [...map.values()];
}

function ruleOf(f: Finding): string {
  return f.controlId ?? f.id.split(':')[0] ?? f.id;
}

function toolNames(g: Group, max: number): string {
  const names = [...new Set(g.items.map((f) => f.tool).filter((t): t is string => t !== undefined))].sort(naturalCompare);
  if (names.length <= 1) return names.length === 1 ? ` · ${escapeCode(names[0]!, { max: 48 })}` : '';
  return ` · ${names.length} tools: ${names.slice(0, max).map((t) => escapeCode(t, { max: 48 })).join(', ')}${names.length > max ? ` and ${names.length - max} more` : ''}`;
}

function findingLine(g: Group, c: Ctx): string {
  const f = g.worst;
  const req = f.requirement !== undefined ? ` (${f.requirement})` : '';
  const waived = f.waived !== undefined ? ' · _waived_' : '';
  return `- ${ICON[f.severity]} ${fmt(f.aivss)} ${escapeInline(f.title, { max: 120 })}${req}${toolNames(g, c.level.listed)}${waived}`;
}

/** The comment after the first screen: all collapsed, short lines, the full detail one click away. */
function commentRest(c: Ctx): string[] {
  const out: string[] = [];
  const groups = group(c.findings);
  if (groups.length > 0) {
    const shown = groups.slice(0, c.level.findings);
    out.push(`<details><summary>All ${count(c.findings.length, 'finding')}, worst first</summary>`, '');
    out.push(...shown.map((g) => findingLine(g, c)));
    if (groups.length > shown.length) out.push(`- …and ${groups.length - shown.length} more`);
    out.push('', `What is missing, where, the fix and the evidence for each: ${detailsLink(c)}.`, '', '</details>', '');
  }
  // A passing comment stays a few lines: the pictures are in the job summary.
  if (c.level.pictures && c.decision.result !== 'pass') out.push(...picturesSection(c, true));
  out.push(...waiveHowTo(c));
  out.push(...noticesSection(c));
  return out;
}

const EFFECT_LABEL = { loosens: '🔓 loosens', tightens: '🔒 tightens', neutral: 'ℹ️ shown only' } as const;

/** The pull request's changes to its own profile (with a base ref), and whether they were approved. */
function profileChangesSection(result: ScanResult, level: Level): string[] {
  const pc = result.profileChanges;
  if (pc === undefined || pc.changes.length === 0) return [];
  const file = escapeCode(pc.headProfile ?? pc.baseProfile ?? '.mcp-risk.yml', { max: 160 });
  const out = [`#### Profile changes in this pull request (${file} against ${escapeCode(pc.baseRef, { max: 120 })})`, ''];
  const loosening = pc.changes.filter((c) => c.effect === 'loosens').length;
  const approval = escapeText(pc.approval.message, { max: 400 });
  if (pc.approval.state === 'not-approved') {
    out.push(`> [!CAUTION]`, `> **${loosening} change${loosening === 1 ? '' : 's'} loosen${loosening === 1 ? 's' : ''} the policy and ${loosening === 1 ? 'is' : 'are'} not approved:** the base profile's policy, waivers and overrides apply (with this pull request's tightening), and the gate fails. ${approval}`, '');
  } else if (pc.approval.state === 'approved') {
    out.push(`**${loosening} change${loosening === 1 ? '' : 's'} loosen${loosening === 1 ? 's' : ''} the policy, approved${pc.approval.by !== undefined ? ` by ${escapeText(pc.approval.by, { max: 120 })}` : ''}:** this pull request's profile applies.`, '');
  } else {
    out.push('Nothing here loosens the policy; tightening applies at once.', '');
  }
  // Loosening first: it is what the reviewer has to decide on.
  const order = { loosens: 0, tightens: 1, neutral: 2 } as const;
  const changes = [...pc.changes].sort((a, b) => order[a.effect] - order[b.effect]);
  const shown = changes.slice(0, level.listed);
  out.push('| Effect | Key | Change |', '|---|---|---|');
  for (const c of shown) out.push(`| ${EFFECT_LABEL[c.effect]} | \`${c.area}\` | ${escapeText(c.message, { max: 300 })} |`);
  if (changes.length > shown.length) out.push(`| | | …and ${changes.length - shown.length} more (see the JSON report's \`profileChanges\`) |`);
  return [...out, ''];
}

function cutNote(c: Ctx): string[] {
  if (!c.cut) return [];
  const groups = group(c.findings).length;
  const what = [
    groups > c.level.findings ? `${groups - c.level.findings} of ${groups} findings` : '',
    !c.comment && c.level.detailed < groups ? 'the detail of some findings' : '',
    c.level.pictures ? '' : 'the pictures',
  ].filter((x) => x !== '');
  const url = safeUrl(c.options.detailsUrl);
  const where = url !== undefined ? ` Full report: [run summary](${url}).` : ' The SARIF and JSON reports have everything.';
  return ['> [!NOTE]', `> Shortened to fit GitHub's ${c.comment ? 'comment' : 'job summary'} size limit: left out ${what.join(', ') || 'some detail'}.${where}`, ''];
}

function detailsLink(c: Ctx): string {
  const url = safeUrl(c.options.detailsUrl);
  return url !== undefined ? `[the run's job summary](${url})` : "the run's job summary";
}

/** The complete report: every finding with its evidence, every control, scenario and tool. */
function summaryRest(c: Ctx): string[] {
  const out: string[] = [];
  if (c.level.pictures) out.push(...picturesSection(c, false));
  out.push(...findingsDetail(c));
  out.push(...controlsSection(c));
  out.push(...scenariosSection(c));
  out.push(...factorsSection(c));
  out.push(...toolsSection(c));
  out.push(...noticesSection(c));
  return out;
}

function findingsDetail(c: Ctx): string[] {
  if (c.result.findings === undefined) return ['#### Findings', '', 'Not evaluated.', ''];
  if (c.findings.length === 0) return ['#### Findings', '', 'None.', ''];
  const out = [`#### Findings (${c.findings.length})`, '', `Worst first. Missing controls come from [CSA MAESTRO](${docsHref('controls.md', safeUrl(c.options.docsUrl))} "${attr(TERMS.maestro.text)}"): ${escapeInline(TERMS.maestro.text, { max: 300 })}`, ''];
  const groups = group(c.findings);
  let detailed = 0;
  for (const g of groups.slice(0, c.level.findings)) {
    const f = g.worst;
    if (detailed >= c.level.detailed) {
      out.push(findingLine(g, c));
      continue;
    }
    detailed++;
    const req = f.requirement !== undefined ? ` · ${f.requirement}` : '';
    out.push(`##### ${ICON[f.severity]} ${fmt(f.aivss)} ${f.severity} · ${escapeInline(f.title, { max: 160 })}${req}${f.waived !== undefined ? ' · waived' : ''}`, '');
    const ids = g.items.length > 1 ? `${escapeCode(ruleOf(f))} on ${count(g.items.length, 'tool')}` : escapeCode(f.id);
    out.push(`${ids}${f.controlTitle !== undefined ? ` · control: ${escapeInline(f.controlTitle, { max: 120 })}` : ''} · CVSS ${fmt(f.cvss.score)} ${escapeCode(f.cvss.vector, { max: 120 })}`, '');
    if (g.items.length > 1) out.push(`**Tools:**${toolNames(g, c.level.listed).replace(/^ · /, ' ')}`, '');
    const missing = f.missing ?? [];
    if (missing.length > 0) {
      out.push('**Missing:**', '', ...missing.slice(0, c.level.listed).map((m) => `- ${escapeInline(plainDetail(m), { max: room(c, 600) })}`), '');
    }
    out.push(`**Why it matters:** ${escapeInline(plainDetail(f.message), { max: room(c, 1500) })}`, '');
    out.push(`**Where:** ${whereText(f, c, 5)}`, '');
    out.push(...fixBody(f, c, 'full'));
    const link = docsLink(f, c);
    if (link !== '') out.push(`[More about this control](${link})`, '');
    if (f.waived !== undefined) {
      out.push(`**Waived** until ${escapeInline(f.waived.expires, { max: 10 })}${f.waived.owner !== undefined ? ` by ${escapeInline(f.waived.owner, { max: 60 })}` : ''}: ${escapeInline(f.waived.justification, { max: 300 })}`, '');
    } else {
      out.push('<details><summary>To waive it instead</summary>', '', `Add to ${escapeCode(c.result.profile.configPath ?? '.mcp-risk.yml')}:`, '', ...codeBlock('yaml', waiverYaml([f])), '', '</details>', '');
    }
  }
  if (groups.length > c.level.findings) out.push(`- …and ${groups.length - c.level.findings} more (SARIF or JSON report)`, '');
  return out;
}

/** A ready waiver: the ids quoted as YAML double-quoted (JSON) strings with hidden characters escaped. */
function waiverYaml(findings: readonly Finding[]): string {
  const lines = ['waivers:'];
  for (const f of findings) {
    const id = f.tool !== undefined && f.id.includes(':') ? ruleOf(f) : f.id;
    lines.push(`  - id: ${yamlString(id)}`);
    if (f.tool !== undefined) lines.push(`    tool: ${yamlString(f.tool)}`);
    lines.push('    justification: "TODO: why this risk is acceptable here"', '    owner: "TODO: team or person"', '    expires: "YYYY-MM-DD" # at most 90 days out');
  }
  return lines.join('\n');
}

function yamlString(s: string): string {
  // Brackets, parentheses, angle brackets and @ as \u escapes too: YAML reads them back exactly,
  // and a hostile tool name cannot look like a link, tag or mention even in the raw Markdown.
  return JSON.stringify(wellFormed(s))
    .replace(/[[\]()<>@]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).replace(/[\u0080-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).replace(/\uDB40[\uDC00-\uDDEF]/g, (pair) => `\\U${(pair.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(8, '0')}`);
}

function waiveHowTo(c: Ctx): string[] {
  if (c.decision.result === 'pass') return [];
  const target = c.findings.find((f) => f.waived === undefined);
  if (target === undefined) return [];
  return [
    '<details><summary>To waive a finding instead</summary>',
    '',
    `Add a waiver with a reason, an owner and an expiry to ${escapeCode(c.result.profile.configPath ?? '.mcp-risk.yml')}; for the worst finding:`,
    '',
    ...codeBlock('yaml', waiverYaml([target])),
    '',
    'Expired waivers stop applying and are reported at the top of this comment. The job summary has a snippet for every finding.',
    '',
    '</details>',
    '',
  ];
}

/** Present / missing / waived per layer, from the controls themselves so the counts and the names agree. */
interface LayerRow {
  id: LayerId;
  name: string;
  present: string[];
  missing: string[];
  waived: string[];
}

function layerRows(r: ScanResult): LayerRow[] {
  const rows = new Map<LayerId, LayerRow>();
  for (const id of Object.keys(MAESTRO_LAYERS) as LayerId[]) rows.set(id, { id, name: MAESTRO_LAYERS[id], present: [], missing: [], waived: [] });
  const missingTitle = new Map((r.findings ?? []).filter((f) => f.kind === 'missing-control' && f.controlId !== undefined).map((f) => [f.controlId!, f.title]));
  for (const ctl of r.controls ?? []) {
    if (ctl.status === 'not-applicable') continue;
    // A control sits in its first (home) layer, as in docs/controls.md; its other layers are crosswalks.
    const row = rows.get(ctl.layers[0] ?? 'L1');
    if (row === undefined) continue;
    const label = ctl.status === 'missing' ? (missingTitle.get(ctl.id) ?? ctl.title) : ctl.title;
    (ctl.status === 'present' ? row.present : ctl.status === 'waived' ? row.waived : row.missing).push(label);
  }
  return [...rows.values()];
}

/**
 * Mermaid, because GitHub renders ```mermaid blocks in comments and summaries while it strips
 * inline SVG and data-URL images. Labels are our own words (factor and layer names, catalog
 * titles), never repository text, so nothing untrusted reaches the diagram source.
 */
function picturesSection(c: Ctx, collapsed: boolean): string[] {
  const r = c.result;
  const out: string[] = [];
  const factors = r.factors ?? [];
  if (factors.length > 0) {
    const base = c.options.base?.factors;
    const baseById = new Map((base ?? []).map((f) => [f.id, f.value]));
    const heading = `Agentic factors: posture ${fmt(r.posture ?? 0)} / 10${base !== undefined ? ' (bars: this PR, line: base)' : ''}`;
    out.push(collapsed ? `<details><summary>${escapeHtml(heading)}</summary>` : `#### ${escapeInline(heading)}`, '');
    // GitHub's default palette draws the bars in a pale lavender that barely shows on white.
    out.push('```mermaid', '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da, #cf222e"}}}}%%', 'xychart-beta horizontal', `  x-axis [${factors.map((f) => `"${mermaidText(factorShort(f.id, f.name))}"`).join(', ')}]`, '  y-axis "factor value (0 none, 1 full)" 0 --> 1', `  bar [${factors.map((f) => num(f.value)).join(', ')}]`);
    if (base !== undefined) out.push(`  line [${factors.map((f) => num(baseById.get(f.id) ?? 0)).join(', ')}]`);
    out.push('```', '');
    if (collapsed) out.push(`Each factor is 0, 0.5 or 1; [what each one measures](${termsUrl(safeUrl(c.options.docsUrl), 'factors')}).`, '', '</details>', '');
  }
  if (r.controls !== undefined) {
    const rows = layerRows(r);
    const missing = rows.reduce((n, l) => n + l.missing.length, 0);
    const present = rows.reduce((n, l) => n + l.present.length, 0);
    const waived = rows.reduce((n, l) => n + l.waived.length, 0);
    const heading = `MAESTRO layers: ${present} present, ${missing} missing, ${waived} waived`;
    out.push(collapsed ? `<details><summary>${escapeHtml(heading)}</summary>` : `#### ${escapeInline(heading)}`, '');
    // Wider boxes: at the default wrapping width each missing control's title takes three lines.
    out.push('```mermaid', '%%{init: {"flowchart": {"wrappingWidth": 480}}}%%', 'flowchart TB');
    // Top to bottom L7 … L1, the order MAESTRO draws its stack in.
    for (const l of [...rows].reverse()) {
      const lines = [`${l.id} ${l.name}`, `${l.present.length} present · ${l.missing.length} missing${l.waived.length > 0 ? ` · ${l.waived.length} waived` : ''}`];
      if (!collapsed) lines.push(...l.missing.map((m) => `✗ ${m}`), ...l.waived.map((w) => `~ ${w}`));
      const cls = l.missing.length > 0 ? 'missing' : l.waived.length > 0 ? 'waived' : l.present.length > 0 ? 'ok' : 'none';
      out.push(`  ${l.id}["${lines.map(mermaidText).join('<br/>')}"]:::${cls}`);
    }
    const ids = [...rows].reverse().map((l) => l.id);
    out.push(`  ${ids.join(' --- ')}`);
    out.push('  classDef missing fill:#ffebe9,stroke:#cf222e,color:#1f2328', '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328', '  classDef waived fill:#fff8c5,stroke:#9a6700,color:#1f2328', '  classDef none fill:#f6f8fa,stroke:#d0d7de,color:#57606a');
    out.push('```', '');
    if (collapsed) out.push('</details>', '');
  }
  return out;
}

/** Mermaid label text: quotes and markup characters as entity codes Mermaid understands. */
function mermaidText(s: string): string {
  return flatten(s).replace(/[`"<>#;{}[\]|]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function controlsSection(c: Ctx): string[] {
  const controls = c.result.controls;
  if (controls === undefined) return ['#### MAESTRO controls', '', 'Not evaluated.', ''];
  const applicable = controls.filter((x) => x.status !== 'not-applicable');
  const out = [`#### MAESTRO controls (${applicable.length} apply, ${controls.length - applicable.length} do not)`, '', '| Control | Layers | Needed | Status | Evidence |', '|---|---|---|---|---|'];
  const order = { missing: 0, waived: 1, present: 2, 'not-applicable': 3 } as const;
  for (const ctl of [...controls].sort((a, b) => order[a.status] - order[b.status] || naturalCompare(a.id, b.id))) {
    const ev = ctl.status === 'not-applicable' ? escapeInline(ctl.reason ?? '', { max: room(c, 200) }) : ctl.evidence.slice(0, 3).map((e) => `${e.strength}: ${escapeInline(plainDetail(e.detail), { max: room(c, 200) })}`).join('; ');
    const status = ctl.status === 'missing' ? '**missing**' : ctl.status;
    out.push(`| ${escapeCode(ctl.id, { inTable: true })} ${escapeInline(ctl.title, { max: 100 })} | ${ctl.layers.join(', ')} | ${ctl.requirement} | ${status} | ${ev}${ctl.evidence.length > 3 ? ` (+${ctl.evidence.length - 3})` : ''} |`);
  }
  return [...out, ''];
}

function scenariosSection(c: Ctx): string[] {
  const scenarios = c.result.scenarios;
  if (scenarios === undefined || scenarios.length === 0) return [];
  const out = [`#### Threat scenarios (${scenarios.length})`, '', `${escapeInline(TERMS.scenario.text, { max: 300 })} [More](${termsUrl(safeUrl(c.options.docsUrl), TERMS.scenario.anchor)}).`, ''];
  for (const s of scenarios) {
    out.push(`- ${ICON[s.severity]} **${fmt(s.aivss)} ${escapeInline(s.title, { max: 160 })}** (${escapeCode(`SCN-${s.id}`)}) · CVSS ${fmt(s.cvss)} ${escapeCode(s.vector, { max: 120 })}`);
    for (const m of s.metrics) out.push(`  - ${escapeCode(`${m.metric}:${m.value}`, { max: 20 })} ${escapeInline(m.reason, { max: room(c, 300) })}${m.changedBy !== undefined ? ` (set by ${escapeCode(m.changedBy)})` : ''}`);
    const open = s.mitigations.filter((m) => !m.present);
    if (open.length > 0) out.push(`  - Lowered by (missing): ${open.map((m) => `${escapeCode(m.control)} ${escapeInline(m.why, { max: room(c, 120) })}`).join('; ')}`);
  }
  return [...out, ''];
}

function factorsSection(c: Ctx): string[] {
  const r = c.result;
  if (r.factors === undefined) return ['#### AIVSS agentic factors', '', 'Not evaluated.', ''];
  if (r.factors.length === 0) return [];
  const base = new Map((c.options.base?.factors ?? []).map((f) => [f.id, f.value]));
  const out = [`#### AIVSS v${escapeInline(r.aivssVersion)} agentic factors (posture ${opt(r.posture)} / 10)`, ''];
  out.push(`| Factor | Value | | ${base.size > 0 ? 'Base | ' : ''}What it measures | Why this value |`, `|---|---:|---|${base.size > 0 ? '---:|' : ''}---|---|`);
  for (const f of r.factors) {
    const why = f.overridden ? `override: ${escapeInline(f.rationale ?? '', { max: room(c, 300) })}` : f.reasons.map((x) => escapeInline(x.text, { max: room(c, 300) })).join('; ');
    const flags = `${f.overridden ? ' (override)' : ''}${f.continuous === true ? ' (continuous)' : ''}`;
    out.push(`| ${escapeInline(f.name, { max: 60 })} | ${num(f.value)}${flags} | \`${bar(f.value)}\` | ${base.size > 0 ? `${num(base.get(f.id) ?? 0)} | ` : ''}${escapeInline(FACTORS[f.id]?.means ?? '', { max: 200 })} | ${why} |`);
  }
  if (r.factorVector !== undefined) out.push('', `Local factor vector (OWASP defines none): ${escapeCode(r.factorVector, { max: 200 })}`);
  return [...out, ''];
}

function toolsSection(c: Ctx): string[] {
  const r = c.result;
  if (r.capabilities.surface.unknown) return ['#### Tools', '', 'No tools declared: the tool surface is unknown (not safe).', ''];
  const tools = [...r.profile.tools].sort((a, b) => naturalCompare(a.name, b.name));
  const byTool = new Map(r.capabilities.effects.map((e) => [e.tool, e]));
  const out = [`#### Tools (${tools.length})`, '', '| Tool | Does | Read-only | Destructive | Open-world | Annotations |', '|---|---|---|---|---|---|'];
  for (const t of tools.slice(0, c.level.tools)) {
    const e = byTool.get(t.name);
    const does = e !== undefined ? e.effects.join(', ') : '';
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    out.push(`| ${escapeCode(t.name, { inTable: true })} | ${escapeInline(does, { max: 120 })} | ${yes(t.effective.readOnly)} | ${yes(t.effective.destructive)} | ${yes(t.effective.openWorld)} | ${t.annotationsDeclared ? 'declared' : t.annotationsAllDefault ? 'SDK defaults' : 'none'} |`);
  }
  if (tools.length > c.level.tools) out.push('', `…and ${tools.length - c.level.tools} more (JSON report).`);
  const caps = r.capabilities.capabilities;
  if (caps.length > 0) {
    out.push('', '**Capabilities:**', '');
    for (const cap of caps) out.push(`- ${escapeCode(cap.id)}: ${cap.evidence.slice(0, 3).map((e) => escapeInline(e.detail, { max: room(c, 160) })).join('; ')}${cap.evidence.length > 3 ? ` (+${cap.evidence.length - 3} more)` : ''}`);
  }
  return [...out, ''];
}

function noticesSection(c: Ctx): string[] {
  const r = c.result;
  const items = [
    ...r.errors.map((e) => `- ❗ ${escapeCode(`${e.path}${e.line !== undefined ? `:${e.line}` : ''}`, { max: 160 })} ${escapeInline(e.message, { max: 300 })}${e.hint !== undefined ? ` ${escapeInline(e.hint, { max: 200 })}` : ''}`),
    ...r.notices.map((n) => `- ${escapeCode(`${n.path}${n.line !== undefined ? `:${n.line}` : ''}`, { max: 160 })} ${escapeInline(n.message, { max: 300 })}`),
  ];
  if (items.length === 0 || c.level.notices === 0) return [];
  const heading = `Errors and notices (${items.length})`;
  const out = c.comment || r.errors.length === 0 ? [`<details${r.errors.length > 0 ? ' open' : ''}><summary>${heading}</summary>`, ''] : [`#### ${heading}`, ''];
  out.push(...items.slice(0, c.level.notices));
  if (items.length > c.level.notices) out.push(`- …and ${items.length - c.level.notices} more`);
  out.push('');
  if (c.comment || r.errors.length === 0) out.push('</details>', '');
  return out;
}

function footer(c: Ctx): string {
  const r = c.result;
  return `<sub>${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version)} · OWASP AIVSS v${escapeHtml(r.aivssVersion)} · CSA MAESTRO${c.comment ? ` · full report: ${detailsLink(c)}` : ''}</sub>`;
}

/** Only http(s) URLs or plain relative paths, with nothing that could end the link early. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+|[A-Za-z0-9._/-]+)$/.test(url) && !/[()]/.test(url) ? url : undefined;
}

/**
 * How many code points of a text field to keep: the comment stays short, the summary is the
 * complete report and keeps whole messages (the caps there only stop hostile walls of text).
 */
function room(c: Ctx, comment: number): number {
  return c.comment ? comment : Math.max(4000, comment * 4);
}

/** "a lockfile: absent: no file matching …" reads "a lockfile: no file matching …" under a "Missing" or "absent" label. */
function plainDetail(detail: string): string {
  return detail.replace(/: absent: /g, ': ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

function opt(n: number | undefined, _digits = 1): string {
  return n === undefined ? '—' : fmt(n);
}

function change(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return '';
  const d = Math.round((after - before) * 10) / 10;
  return d === 0 ? '' : ` (${d > 0 ? '+' : ''}${d.toFixed(1)})`;
}
