import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  appendixAssessment,
  FindingScoreError,
  inferFactors,
  LOCAL_VECTOR_NOTE,
  localFactorVector,
  owaspCategoryOf,
  scoreFindings,
  serverScore,
} from '../../src/aivss/index.js';
import type { ControlResult, FactorResult, FindingDraft, RiskProfileConfig } from '../../src/model/index.js';
import { capabilities, profile, tool } from './build.js';

const V93 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
const V69 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N';
const V85 = 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

function factors(values: number[], version: '0.8' | '0.5' = '0.8'): FactorResult[] {
  const ids = version === '0.8'
    ? ['executionAutonomy', 'externalToolControlSurface', 'naturalLanguageInterface', 'contextualAwareness', 'behavioralNonDeterminism', 'opacityReflexivity', 'persistentStateRetention', 'dynamicIdentity', 'multiAgentInteractions', 'selfModification']
    : ['autonomyOfAction', 'goalDrivenPlanning', 'selfModification', 'dynamicToolUse', 'persistentMemory', 'contextualAwareness', 'dynamicIdentity', 'multiAgentInteractions', 'nonDeterminism', 'opacityReflexivity'];
  return ids.map((id, i) => ({ id, name: id, value: values[i] ?? 0, inferred: values[i] ?? 0, reasons: [], overridden: false }));
}

function draft(id: string, vector: string, extra: Partial<FindingDraft> = {}): FindingDraft {
  return { id, kind: 'missing-control', title: `${id} missing`, message: `${id} is missing`, layers: ['L5'], cvssVector: vector, locations: [], remediation: 'add it', ...extra };
}

// ΣF 9.0 as in the v0.8 Tool Misuse example
const TOOL_MISUSE = factors([1, 1, 1, 1, 1, 1, 0.5, 1, 1, 0.5]);

describe('scoreFindings', () => {
  it('computes the CVSS base score of each vector and the AIVSS with the server factors', () => {
    const [f] = scoreFindings([draft('MAE-L5-01', V93, { controlId: 'MAE-L5-01' })], TOOL_MISUSE, '0.8');
    // (9.3 + 0.7 × 0.9 × 0.97) = 9.9111 → 9.9
    expect(f).toMatchObject({ cvss: { vector: V93, score: 9.3 }, aivss: 9.9, severity: 'Critical', threat: 'poc', mitigation: 'none' });
  });

  it('scores v0.5 with the average formula', () => {
    const [f] = scoreFindings([draft('X', V93)], factors([1, 1, 0.5, 0.5, 0, 1, 0, 1, 1, 1], '0.5'), '0.5');
    expect(f!.aivss).toBe(7.9); // ((9.3 + 7.0) / 2) × 0.97 = 7.9055
  });

  it('honours per-draft threat and mitigation', () => {
    const [f] = scoreFindings([draft('X', V69, { threat: 'attacked', mitigation: 'partial' })], factors([1, 1, 1, 1, 1, 1, 0, 0, 0, 0]), '0.8');
    // (6.9 + 3.1 × 0.6 × 1.00) × 0.83 = 7.2708 → 7.3
    expect(f).toMatchObject({ aivss: 7.3, threat: 'attacked', mitigation: 'partial' });
  });

  it('takes the threat from the vector\'s Exploit Maturity when the draft says nothing', () => {
    const [f] = scoreFindings([draft('X', `${V69}/E:U`)], factors([1, 1, 1, 1, 1, 1, 0, 0, 0, 0]), '0.8');
    expect(f!.threat).toBe('unreported');
    expect(f!.cvss.score).toBe(6.9);
  });

  it('applies the profile: aivss defaults, then findings[] overrides by finding id or control id', () => {
    const config: RiskProfileConfig = {
      version: 1,
      aivss: { threat: 'unreported', mitigation: 'strong' },
      findings: [
        { id: 'MAE-L3-03', cvss: V85, rationale: 'local attacker only' },
        { id: 'MAE-L3-03:delete_flag', threat: 'attacked', rationale: 'seen in the wild' },
      ],
    };
    const [byDefaults, byControl, byId] = scoreFindings(
      [draft('A', V93), draft('MAE-L3-03:update_flag', V93, { controlId: 'MAE-L3-03' }), draft('MAE-L3-03:delete_flag', V93, { controlId: 'MAE-L3-03' })],
      TOOL_MISUSE,
      '0.8',
      config,
    );
    expect(byDefaults).toMatchObject({ threat: 'unreported', mitigation: 'strong', cvss: { score: 9.3 } });
    expect(byControl).toMatchObject({ cvssVector: V85, cvss: { vector: V85, score: 8.5 }, threat: 'unreported' });
    // the id override wins over the control override: its vector stays the catalog's
    expect(byId).toMatchObject({ cvss: { vector: V93 }, threat: 'attacked', mitigation: 'strong' });
  });

  it('raises FindingScoreError naming the finding and saying where a bad vector came from', () => {
    const config: RiskProfileConfig = { version: 1, findings: [{ id: 'X', cvss: 'CVSS:3.1/AV:N', rationale: 'r' }] };
    expect(() => scoreFindings([draft('X', V93)], TOOL_MISUSE, '0.8', config)).toThrow(FindingScoreError);
    expect(() => scoreFindings([draft('X', V93)], TOOL_MISUSE, '0.8', config)).toThrow(/Finding X: Invalid CVSS v4.0 vector "CVSS:3.1\/AV:N".*\.mcp-risk\.yml/);
    expect(() => scoreFindings([draft('Y', 'CVSS:4.0/AV:N')], TOOL_MISUSE, '0.8')).toThrow(/Finding Y: .*control catalog/);
  });
});

