import type { ScanResult } from '../model/index.js';
import { terminalSafe } from './terminal-safe.js';
import { defaultRedactor, type Redactor } from '../redact/index.js';

export interface TextOptions {
  color: boolean;
  /** The run's redactor (its known secrets); the known formats are redacted without one. */
  redactor?: Redactor;
}

const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;

function painter(color: boolean) {
  return (style: keyof typeof CODES, s: string): string => (color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

type Paint = ReturnType<typeof painter>;

function severityColor(sev: string | undefined): keyof typeof CODES {
  return sev === 'Critical' || sev === 'High' ? 'red' : sev === 'Medium' ? 'yellow' : 'green';
}

/** Score, factors, MAESTRO layers, findings, best fixes and the verdict: what a maintainer acts on. */
function riskSection(result: ScanResult, c: Paint): string[] {
  const out: string[] = [];
  if (result.factors) {
    out.push('');
    const snapped = result.postureSnapped !== undefined && result.postureSnapped !== result.posture ? ` (snapped to OWASP levels: ${result.postureSnapped})` : '';
    out.push(`${c('bold', 'Agentic posture')}  ${result.posture ?? '?'} / 10${snapped}   ${c('dim', `AIVSS v${result.aivssVersion} factors`)}`);
    const rows = [['factor', 'value', 'why']];
    for (const f of result.factors) {
      const why = f.overridden ? `override: ${f.rationale ?? ''}` : (f.reasons[0]?.text ?? '');
      rows.push([f.name, `${f.value}${f.overridden ? '*' : ''}${f.continuous ? '~' : ''}`, terminalSafe(why, 80)]);
    }
    out.push(...table(rows).map((l, i) => (i === 0 ? c('dim', `  ${l}`) : `  ${l}`)));
    if (result.factorVector) out.push(c('dim', `  ${result.factorVector}  (local vector; OWASP defines none)`));
  }
  if (result.layers) {
    out.push('');
    out.push(c('bold', 'MAESTRO controls (required)'));
    const rows = [['layer', 'required', 'present', 'missing', 'waived']];
    for (const l of result.layers) rows.push([`${l.layer} ${l.name}`, String(l.required), String(l.present), String(l.missing), String(l.waived)]);
    out.push(...table(rows).map((l, i) => (i === 0 ? c('dim', `  ${l}`) : `  ${l}`)));
  }
  if (result.findings) {
    out.push('');
    const open = result.findings.filter((f) => !f.waived);
    out.push(c('bold', `Findings (${open.length}${open.length < result.findings.length ? `, ${result.findings.length - open.length} waived` : ''})`));
    for (const f of open.slice(0, 15)) {
      const where = f.locations[0] ? `${f.locations[0].path}${f.locations[0].line ? `:${f.locations[0].line}` : ''}` : '';
      out.push(`  ${c(severityColor(f.severity), `${f.aivss.toFixed(1).padStart(4)} ${f.severity.padEnd(8)}`)} ${terminalSafe(f.id, 60)}  ${terminalSafe(f.title, 70)}  ${c('dim', terminalSafe(where, 60))}`);
    }
    if (open.length > 15) out.push(c('dim', `  … and ${open.length - 15} more (use --format json)`));
  }
  if (result.fixPath && result.fixPath.length > 0 && result.score !== undefined) {
    out.push('');
    out.push(`${c('bold', 'Path to a lower score')}  ${c('dim', '(each fix includes the ones above it; re-scored, not estimated)')}`);
    out.push(`  now                    ${result.score.toFixed(1)} ${result.severity ?? ''}`);
    for (const step of result.fixPath) {
      out.push(`  + ${terminalSafe(step.fix, 20).padEnd(20)} ${c(severityColor(step.after.severity), `${step.after.score.toFixed(1)} ${step.after.severity}`.padEnd(14))} ${c('dim', terminalSafe(step.title, 70))}`);
    }
  }
  if (result.score !== undefined) {
    out.push('');
    out.push(`${c('bold', 'Risk score')}  ${c(severityColor(result.severity), `${result.score.toFixed(1)} ${result.severity ?? ''}`)}  ${c('dim', `(highest finding AIVSS${result.scoreFindingId ? `: ${terminalSafe(result.scoreFindingId, 60)}` : ''})`)}`);
  }
  if (result.decision) {
    const color = result.decision.result === 'pass' ? 'green' : result.decision.result === 'warn' ? 'yellow' : 'red';
    out.push(`${c('bold', 'Decision')}  ${c(color, result.decision.result.toUpperCase())}`);
    for (const r of result.decision.reasons) out.push(`  ${terminalSafe(r, 300)}`);
    const way = result.decision.wayToPass;
    if (way !== undefined) {
      out.push('');
      if (way.possible) out.push(c('bold', `To pass (${way.fixes.length === 1 ? 'one fix' : `${way.fixes.length} fixes`}, re-scored in order):`));
      else out.push(`${c('bold', 'No fix in the catalog passes this policy.')} ${terminalSafe(way.why ?? '', 400)}`);
      way.fixes.forEach((f, i) => out.push(`  ${i + 1}. ${terminalSafe(f.fix, 24)}  ${terminalSafe(f.title, 60)}  -> ${f.score.toFixed(1)} ${f.severity}`));
    }
  }
  return out;
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

/** The terminal report: what a developer reads after `mcp-risk-gate scan`. */
export function renderText(unsafeResult: ScanResult, opts: TextOptions): string {
  const result = (opts.redactor ?? defaultRedactor()).deep(unsafeResult);
  const c = painter(opts.color);
  const out: string[] = [];
  const p = result.profile;
  const name = terminalSafe(result.server.name ?? '(unnamed server)');
  out.push(c('bold', `mcp-risk-gate ${result.tool.version}`) + `  ·  AIVSS v${result.aivssVersion}`);
  out.push(...profileChangesText(result, c));
  out.push(`${c('bold', 'Server')}  ${name}${result.server.version ? ` ${terminalSafe(result.server.version)}` : ''}`);
  if (result.server.sources.length === 0) out.push(c('yellow', '  no MCP manifest found'));
  for (const s of result.server.sources) out.push(c('dim', `  ${terminalSafe(s.path)}  (${s.format}${s.schemaVersion ? ` ${s.schemaVersion}` : ''})`));

  const transports = [...new Set(p.transports.map((t) => `${t.type}${t.via === 'remote' ? ' (remote)' : ''}`))];
  out.push(`${c('bold', 'Transports')}  ${transports.join(', ') || 'none declared'}`);
  if (p.secrets.length > 0) {
    out.push(`${c('bold', 'Secrets')}  ${p.secrets.map((s) => `${terminalSafe(s.name)}${s.markedSecret ? '' : c('yellow', ' (unmarked)')}`).join(', ')}`);
  }

  const s = result.capabilities.surface;
  out.push('');
  if (s.unknown) {
    out.push(c('yellow', `${c('bold', 'Tools')}  none declared: the tool surface is UNKNOWN (not safe). Provide a tools dump (--tools) or introspect the server.`));
  } else {
    out.push(`${c('bold', 'Tools')}  ${s.toolCount}${s.incomplete ? ' (list marked incomplete)' : ''}: ${s.readOnly} read-only, ${s.destructive} destructive, ${s.annotated} with declared annotations`);
    const rows = [['name', 'read-only', 'destructive', 'open-world', 'annotations']];
    const shown = p.tools.slice(0, 40);
    for (const t of shown) {
      rows.push([
        terminalSafe(t.name, 48),
        t.effective.readOnly ? 'yes' : 'no',
        t.effective.destructive ? 'yes' : 'no',
        t.effective.openWorld ? 'yes' : 'no',
        t.annotationsDeclared ? 'declared' : t.annotationsAllDefault ? 'SDK defaults' : 'none',
      ]);
    }
    out.push(...table(rows).map((l, i) => (i === 0 ? c('dim', `  ${l}`) : `  ${l}`)));
    if (p.tools.length > shown.length) out.push(c('dim', `  … and ${p.tools.length - shown.length} more (use --format json for all)`));
  }

  out.push('');
  out.push(c('bold', 'Capabilities'));
  if (result.capabilities.capabilities.length === 0) out.push('  none detected');
  for (const cap of result.capabilities.capabilities) {
    const first = cap.evidence.slice(0, 3).map((e) => terminalSafe(e.detail, 90));
    const more = cap.evidence.length > 3 ? c('dim', ` (+${cap.evidence.length - 3} more)`) : '';
    out.push(`  ${c('cyan', cap.id.padEnd(18))} ${first.join('; ')}${more}`);
  }

  out.push(...riskSection(result, c));

  if (result.errors.length > 0) {
    out.push('');
    out.push(c('red', c('bold', `Input errors (${result.errors.length})`)));
    for (const e of result.errors) {
      const where = `${terminalSafe(e.path)}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;
      out.push(`  ${c('red', where)}  ${terminalSafe(e.message, 300)}`);
      if (e.hint) out.push(c('dim', `    fix: ${terminalSafe(e.hint, 300)}`));
    }
  }
  if (result.notices.length > 0) {
    out.push('');
    out.push(c('dim', `Notices (${result.notices.length})`));
    for (const n of result.notices.slice(0, 20)) out.push(c('dim', `  ${terminalSafe(n.path)}  ${terminalSafe(n.message, 200)}`));
    if (result.notices.length > 20) out.push(c('dim', `  … and ${result.notices.length - 20} more`));
  }
  return out.join('\n') + '\n';
}
