import scenariosData from '../../data/aivss/scenarios.json' with { type: 'json' };
import type { AivssVersion, MitigationLevel, ThreatMultiplierLevel } from '../model/config.js';
import type { ControlResult } from '../model/control.js';
import type { FactorResult } from '../model/factor.js';
import type { Scenario, ScenarioMetric, ScenarioMitigation } from '../model/scenario.js';
import { evaluate, type InferenceInput } from '../conditions/evaluate.js';
import { cvss4BaseScore } from './cvss.js';
import { aivssBreakdown } from './formula.js';
import { factorSum } from './posture.js';
import { renderReason } from './reasons.js';
import type { Condition } from './rubric.js';

interface MetricRule {
  value: string;
  reason: string;
  when?: Condition;
}

export interface MitigationRule {
  control: string;
  strength: 'partial' | 'strong';
  set?: Record<string, string>;
  why: string;
}

export interface ScenarioRule {
  id: string;
  risk: string;
  title: string;
  when: Condition;
  metrics: Record<string, MetricRule[]>;
  mitigatedBy: MitigationRule[];
}

export interface ScenarioData {
  scenariosVersion: number;
  metricOrder: string[];
  scenarios: ScenarioRule[];
  hygiene: { vector: string; threat: ThreatMultiplierLevel; reason: string };
}

const DATA = scenariosData as unknown as ScenarioData;

export function scenarioData(): ScenarioData {
  return DATA;
}

// A control may only make an exploitability metric harder, never easier; impact metrics only lower.
const HARDER: Record<string, string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
};
const IMPACT_ORDER = ['H', 'L', 'N'];

function lowerOrSame(metric: string, from: string, to: string): string {
  const order = HARDER[metric] ?? IMPACT_ORDER;
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  return a === -1 || b === -1 || b < a ? from : to;
}

function statusOf(controls: readonly ControlResult[] | undefined, id: string): ControlResult['status'] | undefined {
  return controls?.find((c) => c.id === id)?.status;
}

/**
 * The AIVSS Mitigation Factor from the present controls: any strong one, or three partial ones,
 * is strong mitigation; one or two partial ones are partial. More controls never raise it.
 */
export function mitigationLevel(present: readonly ScenarioMitigation[]): MitigationLevel {
  if (present.some((m) => m.strength === 'strong')) return 'strong';
  const partial = present.filter((m) => m.strength === 'partial').length;
  if (partial >= 3) return 'strong';
  return partial > 0 ? 'partial' : 'none';
}

export interface ComposeOptions {
  version: AivssVersion;
  factors: readonly FactorResult[];
  threat?: ThreatMultiplierLevel;
  /** Mitigations plug-in controls declare (`mitigates`), added to the named scenario's mitigatedBy. */
  extraMitigations?: readonly ExtraMitigation[];
}

/** A plug-in control that lowers a scenario: the scenario's mitigatedBy entry, given from the control's side. */
export interface ExtraMitigation extends MitigationRule {
  scenario: string;
}

/** Tools named per metric in the report; the reason already names the first few. */
const MAX_METRIC_TOOLS = 20;

// The evidence metrics read no control status, so the what-if re-assessments (fix path) share them.
const metricsMemo = new WeakMap<InferenceInput['capabilities'], Map<string, ScenarioMetric[]>>();

/** The metrics one scenario's rules give for this server, each with the evidence that set it. */
function composeMetrics(rule: ScenarioRule, input: InferenceInput): ScenarioMetric[] {
  let byRule = metricsMemo.get(input.capabilities);
  if (!byRule) {
    byRule = new Map();
    metricsMemo.set(input.capabilities, byRule);
  }
  const key = `${rule.id}\u0000${input.profile.tools.length}`;
  let metrics = byRule.get(key);
  if (!metrics) {
    metrics = DATA.metricOrder.map((metric) => composeMetric(rule, metric, input));
    byRule.set(key, metrics);
  }
  return metrics;
}

