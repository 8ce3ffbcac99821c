import type { CapabilityProfile } from '../model/capability.js';
import type { Requirement } from '../model/control.js';
import type { ServerProfile } from '../model/profile.js';
import type { CatalogControl, Condition } from './types.js';

export interface ConditionFacts {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
}

export interface ConditionResult {
  ok: boolean;
  /** The facts that made it true (empty when false). */
  why: string[];
}

const yes = (why: string): ConditionResult => ({ ok: true, why: [why] });
const no: ConditionResult = { ok: false, why: [] };

/** Generic evaluator of the catalog's condition language; knows facts, not controls. */
export function evaluateCondition(c: Condition, facts: ConditionFacts): ConditionResult {
  const { profile, capabilities } = facts;
  if ('always' in c) return yes('applies to every server');
  if ('capability' in c) {
    const cap = capabilities.capabilities.find((x) => x.id === c.capability);
    if (!cap) return no;
    const first = cap.evidence[0];
    const detail = first ? `${first.tool ? `${first.tool}: ` : ''}${first.detail}` : 'detected';
    return yes(`capability ${c.capability} (${detail})`);
  }
  if ('surface' in c) {
    const s = capabilities.surface;
    const ok =
      c.surface === 'unknown'
        ? s.unknown || profile.tools.length === 0
        : c.surface === 'incomplete'
          ? s.incomplete || profile.toolsIncomplete
          : s.toolCount > 0 || profile.tools.length > 0;
    return ok ? yes(`surface ${c.surface}`) : no;
  }
  if ('transport' in c) {
    const t = c.transport;
    const ok =
      t === 'remote'
        ? profile.remotes.length > 0 || profile.transports.some((x) => x.via === 'remote')
        : t === 'package'
          ? profile.packages.length > 0 || profile.transports.some((x) => x.via === 'package')
          : profile.transports.some((x) => x.type === t) || profile.remotes.some((r) => r.type === t);
    return ok ? yes(`transport ${t}`) : no;
  }
  if ('source' in c) {
    const src = profile.sources.find((s) => s.format === c.source);
    return src ? yes(`${c.source} ${src.path}`) : no;
  }
  if ('profile' in c) {
    const ok =
      c.profile === 'has-packages'
        ? profile.packages.length > 0
        : c.profile === 'has-remotes'
          ? profile.remotes.length > 0
          : c.profile === 'has-secrets'
            ? profile.secrets.length > 0
            : profile.oauthProviders.length > 0;
    return ok ? yes(c.profile) : no;
  }
  if ('all' in c) {
    const parts = c.all.map((x) => evaluateCondition(x, facts));
    return parts.every((x) => x.ok) ? { ok: true, why: parts.flatMap((x) => x.why) } : no;
  }
  if ('any' in c) {
    const hit = c.any.map((x) => evaluateCondition(x, facts)).find((x) => x.ok);
    return hit ?? no;
  }
  return evaluateCondition(c.not, facts).ok ? no : yes('condition not met');
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
