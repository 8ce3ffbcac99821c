import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/index.js';
import type { Delta } from '../policy/delta.js';
import { hasChanges, naturalCompare, sortFindings } from '../policy/delta.js';
import { findingRole } from '../policy/gating.js';
import { resolvePolicy, type PolicySettings } from '../policy/settings.js';
import { terminalSafe } from './terminal-safe.js';
import { FACTORS, TERMS, bar, docsHref, docsPage, factorShort } from './explain.js';
import { MAESTRO_LAYERS, type LayerId } from '../model/layer.js';
import { defaultRedactor, type Redactor } from '../redact/index.js';

export interface TextOptions {
  color: boolean;
  /** The run's redactor (its known secrets); the known formats are redacted without one. */
  redactor?: Redactor;
  /** Columns to fit (default 80; a wider terminal passes its own width). */
  width?: number;
  /** The policy the decision used: findings that fail it get their fix and docs link. */
  policy?: PolicySettings;
  /** Against --base-ref. */
  delta?: Delta;
  base?: ScanResult;
  /** Where docs/controls.md lives; the terms and controls links are built from it. */
  docsUrl?: string;
}


const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof CODES;
type Paint = (style: Style, s: string) => string;

function painter(color: boolean): Paint {
  return (style, s) => (color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
}

function severityColor(sev: string | undefined): Style {
  return sev === 'Critical' || sev === 'High' ? 'red' : sev === 'Medium' ? 'yellow' : 'green';
}

/** Code points, so a wide tool name is cut where the eye sees it end. */
function len(s: string): number {
  return Array.from(s).length;
}

function cut(s: string, max: number): string {
  const points = Array.from(s);
  return points.length <= max ? s : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** The branch's changes to its own profile, first: they decide which policy the rest is judged by. */
function profileChangesText(result: ScanResult, c: Paint): string[] {
  const pc = result.profileChanges;
  if (pc === undefined || pc.changes.length === 0) return [];
  const loosening = pc.changes.filter((ch) => ch.effect === 'loosens').length;
  const state =
    pc.approval.state === 'not-approved'
      ? c('red', `${loosening} loosen the policy, NOT APPROVED: the base profile's policy applies and the gate fails`)
      : pc.approval.state === 'approved'
        ? c('yellow', `${loosening} loosen the policy, approved${pc.approval.by !== undefined ? ` by ${terminalSafe(pc.approval.by, 80)}` : ''}`)
        : 'none loosen the policy';
  const out = ['', `${c('bold', 'Profile changes')} against ${terminalSafe(pc.baseRef, 80)} (${pc.changes.length}): ${state}`];
  const order = { loosens: 0, tightens: 1, neutral: 2 } as const;
  for (const ch of [...pc.changes].sort((a, b) => order[a.effect] - order[b.effect]).slice(0, 20)) {
    const tag = ch.effect === 'loosens' ? c('red', 'LOOSENS ') : ch.effect === 'tightens' ? c('green', 'tightens') : c('dim', 'shown   ');
    out.push(`  ${tag}  ${ch.area.padEnd(9)}  ${terminalSafe(ch.message, 160)}`);
  }
  if (pc.changes.length > 20) out.push(c('dim', `  … and ${pc.changes.length - 20} more (use --format json)`));
  if (pc.approval.state === 'not-approved') out.push(c('dim', `  approval: ${terminalSafe(pc.approval.message, 300)}`));
  return out;
}


/** Word-wraps plain text to `width`, every line after the first indented by `hang`. */
export function wrap(text: string, width: number, indent = '', hang = indent): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of words) {
    const w = len(word) > width - len(hang) ? cut(word, width - len(hang)) : word;
    if (!empty && len(line) + 1 + len(w) > width) {
      lines.push(line);
      line = hang + w;
    } else {
      line = empty ? line + w : `${line} ${w}`;
    }
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** Columns: all but the last padded; the last one is cut so the row fits. */
function table(rows: string[][], width: number, indent = '  '): string[] {
  const cols = rows[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => len(r[i] ?? ''))));
  return rows.map((r) =>
    cut(
      indent +
        r
          .map((c, i) => (i < cols - 1 ? c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - len(c))) : c))
          .join('  ')
          .trimEnd(),
      width,
    ),
  );
}

