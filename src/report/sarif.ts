import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { Decision, ScanResult } from '../model/result.js';
import { sortFindings } from '../policy/delta.js';
import { findCheck, findControl } from '../maestro/catalog.js';
import { cvss4BaseScore } from '../aivss/cvss.js';
import { anchor, flatten, wellFormed } from './escape.js';
import { sha256Hex } from '../surface/sha256.js';
import { defaultRedactor, type Redactor } from '../redact/index.js';

export interface SarifOptions {
  /** The tool's home page (driver.informationUri). */
  informationUri?: string;
  /** Absolute base URL of docs/controls.md, for each rule's helpUri. */
  docsUrl?: string;
  /**
   * Prefix for artifact URIs when the scanned folder is not the repository root
   * (code scanning resolves URIs against the repository root).
   */
  uriPrefix?: string;
  decision?: Decision;
  /** The run's redactor (its known secrets); the known formats are redacted without one. */
  redactor?: Redactor;
}

/** Code scanning shows at most this many results per run and rejects more than 25,000. */
export const SARIF_MAX_RESULTS = 5_000;
const FINGERPRINT_KEY = 'mcpRiskGateFinding/v1';
const DEFAULT_INFO_URI = 'https://www.npmjs.com/package/mcp-risk-gate';

/**
 * SARIF 2.1.0 with one run. Rules are the MAESTRO controls and the other checks; each rule's
 * `security-severity` is the highest AIVSS among its findings (code scanning reads it from the
 * rule), and each result carries its own AIVSS too. Deterministic: same result, same bytes.
 */
export function renderSarif(unsafeResult: ScanResult, unsafeOptions: SarifOptions = {}): Log {
  const redactor = unsafeOptions.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const options: SarifOptions = { ...unsafeOptions, ...(unsafeOptions.decision !== undefined ? { decision: redactor.deep(unsafeOptions.decision) } : {}) };
  const findings = sortFindings(result.findings ?? []);
  const rules = new Map<string, ReportingDescriptor>();

  for (const control of [...(result.controls ?? [])].sort((a, b) => cmp(a.id, b.id))) {
    rules.set(control.id, {
      id: control.id,
      name: ruleName(control.title),
      shortDescription: { text: plain(control.title) },
      fullDescription: { text: plain(`${control.title} (MAESTRO ${control.layers.join(', ')}; ${control.requirement}). ${control.reason}`) },
      ...helpUri(control.id, options),
      ...catalogHelp(control.id),
      properties: { tags: ['security', 'mcp', ...control.layers.map((l) => `maestro-${l}`)], 'security-severity': ruleSeverity(control.id, 'missing-control') },
    });
  }
  for (const f of findings) {
    const id = ruleId(f);
    const existing = rules.get(id);
    const rule: ReportingDescriptor = existing ?? {
      id,
      name: ruleName(f.title),
      shortDescription: { text: plain(f.title) },
      ...helpUri(f.docs ?? id, options),
      ...catalogHelp(id),
      properties: { tags: ['security', 'mcp', ...f.layers.map((l) => `maestro-${l}`)], 'security-severity': ruleSeverity(id, f.kind) },
    };
    // A plug-in control's own documentation page wins over the project's docs (its rule may have
    // been made from the control result above, which carries no docs).
    if (f.docs !== undefined && /^https:\/\//.test(f.docs)) Object.assign(rule, helpUri(f.docs, options));
    // Rules outside the catalog (scenarios, surface checks, plug-ins) take their help from the finding.
    rule.help ??= { text: plain(f.fix?.text ?? f.remediation), markdown: plain(f.fix?.text ?? f.remediation) };
    rule.fullDescription ??= { text: plain(f.message) };
    rule.defaultConfiguration ??= { level: level(f.severity) };
    rules.set(id, rule);
  }

  const ruleIds = [...rules.keys()];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const fallback = result.profile.configPath ?? result.server.sources[0]?.path;
  const results: Result[] = findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const id = ruleId(f);
    // A folder ('.') is no place to show a result: the manifest stands in for the repository.
    const files = f.locations.filter((l) => l.path !== '.' && l.path !== '');
    const locations = files.length > 0 ? files : fallback !== undefined ? [{ path: fallback }] : [];
    const first = locations[0];
    const out: Result = {
      ruleId: id,
      ruleIndex: index.get(id) ?? 0,
      level: level(f.severity),
      message: { text: plain(`${f.title}: ${f.message} (AIVSS ${f.aivss.toFixed(1)} ${f.severity}, CVSS ${f.cvss.score.toFixed(1)})`) },
      locations: locations.slice(0, 100).map((l) => physical(l, options.uriPrefix)),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.id, first?.path ?? '') },
      properties: {
        'security-severity': f.aivss.toFixed(1),
        aivss: f.aivss,
        severity: f.severity,
        cvssVector: f.cvss.vector,
        cvssScore: f.cvss.score,
        kind: f.kind,
        findingId: f.id,
        layers: f.layers,
        ...(f.tool !== undefined ? { tool: f.tool } : {}),
      },
    };
    if (f.waived !== undefined) {
      out.suppressions = [{ kind: 'external', status: 'accepted', justification: plain(`${f.waived.justification} (until ${f.waived.expires}${f.waived.owner !== undefined ? `, owner ${f.waived.owner}` : ''})`) }];
    }
    return out;
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(result.tool.version) ? result.tool.version : undefined,
            informationUri: options.informationUri ?? DEFAULT_INFO_URI,
            rules: ruleIds.map((id) => rules.get(id)!),
          },
        },
        results,
        // Separates this server's analysis from other SARIF uploads (and other servers in a monorepo).
        automationDetails: { id: `mcp-risk-gate/${automationCategory(options.uriPrefix)}/` },
        // Input errors make the run incomplete: code scanning shows these as tool notifications.
        ...(result.errors.length > 0
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: result.errors.slice(0, 100).map((e) => ({
                    level: 'error' as const,
                    message: { text: plain(`${e.path}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}${e.hint !== undefined ? ` (fix: ${e.hint})` : ''}`) },
                  })),
                },
              ],
            }
          : {}),
        columnKind: 'unicodeCodePoints',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        properties: {
          aivssVersion: result.aivssVersion,
          ...(result.score !== undefined ? { score: result.score } : {}),
          ...(result.severity !== undefined ? { severity: result.severity } : {}),
          ...(result.posture !== undefined ? { posture: result.posture } : {}),
          ...(options.decision !== undefined ? { decision: options.decision.result, reasons: options.decision.reasons } : {}),
          ...(findings.length > SARIF_MAX_RESULTS ? { truncatedResults: findings.length - SARIF_MAX_RESULTS } : {}),
        },
      },
    ],
  };
}

