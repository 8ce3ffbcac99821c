import type { ScanResult } from '../model/result.js';
import { decide, type PolicyDecision } from './decide.js';
import { diffResults, type Delta } from './delta.js';
import { wayToPass } from './way-to-pass.js';
import { mergeOrgPolicy, type OrgPolicy } from './org.js';
import { resolvePolicy, type PolicyInputs, type PolicySettings } from './settings.js';
import type { WayToPass } from '../model/result.js';

/** The org policy a run is under, and where it came from (for messages). */
export interface OrgContext {
  policy: OrgPolicy;
  path: string;
}

export interface Gated {
  /** The result with its decision attached. */
  result: ScanResult;
  base?: ScanResult;
  decision: PolicyDecision;
  policy: PolicySettings;
  delta?: Delta;
}

/**
 * The policy stage every adapter runs the same way: resolve the policy (inputs > profile >
 * defaults), decide, attach the decision, and diff against the base when there is one.
 */
export function applyPolicy(result: ScanResult, base: ScanResult | undefined, inputs: PolicyInputs, org?: OrgContext): Gated {
  let config = result.profile.config?.policy;
  if (org) {
    // The org policy is the floor; refused loosenings are input errors (decision `error`).
    const merged = mergeOrgPolicy(org.policy, org.path, config, inputs, result.profile.configPath ?? '.mcp-risk.yml');
    config = merged.config;
    inputs = merged.inputs;
    if (merged.errors.length > 0) result = { ...result, errors: [...result.errors, ...merged.errors] };
  }
  const policy = resolvePolicy(inputs, config);
  const decision = decide(result, policy, base);
  const way = decision.result === 'fail' || decision.result === 'warn' ? wayToPassWithProfile(result, policy, base) : undefined;
  const decided: ScanResult = { ...result, decision: { result: decision.result, reasons: decision.reasons, ...(way && { wayToPass: way }) } };
  return { result: decided, decision, policy, ...(base !== undefined ? { base, delta: diffResults(base, decided) } : {}) };
}

/**
 * No catalog fix undoes a pull request's unapproved loosening of its own profile: the way to pass
 * then starts with reverting it or getting it approved, and lists fixes only if the rest fails too.
 */
function wayToPassWithProfile(result: ScanResult, policy: PolicySettings, base: ScanResult | undefined): WayToPass | undefined {
  const pc = result.profileChanges;
  const blocked = pc !== undefined && pc.approval.state === 'not-approved' && pc.changes.some((c) => c.effect === 'loosens');
  if (!blocked) return wayToPass(result, policy);
  const profileWhy = `This pull request loosens its own profile, which no fix changes: revert the loosening or get it approved (${pc.approval.message}).`;
  const rest: ScanResult = { ...result };
  delete rest.profileChanges;
  const withoutProfile = decide(rest, policy, base);
  if (withoutProfile.result === 'pass' || withoutProfile.result === 'error') return { possible: false, fixes: [], score: result.score ?? 0, why: profileWhy };
  const way = wayToPass(rest, policy);
  if (way === undefined) return { possible: false, fixes: [], score: result.score ?? 0, why: profileWhy };
  return { ...way, possible: false, why: `${profileWhy} Besides that: ${way.possible ? 'the fixes below pass the score and controls.' : (way.why ?? '')}` };
}
