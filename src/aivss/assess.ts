import type { AivssVersion, RiskProfileConfig } from '../model/config.js';
import type { ControlResult } from '../model/control.js';
import type { FactorResult } from '../model/factor.js';
import type { Finding, FindingDraft } from '../model/finding.js';
import type { Scenario, ScenarioMetric } from '../model/scenario.js';
import type { InferenceInput } from '../conditions/evaluate.js';
import { scoreFindings } from './findings.js';
import { inferFactors } from './infer.js';
import { composeScenarios, scenarioData, scenariosMitigatedBy, type ExtraMitigation } from './scenarios.js';

export interface AssessInput {
  inference: InferenceInput & { controls: ControlResult[] };
  /** Every finding before scoring: missing controls, checks, poisoning, drift, lock. */
  drafts: readonly FindingDraft[];
  version: AivssVersion;
  config?: RiskProfileConfig;
  /** What plug-in controls say they mitigate (their `mitigates`). */
  extraMitigations?: readonly ExtraMitigation[];
}

export interface Assessment {
  factors: FactorResult[];
  scenarios: Scenario[];
  findings: Finding[];
}

/** Finding id of a scenario: the residual risk of one core risk on this server. */
export function scenarioFindingId(scenarioId: string): string {
  return `SCN-${scenarioId}`;
}

// The metrics of a scenario are composed once per server and shared by every what-if assessment.
const impactTexts = new WeakMap<readonly ScenarioMetric[], string>();

function impactText(metrics: readonly ScenarioMetric[]): string {
  let text = impactTexts.get(metrics);
  if (text === undefined) {
    text = metrics
      .filter((m) => ['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].includes(m.metric) && m.value !== 'N')
      .map((m) => `${m.metric}:${m.value} ${m.reason}`)
      .join('; ');
    impactTexts.set(metrics, text);
  }
  return text;
}

function scenarioDraft(s: Scenario, controls: readonly ControlResult[]): FindingDraft {
  const missing = s.mitigations.filter((m) => !m.present && controls.some((c) => c.id === m.control && c.status === 'missing'));
  const present = s.mitigations.filter((m) => m.present);
  const because = impactText(s.metrics);
  return {
    id: scenarioFindingId(s.id),
    kind: 'scenario',
    title: s.title,
    message:
      `OWASP AIVSS core risk "${s.risk}" on this server: ${because || 'no confidentiality, integrity or availability impact beyond misleading the agent'}.` +
      (present.length > 0 ? ` Lowered by ${present.map((m) => `${m.control} (${m.why})`).join(', ')}.` : ''),
    layers: [],
    cvssVector: s.vector,
    scenarioId: s.id,
    threat: s.threat,
    mitigation: s.mitigation,
    locations: s.metrics.flatMap((m) => (m.location ? [m.location] : [])).slice(0, 1),
    remediation:
      missing.length > 0
        ? `Add what lowers it: ${missing.map((m) => `${m.control} (${m.why})`).join('; ')}.`
        : 'No control in the catalog lowers this scenario further; accept it with a waiver or reduce what the tools can do.',
    docs: 'docs/scoring.md',
  };
}

/**
 * Scores the server: infers the factors, composes its threat scenarios, and scores every finding
 * by what it leaves open here. A missing control takes the worst scenario it mitigates (its
 * vector, threat and mitigation); one that mitigates none applicable is a hygiene gap with a low
 * vector. A finding that names its scenario (a toxic flow) is scored as that scenario when it
 * applies. Checks, poisoning, drift and lock findings keep their own vectors. Pure.
 */
export function assess(input: AssessInput): Assessment {
  const { inference, version, config } = input;
  const factors = inferFactors(inference, version);
  const scenarios = composeScenarios(inference, {
    version,
    factors,
    ...(config?.aivss?.threat && { threat: config.aivss.threat }),
    ...(input.extraMitigations && { extraMitigations: input.extraMitigations }),
  });
  const hygiene = scenarioData().hygiene;
  // A finding that is one scenario's path on this server (a toxic flow) is scored as that scenario
  // and stands in for the scenario's own finding.
  const represented = new Set<string>();
  const drafts: FindingDraft[] = input.drafts.map((d) => {
    if (d.scenarioId !== undefined) {
      const s = scenarios.find((x) => x.id === d.scenarioId);
      if (!s) return d;
      represented.add(s.id);
      return { ...d, cvssVector: s.vector, threat: s.threat, mitigation: s.mitigation };
    }
    if (d.kind !== 'missing-control' || d.controlId === undefined) return d;
    const worst = scenariosMitigatedBy(scenarios, d.controlId)[0];
    if (!worst) return { ...d, cvssVector: hygiene.vector, threat: hygiene.threat, message: `${d.message} ${hygiene.reason}` };
    // A recommended control keeps its lower (unreported) threat: it ranks below what is required.
    return { ...d, cvssVector: worst.vector, scenarioId: worst.id, threat: d.threat ?? worst.threat, mitigation: worst.mitigation, message: `${d.message} It leaves open: ${worst.title} (${scenarioFindingId(worst.id)}).` };
  });
  for (const s of scenarios) if (!represented.has(s.id)) drafts.push(scenarioDraft(s, inference.controls));
  return { factors, scenarios, findings: scoreFindings(drafts, factors, version, config) };
}

/** The same assessment with some controls treated as present (their findings gone): what a fix would do. */
export function assessWithControls(input: AssessInput, present: ReadonlySet<string>, removedFindings: ReadonlySet<string> = new Set()): Assessment {
  const controls = input.inference.controls.map((c) =>
    present.has(c.id) && c.status === 'missing'
      ? { ...c, status: 'present' as const, evidence: [...c.evidence, { strength: 'declared' as const, detector: 'what-if', detail: 'assumed present to measure its effect on the score' }] }
      : c,
  );
  return assess({
    ...input,
    inference: { ...input.inference, controls },
    drafts: input.drafts.filter((d) => !(d.controlId !== undefined && present.has(d.controlId)) && !removedFindings.has(d.id)),
  });
}
