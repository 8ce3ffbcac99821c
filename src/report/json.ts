import type { Capability, ScanResult } from '../model/index.js';
import type { Delta } from '../policy/delta.js';

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

/** The stable JSON report (SPEC §10). Stages that did not run are absent, never faked. */
export function toJsonReport(result: ScanResult, delta?: Delta): Record<string, unknown> {
  const p = result.profile;
  const toolCaps = capabilitiesByTool(result.capabilities.capabilities);
  const report: Record<string, unknown> = {
    tool: result.tool,
    aivssVersion: result.aivssVersion,
    server: {
      name: result.server.name ?? null,
      ...(result.server.title !== undefined && { title: result.server.title }),
      version: result.server.version ?? null,
      sources: result.server.sources,
    },
    tools: p.tools.map((t) => ({
      name: t.name,
      ...(t.title !== undefined && { title: t.title }),
      readOnly: t.effective.readOnly,
      destructive: t.effective.destructive,
      openWorld: t.effective.openWorld,
      idempotent: t.effective.idempotent,
      annotationsDeclared: t.annotationsDeclared,
      ...(t.annotationsAllDefault && { annotationsAllDefault: true }),
      ...(t.annotations && { annotations: t.annotations }),
      ...(t.requiredScopes && { requiredScopes: t.requiredScopes }),
      ...(t.httpMethod && { httpMethod: t.httpMethod }),
      capabilities: toolCaps.get(t.name) ?? [],
      source: t.origins[0]?.path ?? null,
      origins: t.origins.map((o) => ({ path: o.path, format: o.format, provenance: o.provenance, ...(o.line !== undefined && { line: o.line }) })),
    })),
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

export function renderJson(result: ScanResult, delta?: Delta): string {
  return JSON.stringify(toJsonReport(result, delta), null, 2) + '\n';
}
