import type { Capability, ScanResult, ToolRecord } from '../model/index.js';
import type { Delta } from '../policy/delta.js';
import { defaultRedactor, type Redactor } from '../redact/index.js';

/**
 * Tool evidence listed per capability. Past this, a large server's capabilities would be a census
 * of its tools (a megabyte for 2,000 tools); each tool's own `capabilities` list keeps the detail.
 */
export const MAX_TOOL_EVIDENCE = 20;

interface CapabilityReport {
  id: Capability['id'];
  evidence: Capability['evidence'];
  /** Evidence entries in all, listed or not. */
  evidenceCount: number;
}

/** Every manifest-level reason, and the first tool-level ones. */
function capabilityReport(cap: Capability): CapabilityReport {
  let tools = 0;
  const evidence = cap.evidence.filter((e) => e.tool === undefined || ++tools <= MAX_TOOL_EVIDENCE);
  return { id: cap.id, evidence, evidenceCount: cap.evidence.length };
}

/** Capability ids per tool name, in capability order. */
function capabilitiesByTool(caps: readonly Capability[]): Map<string, string[]> {
  const byTool = new Map<string, string[]>();
  for (const cap of caps) {
    for (const e of cap.evidence) {
      if (e.tool === undefined) continue;
      const ids = byTool.get(e.tool);
      if (!ids) byTool.set(e.tool, [cap.id]);
      else if (ids[ids.length - 1] !== cap.id) ids.push(cap.id);
    }
  }
  return byTool;
}

/** One tool of the report; optional keys are left out, not null. Built key by key: a report may list thousands. */
function toolReport(t: ToolRecord, capabilities: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { name: t.name };
  if (t.title !== undefined) out['title'] = t.title;
  out['readOnly'] = t.effective.readOnly;
  out['destructive'] = t.effective.destructive;
  out['openWorld'] = t.effective.openWorld;
  out['idempotent'] = t.effective.idempotent;
  out['annotationsDeclared'] = t.annotationsDeclared;
  if (t.annotationsAllDefault) out['annotationsAllDefault'] = true;
  if (t.annotations) out['annotations'] = t.annotations;
  if (t.requiredScopes) out['requiredScopes'] = t.requiredScopes;
  if (t.httpMethod) out['httpMethod'] = t.httpMethod;
  out['capabilities'] = capabilities;
  out['source'] = t.origins[0]?.path ?? null;
  out['origins'] = t.origins.map((o) => {
    const origin: Record<string, unknown> = { path: o.path, format: o.format, provenance: o.provenance };
    if (o.line !== undefined) origin['line'] = o.line;
    return origin;
  });
  return out;
}

/**
 * The stable JSON report (SPEC §10). Stages that did not run are absent, never faked. Secrets are
 * redacted as JSON.stringify writes the report (the known formats, plus the run's own when the
 * adapter passes its redactor): every string written passes the redactor, and what the report
 * leaves out (raw schemas, the full evidence census) is never walked.
 */
export function renderJson(result: ScanResult, delta?: Delta, redactor: Redactor = defaultRedactor()): string {
  return `${redactor.stringify(jsonReport(result, delta), 2)}\n`;
}

function jsonReport(result: ScanResult, delta: Delta | undefined): Record<string, unknown> {
  const p = result.profile;
  const toolCaps = capabilitiesByTool(result.capabilities.capabilities);
  const report: Record<string, unknown> = {
    tool: result.tool,
    aivssVersion: result.aivssVersion,
    // At the top: what a pull request changed in its own policy is read before anything else.
    ...(result.profileChanges !== undefined && { profileChanges: result.profileChanges }),
    server: {
      name: result.server.name ?? null,
      ...(result.server.title !== undefined && { title: result.server.title }),
      version: result.server.version ?? null,
      sources: result.server.sources,
    },
    tools: p.tools.map((t) => toolReport(t, toolCaps.get(t.name) ?? [])),
    surface: result.capabilities.surface,
    transports: p.transports,
    packages: p.packages,
    remotes: p.remotes,
    secrets: p.secrets,
    network: p.network,
    safetyKnobs: p.safetyKnobs,
    capabilities: result.capabilities.capabilities.map(capabilityReport),
  };
  if (result.factors) report['factors'] = result.factors;
  if (result.posture !== undefined) report['posture'] = result.posture;
  if (result.postureSnapped !== undefined) report['postureSnapped'] = result.postureSnapped;
  if (result.factorVector !== undefined) {
    report['factorVector'] = { vector: result.factorVector, note: 'local to mcp-risk-gate: OWASP AIVSS defines no factor vector string' };
  }
  if (result.score !== undefined) report['score'] = result.score;
  if (result.severity !== undefined) report['severity'] = result.severity;
  if (result.scoreFindingId !== undefined) report['scoreFindingId'] = result.scoreFindingId;
  if (result.scenarios) report['scenarios'] = result.scenarios;
  if (result.controls) report['controls'] = result.controls;
  if (result.layers) report['layers'] = result.layers;
  if (result.findings) report['findings'] = result.findings;
  if (result.improvements) report['improvements'] = result.improvements;
  if (result.fixPath) report['fixPath'] = result.fixPath;
  if (result.lock) report['lock'] = result.lock;
  if (result.waivers) report['waivers'] = result.waivers;
  if (result.introspection) report['introspection'] = result.introspection;
  if (result.assessment) report['assessment'] = result.assessment;
  if (delta) report['delta'] = delta;
  if (result.decision) report['decision'] = result.decision;
  report['errors'] = result.errors;
  report['notices'] = result.notices;
  return report;
}
