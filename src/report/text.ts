import type { ScanResult } from '../model/index.js';
import { terminalSafe } from './terminal-safe.js';

export interface TextOptions {
  color: boolean;
}

const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;

function painter(color: boolean) {
  return (style: keyof typeof CODES, s: string): string => (color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

/** The terminal report: what a developer reads after `mcp-risk-gate scan`. */
export function renderText(result: ScanResult, opts: TextOptions): string {
  const c = painter(opts.color);
  const out: string[] = [];
  const p = result.profile;
  const name = terminalSafe(result.server.name ?? '(unnamed server)');
  out.push(c('bold', `mcp-risk-gate ${result.tool.version}`) + `  ·  AIVSS v${result.aivssVersion}`);
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
