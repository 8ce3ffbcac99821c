import type { CapabilityProfile } from '../model/capability.js';
import type { Requirement } from '../model/control.js';
import type { ServerProfile } from '../model/profile.js';
import { evaluate } from '../conditions/evaluate.js';
import type { Condition } from '../conditions/types.js';
import type { CatalogControl } from './types.js';

export interface ConditionFacts {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
}

export interface ConditionResult {
  ok: boolean;
  /** The facts that made it true (empty when false). */
  why: string[];
}

/**
 * Requirement rules use the one condition language of the knowledge (src/conditions); this turns
 * its hits into the short facts a requirement reason quotes.
 */
export function evaluateCondition(c: Condition, facts: ConditionFacts): ConditionResult {
  const outcome = evaluate(c, facts);
  if (!outcome.ok) return { ok: false, why: [] };
  const first = outcome.hits[0];
  if ('capability' in c && first) return { ok: true, why: [`capability ${c.capability} (${first.tool && !(first.detail ?? '').startsWith(`${first.tool}: `) ? `${first.tool}: ` : ''}${first.detail ?? 'detected'})`] };
  const why = outcome.hits.slice(0, 3).map((h) => (h.tool !== undefined ? (h.detail !== undefined ? `${h.tool}: ${h.detail}` : h.tool) : (h.detail ?? '')));
  return { ok: true, why: why.filter((w) => w !== '').length > 0 ? why.filter((w) => w !== '') : ['condition met'] };
}

export interface RequirementResult {
  requirement: Requirement;
  reason: string;
}

/** The strongest matching rule wins; every matching rule of that level contributes its reason. */
export function requirementFor(control: CatalogControl, facts: ConditionFacts): RequirementResult {
  const matched = control.requirement
    .map((rule) => ({ rule, res: evaluateCondition(rule.when, facts) }))
    .filter((x) => x.res.ok);
  const level = matched.some((x) => x.rule.level === 'required')
    ? 'required'
    : matched.length > 0
      ? 'recommended'
      : 'not-applicable';
  if (level === 'not-applicable') return { requirement: level, reason: control.notApplicable };
  const reason = matched
    .filter((x) => x.rule.level === level)
    .map((x) => `${x.rule.because} [${x.res.why.join('; ')}]`)
    .join(' ');
  return { requirement: level, reason };
}