function composeMetric(rule: ScenarioRule, metric: string, input: InferenceInput): ScenarioMetric {
  for (const m of rule.metrics[metric] ?? []) {
    const outcome = m.when === undefined ? { ok: true, hits: [] } : evaluate(m.when, input);
    if (!outcome.ok) continue;
    const reason = renderReason(m.reason, outcome.hits);
    const tools = new Set<string>();
    for (const h of outcome.hits) {
      if (h.tool === undefined) continue;
      tools.add(h.tool);
      if (tools.size === MAX_METRIC_TOOLS) break;
    }
    return {
      metric,
      value: m.value,
      reason: reason.text,
      ...(tools.size > 0 && { tools: [...tools] }),
      ...(reason.location && { location: reason.location }),
    };
  }
  throw new Error(`scenario ${rule.id}: no rule for ${metric} matched; the last rule of each metric needs no condition`);
}

function vectorOf(metrics: readonly { metric: string; value: string }[]): string {
  return `CVSS:4.0/${metrics.map((m) => `${m.metric}:${m.value}`).join('/')}`;
}

/**
 * Builds and scores every scenario that applies to this server: the CVSS v4.0 base vector from
 * the evidence, lowered by the present controls that mitigate it, then AIVSS with the server's
 * factors. Pure; sorted worst first.
 */
export function composeScenarios(input: InferenceInput, options: ComposeOptions): Scenario[] {
  const sum = factorSum(options.factors);
  const out: Scenario[] = [];
  for (const rule of DATA.scenarios) {
    if (!evaluate(rule.when, input).ok) continue;
    const evidenceMetrics = composeMetrics(rule, input);
    const extra = options.extraMitigations?.filter((m) => m.scenario === rule.id) ?? [];
    const mitigations: ScenarioMitigation[] = [...rule.mitigatedBy, ...extra].map((m) => {
      const status = statusOf(input.controls, m.control);
      return { control: m.control, strength: m.strength, why: m.why, present: status === 'present', ...(m.set && { set: m.set }) };
    });
    const present = mitigations.filter((m) => m.present);
    const changed = evidenceMetrics.map((m) => {
      let value = m.value;
      let changedBy: string | undefined;
      for (const p of present) {
        const to = p.set?.[m.metric];
        if (to === undefined) continue;
        const next = lowerOrSame(m.metric, value, to);
        if (next !== value) {
          value = next;
          changedBy = p.control;
        }
      }
      return changedBy ? { ...m, value, changedBy } : m;
    });
    // Unchanged by any control: the shared evidence metrics themselves (their texts are cached by identity).
    const metrics = changed.every((m, i) => m === evidenceMetrics[i]) ? evidenceMetrics : changed;
    const evidenceVector = vectorOf(evidenceMetrics);
    // A reviewer's vector for the scenario is a findings[] override on its SCN- finding (findings.ts).
    const vector = vectorOf(metrics);
    const cvss = cvss4BaseScore(vector);
    const mitigation = mitigationLevel(present);
    const breakdown = aivssBreakdown({ version: options.version, cvss, factorSum: sum, mitigation, ...(options.threat && { threat: options.threat }) });
    out.push({
      id: rule.id,
      risk: rule.risk,
      title: rule.title,
      evidenceVector,
      vector,
      metrics,
      mitigations,
      mitigation: breakdown.mitigation,
      threat: breakdown.threat,
      cvss,
      factorSum: sum,
      aivss: breakdown.score,
      severity: breakdown.severity,
    });
  }
  return out.sort((a, b) => b.aivss - a.aivss || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The applicable scenarios a control lowers, worst first: what its absence leaves open. */
export function scenariosMitigatedBy(scenarios: readonly Scenario[], controlId: string): Scenario[] {
  return scenarios.filter((s) => s.mitigations.some((m) => m.control === controlId));
}