/** The terminal report: what a developer reads after `mcp-risk-gate scan`, in 80 columns. */
export function renderText(unsafeResult: ScanResult, opts: TextOptions): string {
  const redactor = opts.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const delta = opts.delta !== undefined ? redactor.deep(opts.delta) : undefined;
  const width = Math.max(60, opts.width ?? 80);
  const c = painter(opts.color);
  // The same folder the Markdown links to; each finding names its page and anchor under it (a full URL per finding would not fit 80 columns).
  const docs = docsHref('', opts.docsUrl);
  const policy = opts.policy ?? resolvePolicy();
  const out: string[] = [];
  const say = (text: string, indent = '', hang = indent) => out.push(...wrap(text, width, indent, hang));
  const p = result.profile;

  out.push(c('bold', `mcp-risk-gate ${result.tool.version}`) + `  ·  AIVSS v${result.aivssVersion}`);
  out.push(...profileChangesText(result, c));
  out.push(`${c('bold', 'Server')}  ${cut(terminalSafe(result.server.name ?? '(unnamed server)'), width - 20)}${result.server.version ? ` ${cut(terminalSafe(result.server.version), 12)}` : ''}`);
  if (result.server.sources.length === 0) out.push(c('yellow', '  no MCP manifest found'));
  for (const s of result.server.sources) out.push(c('dim', cut(`  ${terminalSafe(s.path)}  (${s.format}${s.schemaVersion ? ` ${s.schemaVersion}` : ''})`, width)));
  const transports = [...new Set(p.transports.map((t) => `${t.type}${t.via === 'remote' ? ' (remote)' : ''}`))];
  say(`Transports: ${transports.join(', ') || 'none declared'}`);
  if (p.secrets.length > 0) say(`Secrets: ${p.secrets.map((s) => `${terminalSafe(s.name, 60)}${s.markedSecret ? '' : ' (unmarked)'}`).join(', ')}`);

  // The verdict and the next step first, as in the PR comment.
  const decision = result.decision;
  if (decision !== undefined) {
    out.push('');
    const color: Style = decision.result === 'pass' ? 'green' : decision.result === 'warn' ? 'yellow' : 'red';
    const head = { pass: 'PASS', warn: 'WARN (policy exceeded, warn-only)', fail: 'FAIL', error: 'ERROR (input errors)' }[decision.result];
    const score = result.score !== undefined ? ` · risk ${result.score.toFixed(1)} ${result.severity ?? ''}` : '';
    out.push(`${c('bold', 'Decision')}  ${c('bold', c(color, head))}${score}${result.posture !== undefined ? ` · posture ${result.posture} / 10` : ''}`);
    for (const r of decision.reasons) say(`- ${terminalSafe(r, 600)}`, '  ', '    ');
    const way = decision.wayToPass;
    if (way !== undefined) {
      out.push('');
      if (way.possible) out.push(c('bold', `Next step: ${way.fixes.length === 1 ? 'one fix passes' : `${way.fixes.length} fixes pass`} (re-scored in order)`));
      else {
        out.push(c('bold', 'Next step: no fix in the catalog passes this policy.'));
        say(terminalSafe(way.why ?? '', 800), '  ');
      }
      way.fixes.forEach((f, i) => {
        const finding = (result.findings ?? []).find((x) => x.id === f.fix) ?? (result.findings ?? []).find((x) => x.controlId === f.fix);
        say(`${i + 1}. ${terminalSafe(finding?.title ?? f.title, 120)} -> ${f.score.toFixed(1)} ${f.severity}`, '  ', '     ');
      });
    }
  }
  if (delta !== undefined) {
    out.push('');
    out.push(c('bold', 'Changes against the base'));
    if (!hasChanges(delta)) out.push('  No change in tools, findings, score or posture.');
    else {
      say(`Risk ${opt(delta.score.before)} -> ${opt(delta.score.after)} · posture ${opt(delta.posture.before)} -> ${opt(delta.posture.after)}`, '  ');
      const names = (l: readonly string[]) => [...l].sort(naturalCompare).slice(0, 10).map((n) => terminalSafe(n, 60)).join(', ') + (l.length > 10 ? ` and ${l.length - 10} more` : '');
      if (delta.tools.added.length > 0) say(`Tools added (${delta.tools.added.length}): ${names(delta.tools.added)}`, '  ', '    ');
      if (delta.tools.removed.length > 0) say(`Tools removed (${delta.tools.removed.length}): ${names(delta.tools.removed)}`, '  ', '    ');
      if (delta.tools.changed.length > 0) say(`Tools changed (${delta.tools.changed.length}): ${names(delta.tools.changed.map((t) => t.name))}`, '  ', '    ');
      if (delta.findings.new.length > 0) say(`New findings (${delta.findings.new.length}): ${sortFindings(delta.findings.new).slice(0, 10).map((f) => `${terminalSafe(f.title, 80)} ${f.aivss.toFixed(1)}`).join('; ')}`, '  ', '    ');
      if (delta.findings.fixed.length > 0) say(`Fixed (${delta.findings.fixed.length}): ${sortFindings(delta.findings.fixed).slice(0, 10).map((f) => terminalSafe(f.title, 80)).join('; ')}`, '  ', '    ');
      if (delta.factors.length > 0) say(`Factors: ${delta.factors.map((f) => `${factorShort(f.id, f.name)} ${opt(f.before)} -> ${opt(f.after)}`).join('; ')}`, '  ', '    ');
    }
  }

  const s = result.capabilities.surface;
  out.push('');
  if (s.unknown) {
    say('Tools: none declared, so the tool surface is UNKNOWN (not safe). Provide a tools dump (--tools) or introspect the server.');
  } else {
    out.push(`${c('bold', 'Tools')}  ${s.toolCount}${s.incomplete ? ' (list marked incomplete)' : ''}: ${s.readOnly} read-only, ${s.destructive} destructive, ${s.annotated} annotated`);
    const rows = [['name', 'read', 'destr.', 'open', 'annotations']];
    const shown = p.tools.slice(0, 40);
    for (const t of shown) {
      rows.push([terminalSafe(t.name, 40), t.effective.readOnly ? 'yes' : 'no', t.effective.destructive ? 'yes' : 'no', t.effective.openWorld ? 'yes' : 'no', t.annotationsDeclared ? 'declared' : t.annotationsAllDefault ? 'SDK defaults' : 'none']);
    }
    out.push(...table(rows, width).map((l, i) => (i === 0 ? c('dim', l) : l)));
    if (p.tools.length > shown.length) out.push(c('dim', `  … and ${p.tools.length - shown.length} more (--format json lists all)`));
  }

  out.push('');
  out.push(c('bold', 'Capabilities'));
  if (result.capabilities.capabilities.length === 0) out.push('  none detected');
  for (const cap of result.capabilities.capabilities) {
    const first = cap.evidence.slice(0, 2).map((e) => terminalSafe(e.detail, 90));
    const more = cap.evidence.length > 2 ? ` (+${cap.evidence.length - 2} more)` : '';
    say(`${cap.id.padEnd(18)} ${first.join('; ')}${more}`, '  ', ' '.repeat(21));
  }

  if (result.factors) {
    out.push('');
    const snapped = result.postureSnapped !== undefined && result.postureSnapped !== result.posture ? ` (snapped: ${result.postureSnapped})` : '';
    out.push(`${c('bold', 'Agentic factors')}  posture ${result.posture ?? '?'} / 10${snapped}`);
    say(`${TERMS.posture.text} AIVSS: ${TERMS.aivss.text}`, '  ');
    const base = new Map((opts.base?.factors ?? []).map((f) => [f.id, f.value]));
    for (const f of result.factors) {
      const label = factorShort(f.id, f.name).padEnd(18);
      const was = base.size > 0 ? ` (base ${base.get(f.id) ?? 0})` : '';
      const mark = `${f.overridden ? '*' : ''}${f.continuous ? '~' : ''}`;
      out.push(...wrap(`${label}${bar(f.value)} ${String(f.value).padEnd(4)}${mark}${was}  ${FACTORS[f.id]?.means ?? ''}`.replace(/ /g, '\u00A0').replace(/\u00A0{2}(?=[a-z])/, '  '), width, '  ', ' '.repeat(36)).map((l) => l.replace(/\u00A0/g, ' ')));
    }
    out.push(c('dim', '  What each factor measures: terms.md#factors (docs below)'));
  }

  if (result.controls) {
    out.push('');
    out.push(`${c('bold', 'MAESTRO layers')}  (+ present, x missing, ~ waived)`);
    say(TERMS.maestro.text, '  ');
    for (const id of Object.keys(MAESTRO_LAYERS) as LayerId[]) {
      const mine = result.controls.filter((x) => x.status !== 'not-applicable' && x.layers[0] === id);
      const strip = mine.map((x) => (x.status === 'present' ? '+' : x.status === 'waived' ? '~' : 'x')).sort().join('');
      const missing = mine.filter((x) => x.status === 'missing').length;
      out.push(cut(`  ${`${id} ${MAESTRO_LAYERS[id]}`.padEnd(34)} ${strip.padEnd(8)} ${mine.length - missing} of ${mine.length} present`, width));
    }
  }

  if (result.findings) {
    out.push('');
    const open = sortFindings(result.findings.filter((f) => !f.waived));
    const waived = result.findings.length - open.length;
    out.push(c('bold', `Findings (${open.length} open${waived > 0 ? `, ${waived} waived` : ''})`) + '  worst first; the ones that fail the gate with their fix');
    const shown = open.slice(0, 25);
    for (const f of shown) out.push(...findingLines(f, findingRole(f, policy, opts.base) === 'fails', width, c));
    if (open.length > shown.length) out.push(c('dim', `  … and ${open.length - shown.length} more (--format json lists all)`));
  }

  out.push('');
  // Without a published repository in package.json the pages are the ones shipped in the package.
  if (docs === 'docs/') out.push(...wrap('Docs: controls.md, checks.md and terms.md in the docs/ folder of the mcp-risk-gate package', width, '', '  ').map((l) => c('dim', l)));
  else out.push(c('dim', 'Docs (controls.md, checks.md, terms.md):'), c('dim', `  ${docs}`));

  if (result.errors.length > 0) {
    out.push('');
    out.push(c('red', c('bold', `Input errors (${result.errors.length})`)));
    for (const e of result.errors) {
      const where = `${terminalSafe(e.path)}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;
      say(`${where}  ${terminalSafe(e.message, 300)}`, '  ', '    ');
      if (e.hint) say(`fix: ${terminalSafe(e.hint, 300)}`, '    ', '      ');
    }
  }
  if (result.notices.length > 0) {
    out.push('');
    out.push(c('dim', `Notices (${result.notices.length})`));
    for (const n of result.notices.slice(0, 20)) out.push(...wrap(`${terminalSafe(n.path)}  ${terminalSafe(n.message, 200)}`, width, '  ', '    ').map((l) => c('dim', l)));
    if (result.notices.length > 20) out.push(c('dim', `  … and ${result.notices.length - 20} more`));
  }
  return out.join('\n') + '\n';
}

function findingLines(f: Finding, fails: boolean, width: number, c: Paint): string[] {
  const head = `${f.aivss.toFixed(1).padStart(4)} ${f.severity.padEnd(8)} `;
  const title = `${terminalSafe(f.title, 160)}${f.requirement ? ` (${f.requirement})` : ''}`;
  const lines = wrap(title, width - len(head) - 2, '', '');
  const out = [`  ${c(severityColor(f.severity), head)}${lines[0] ?? ''}`, ...lines.slice(1).map((l) => `  ${' '.repeat(len(head))}${l}`)];
  if (!fails) return out;
  const pad = ' '.repeat(len(head) + 2);
  const where = f.addFile !== undefined ? `add ${f.addFile}` : f.locations.filter((l) => l.path !== '.').slice(0, 2).map((l) => `${l.path}${l.line ? `:${l.line}` : ''}`).join(', ') + (f.locations.length > 2 ? ` (+${f.locations.length - 2})` : '');
  if (where !== '') out.push(...wrap(`where: ${terminalSafe(where, 200)}`, width, pad, `${pad}  `).map((l) => c('dim', l)));
  out.push(...wrap(`fix: ${terminalSafe(f.fix?.text ?? f.remediation, 600)}`, width, pad, `${pad}  `));
  // A plug-in named by the org documents its controls on its own page (an absolute https URL).
  const own = f.docs !== undefined && /^https:\/\/[^\s"<>]+$/.test(f.docs) ? terminalSafe(f.docs, 300) : undefined;
  const page = f.kind === 'scenario' ? '' : docsPage(f.docs, f.controlId ?? '');
  out.push(c('dim', `${pad}docs: ${own ?? (page !== '' ? page : `terms.md#${TERMS.scenario.anchor}`)}`));
  return out;
}

function opt(n: number | undefined): string {
  return n === undefined ? '-' : n.toFixed(1);
}