describe('serverScore', () => {
  it('is the worst finding, never an average', () => {
    const fs = scoreFindings([draft('low', V69), draft('high', V93)], factors([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), '0.8');
    expect(serverScore(fs)).toEqual({ score: 9.3, severity: 'Critical', findingId: 'high' });
  });

  it('is 0.0 (None) with no findings', () => {
    expect(serverScore([])).toEqual({ score: 0, severity: 'None' });
  });

  it('leaves waived findings out unless asked', () => {
    const [f] = scoreFindings([draft('w', V93)], TOOL_MISUSE, '0.8');
    const waived = { ...f!, waived: { justification: 'accepted', expires: '2099-01-01' } };
    expect(serverScore([waived]).score).toBe(0);
    expect(serverScore([waived], { includeWaived: true }).score).toBe(9.9);
  });
});

describe('v0.8 Appendix A assessment and the local factor vector', () => {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['metadata', 'vulnerabilities'],
    properties: {
      metadata: {
        type: 'object',
        required: ['system_name', 'assessment_date', 'assessor_id'],
        properties: { assessment_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      },
      vulnerabilities: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'owasp_category', 'cvss_base', 'amplification_factors', 'threat_multiplier', 'scores'],
          properties: {
            amplification_factors: {
              type: 'object',
              required: ['autonomy', 'tools', 'language', 'context', 'non_determinism', 'opacity', 'persistence', 'identity', 'multi_agent', 'self_mod'],
              additionalProperties: { enum: [0, 0.5, 1] },
            },
            threat_multiplier: { enum: [0.5, 0.97, 1] },
            scores: {
              type: 'object',
              required: ['factor_sum', 'aars', 'mitigation_factor', 'aivss'],
              properties: { severity: { enum: ['Low', 'Medium', 'High', 'Critical'] }, mitigation_factor: { minimum: 0.67, maximum: 1 } },
            },
          },
        },
      },
    },
  };

  it('reproduces the v0.8 Tool Misuse example inside the document shape', () => {
    const findings = scoreFindings([draft('MAE-L3-03:delete', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', { controlId: 'MAE-L3-03' })], TOOL_MISUSE, '0.8');
    const doc = appendixAssessment({ systemName: 'io.github.configcat/mcp-server', systemVersion: '0.1.7', assessmentDate: '2026-05-01', assessorId: 'mcp-risk-gate', findings, factors: TOOL_MISUSE });
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.vulnerabilities[0]).toMatchObject({
      owasp_category: 'Agentic AI Tool Misuse',
      cvss_base: { score: 9.4 },
      threat_multiplier: 0.97,
      amplification_factors: { autonomy: 1, persistence: 0.5, self_mod: 0.5 },
      scores: { factor_sum: 9, aars: 0.5238, mitigation_factor: 1, aivss: 9.9, severity: 'Critical' },
    });
  });

  it('refuses v0.5 factors and a malformed date', () => {
    expect(() => appendixAssessment({ systemName: 's', assessmentDate: '2026-05-01', assessorId: 'a', findings: [], factors: factors([], '0.5') })).toThrow(/ten AIVSS v0.8 factors/);
    expect(() => appendixAssessment({ systemName: 's', assessmentDate: 'May 1', assessorId: 'a', findings: [], factors: TOOL_MISUSE })).toThrow(/YYYY-MM-DD/);
  });

  it('notes continuous factor values, which the v0.8 enum does not allow', () => {
    const fs = TOOL_MISUSE.map((f, i) => (i === 0 ? { ...f, value: 0.6, continuous: true } : f));
    expect(appendixAssessment({ systemName: 's', assessmentDate: '2026-05-01', assessorId: 'a', findings: [], factors: fs }).metadata.notes).toMatch(/outside \{0, 0.5, 1\}/);
  });

  it('maps findings to OWASP core risk categories by control, then by kind', () => {
    expect(owaspCategoryOf({ controlId: 'MAE-L5-01', kind: 'missing-control' })).toBe('Agent Untraceability');
    expect(owaspCategoryOf({ kind: 'poisoning' })).toBe('Agent Goal and Instruction Manipulation');
  });

  it('writes the factor profile as a vector string that says it is local', () => {
    expect(localFactorVector(TOOL_MISUSE, '0.8')).toBe('MRG-AARS:0.8/EA:1/TS:1/NL:1/CA:1/ND:1/OR:1/PS:0.5/DI:1/MA:1/SM:0.5');
    expect(LOCAL_VECTOR_NOTE).toMatch(/OWASP AIVSS defines no factor vector string/);
    expect(() => localFactorVector(TOOL_MISUSE, '0.5')).toThrow(/Factor autonomyOfAction of AIVSS v0.5 is missing/);
  });
});
