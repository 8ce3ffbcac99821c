import type { AivssVersion, FactorOverride, RiskProfileConfig } from '../model/config.js';
import type { FactorReason, FactorResult } from '../model/factor.js';
import { evaluate, type InferenceInput, type Outcome } from '../conditions/evaluate.js';
import { renderReason } from './reasons.js';
import { rubricFor, type FactorLevel, type RubricFactor, type RubricRule } from './rubric.js';

/** A factor override in the profile that cannot be used (out of range, no rationale). */
export class FactorOverrideError extends Error {
  override readonly name = 'FactorOverrideError';
  constructor(
    readonly factor: string,
    readonly problem: string,
  ) {
    super(`.mcp-risk.yml factors.${factor}: ${problem}`);
  }
}

const LEVELS: readonly number[] = [0, 0.5, 1];

// A memoized outcome (see evaluate) renders to the same reason every time: render it once.
const rendered = new WeakMap<Outcome, Map<string, FactorReason>>();

function reasonFor(template: string, outcome: Outcome): FactorReason {
  let byTemplate = rendered.get(outcome);
  if (!byTemplate) {
    byTemplate = new Map();
    rendered.set(outcome, byTemplate);
  }
  let reason = byTemplate.get(template);
  if (!reason) {
    reason = renderReason(template, outcome.hits);
    byTemplate.set(template, reason);
  }
  return reason;
}

/** Grades one factor: the highest level among matching rules, with every rule at that level as a reason. */
export function gradeFactor(factor: RubricFactor, input: InferenceInput): Pick<FactorResult, 'inferred' | 'reasons'> {
  let level: FactorLevel | undefined;
  const reasons: FactorReason[] = [];
  // Highest level first (stable, so reasons keep rubric order): once a level matched, lower rules cannot matter.
  for (const rule of byLevel(factor)) {
    if (level !== undefined && rule.level < level) break;
    const outcome = evaluate(rule.when, input);
    if (!outcome.ok) continue;
    level = rule.level;
    reasons.push(reasonFor(rule.reason, outcome));
  }
  if (level === undefined) {
    return { inferred: factor.otherwise.level, reasons: [{ text: factor.otherwise.reason }] };
  }
  return { inferred: level, reasons };
}

const sortedRules = new WeakMap<RubricFactor, RubricRule[]>();

function byLevel(factor: RubricFactor): RubricRule[] {
  let rules = sortedRules.get(factor);
  if (!rules) {
    rules = [...factor.rules].sort((a, b) => b.level - a.level);
    sortedRules.set(factor, rules);
  }
  return rules;
}

function overrideFor(config: RiskProfileConfig | undefined, factor: RubricFactor): [string, FactorOverride] | undefined {
  const entries = Object.entries(config?.factors ?? {});
  return (
    entries.find(([key]) => key === factor.id) ??
    entries.find(([key]) => key.toLowerCase() === factor.name.toLowerCase())
  );
}

/** Override keys in the profile that name no factor of this version (e.g. goalDrivenPlanning under v0.8). */
export function unknownFactorOverrides(config: RiskProfileConfig | undefined, version: AivssVersion): string[] {
  const factors = rubricFor(version).factors;
  return Object.keys(config?.factors ?? {}).filter(
    (key) => !factors.some((f) => f.id === key || f.name.toLowerCase() === key.toLowerCase()),
  );
}

/**
 * Infers the version's ten factors from what the server exposes, then applies the profile's
 * overrides. Values outside {0, 0.5, 1} are the documented continuous extension (flagged).
 */
export function inferFactors(input: InferenceInput, version: AivssVersion): FactorResult[] {
  const config = input.profile.config;
  return rubricFor(version).factors.map((factor) => {
    const { inferred, reasons } = gradeFactor(factor, input);
    const result: FactorResult = { id: factor.id, name: factor.name, value: inferred, inferred, reasons, overridden: false };
    const override = overrideFor(config, factor);
    if (!override) return result;
    const [key, { value, rationale }] = override;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new FactorOverrideError(key, `value must be a number from 0 to 1 (0, 0.5 or 1 per OWASP AIVSS), got ${String(value)}`);
    }
    if (typeof rationale !== 'string' || rationale.trim() === '') {
      throw new FactorOverrideError(key, 'a rationale is required: say why the inferred value does not fit');
    }
    const continuous = !LEVELS.includes(value);
    const reason = { text: `Set to ${value} by the risk profile (inferred ${inferred}): ${rationale.trim()}` };
    return {
      ...result,
      value,
      overridden: true,
      rationale: rationale.trim(),
      ...(continuous ? { continuous: true } : {}),
      reasons: [input.profile.configPath ? { ...reason, location: { path: input.profile.configPath } } : reason, ...reasons],
    };
  });
}
