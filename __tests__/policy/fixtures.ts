import type { ControlResult } from '../../src/model/control.js';
import type { Finding, Severity } from '../../src/model/finding.js';
import type { ScanResult } from '../../src/model/result.js';
import type { ToolRecord } from '../../src/model/tool.js';

/** A ScanResult with only the always-present parts filled, as after the surface stage. */
export function bareResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    tool: { name: 'mcp-risk-gate', version: '0.1.0' },
    aivssVersion: '0.8',
    server: { name: 'io.example/server', sources: [{ path: 'server.json', format: 'registry-server-json' }] },
    profile: {
      name: 'io.example/server',
      sources: [{ path: 'server.json', format: 'registry-server-json' }],
      packages: [],
      transports: [],
      remotes: [],
      secrets: [],
      tools: [],
      toolsIncomplete: false,
      oauthProviders: [],
      filesystemScopes: [],
      network: {},
      safetyKnobs: [],
      privacyPolicies: [],
    },
    capabilities: {
      capabilities: [],
      surface: { toolCount: 0, unknown: true, incomplete: false, annotated: 0, readOnly: 0, destructive: 0, openWorld: 0 },
      effects: [],
    },
    errors: [],
    notices: [],
    ...overrides,
  };
}

export function severityOf(aivss: number): Severity {
  if (aivss >= 9) return 'Critical';
  if (aivss >= 7) return 'High';
  if (aivss >= 4) return 'Medium';
  if (aivss >= 0.1) return 'Low';
  return 'None';
}

export function finding(id: string, aivss: number, extra: Partial<Finding> = {}): Finding {
  const colon = id.indexOf(':');
  const controlId = colon < 0 ? id : id.slice(0, colon);
  return {
    id,
    kind: 'missing-control',
    controlId,
    title: `Title of ${id}`,
    message: `Message of ${id}`,
    layers: ['L3'],
    cvssVector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
    cvss: { vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', score: 9.3 },
    aivss,
    severity: severityOf(aivss),
    locations: [{ path: 'server.json', line: 3 }],
    remediation: `Fix ${id}.`,
    ...(colon < 0 ? {} : { tool: id.slice(colon + 1) }),
    ...extra,
  };
}

export function control(id: string, status: ControlResult['status'], requirement: ControlResult['requirement'] = 'required', extra: Partial<ControlResult> = {}): ControlResult {
  const layer = /^MAE-(L\d)-/.exec(id)?.[1] ?? 'L3';
  return {
    id,
    title: `Control ${id}`,
    layers: [layer as ControlResult['layers'][number]],
    status,
    requirement,
    reason: 'because a tool writes',
    evidence: [],
    ...extra,
  };
}

export function tool(name: string, extra: Partial<ToolRecord> = {}): ToolRecord {
  return {
    name,
    description: `Does ${name}`,
    annotationsDeclared: false,
    annotationsAllDefault: false,
    effective: { readOnly: false, destructive: true, idempotent: false, openWorld: true },
    origins: [{ path: 'tools.json', format: 'tools-dump', provenance: 'dump' }],
    ...extra,
  };
}

/** A fully evaluated result whose score is the highest finding AIVSS. */
export function scoredResult(findings: Finding[], controls: ControlResult[] = [], extra: Partial<ScanResult> = {}): ScanResult {
  const score = findings.reduce((m, f) => Math.max(m, f.aivss), 0);
  return bareResult({ findings, controls, score, severity: severityOf(score), posture: 5, factors: [], layers: [], ...extra });
}
