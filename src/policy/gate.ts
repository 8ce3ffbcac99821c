import type { ScanResult } from '../model/result.js';
import { decide, type PolicyDecision } from './decide.js';
import { diffResults, type Delta } from './delta.js';
import { wayToPass } from './way-to-pass.js';
import { mergeOrgPolicy, type OrgPolicy } from './org.js';
import { resolvePolicy, type PolicyInputs, type PolicySettings } from './settings.js';

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
  const way = decision.result === 'fail' || decision.result === 'warn' ? wayToPass(result, policy) : undefined;
  const decided: ScanResult = { ...result, decision: { result: decision.result, reasons: decision.reasons, ...(way && { wayToPass: way }) } };
  return { result: decided, decision, policy, ...(base !== undefined ? { base, delta: diffResults(base, decided) } : {}) };
}
