import type { ScanResult } from '../model/result.js';
import { decide, type PolicyDecision } from './decide.js';
import { diffResults, type Delta } from './delta.js';
import { wayToPass } from './way-to-pass.js';
import { resolvePolicy, type PolicyInputs, type PolicySettings } from './settings.js';

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
export function applyPolicy(result: ScanResult, base: ScanResult | undefined, inputs: PolicyInputs): Gated {
  const policy = resolvePolicy(inputs, result.profile.config?.policy);
  const decision = decide(result, policy, base);
  const way = decision.result === 'fail' || decision.result === 'warn' ? wayToPass(result, policy) : undefined;
  const decided: ScanResult = { ...result, decision: { result: decision.result, reasons: decision.reasons, ...(way && { wayToPass: way }) } };
  return { result: decided, decision, policy, ...(base !== undefined ? { base, delta: diffResults(base, decided) } : {}) };
}