/** SARIF as text; JSON.stringify drops the undefined members. */
export function sarifToString(log: Log): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * Human-readable SARIF text carries tool names and descriptions from the scanned repository:
 * ANSI escapes, carriage returns and bidi controls are shown as ⟦U+XXXX⟧ so that viewers
 * (code scanning, terminals via `jq -r`) cannot be rewritten by them. Ids in `properties` stay exact.
 */
function plain(text: string): string {
  return flatten(wellFormed(text));
}

/** Help from the catalog, so every control and check rule has it, found or not. */
function catalogHelp(id: string): { help?: { text: string; markdown: string } } {
  const entry = findControl(id) ?? findCheck(id);
  if (entry === undefined) return {};
  const s = entry.remediation.snippet;
  const fence = '```';
  const markdown = `${entry.remediation.text}\n\n${s.file !== undefined ? `In \`${s.file}\`:\n\n` : ''}${fence}${s.lang}\n${s.code.replace(/\n+$/, '')}\n${fence}`;
  return { help: { text: `${entry.remediation.text} Example: ${entry.remediation.example}`, markdown } };
}

/**
 * The same severity for a rule in every scan (code scanning keys alerts on the rule): the CVSS
 * v4.0 score of the catalog's exposure vector for controls and checks, a fixed value per kind
 * otherwise. Each result still carries its own AIVSS in its properties.
 */
const KIND_SEVERITY: Record<string, string> = { poisoning: '9.0', scenario: '7.0', drift: '5.0', 'lock-mismatch': '5.0', 'unknown-surface': '5.0', 'spec-violation': '4.0', 'annotation-contradiction': '5.0', 'missing-control': '5.0' };

function ruleSeverity(id: string, kind: string): string {
  const entry = findControl(id) ?? findCheck(id);
  if (entry !== undefined) return cvss4BaseScore(entry.cvss).toFixed(1);
  return KIND_SEVERITY[kind] ?? '5.0';
}

function automationCategory(prefix: string | undefined): string {
  const p = (prefix ?? '').replace(/^\.?\/+|\/+$/g, '');
  return p === '' ? 'root' : p.replace(/[^A-Za-z0-9._/-]/g, '-');
}

function ruleId(f: Finding): string {
  if (f.controlId !== undefined) return f.controlId;
  const colon = f.id.indexOf(':');
  return colon < 0 ? f.id : f.id.slice(0, colon);
}

function level(severity: Severity): 'error' | 'warning' | 'note' | 'none' {
  switch (severity) {
    case 'Critical':
    case 'High':
      return 'error';
    case 'Medium':
      return 'warning';
    case 'Low':
      return 'note';
    case 'None':
      return 'none';
  }
}

function physical(l: Location, prefix: string | undefined): NonNullable<Result['locations']>[number] {
  const path = [prefix, l.path].filter((p): p is string => p !== undefined && p !== '' && p !== '.').join('/').replace(/\/{2,}/g, '/').replace(/^\.\//, '');
  return {
    physicalLocation: {
      artifactLocation: { uri: wellFormed(path).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      // Every result has a region: a finding about a whole file points at its first line.
      region: l.line !== undefined && l.line >= 1 ? { startLine: l.line, ...(l.column !== undefined && l.column >= 1 ? { startColumn: l.column } : {}) } : { startLine: 1 },
    },
  };
}

/** Stable across runs and line moves: the finding id and its file, never the line. */
function fingerprint(findingId: string, path: string): string {
  return sha256Hex(`${findingId}\u0000${path}`);
}

function helpUri(docs: string, options: SarifOptions): { helpUri?: string } {
  // A catalog plug-in documents its controls on its own page.
  if (/^https:\/\/[^\s"<>]+$/.test(docs)) return { helpUri: docs };
  if (options.docsUrl === undefined || !/^https?:\/\//.test(options.docsUrl)) return {};
  const slug = anchor(docs.includes('#') ? docs.slice(docs.lastIndexOf('#') + 1) : docs);
  return slug === '' ? {} : { helpUri: `${options.docsUrl}#${slug}` };
}

function ruleName(title: string): string {
  const words = title.replace(/[^A-Za-z0-9 ]+/g, ' ').trim().split(/\s+/).filter((w) => w !== '');
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Check';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
