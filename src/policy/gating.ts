import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/result.js';
import type { PolicySettings } from './settings.js';

/** What a finding does to the gate: fails it, counts but does not fail it, or is only information. */
export type FindingRole = 'fails' | 'warns' | 'informs';

/**
 * One finding against the policy, the same way `decide` counts it: unwaived, new in only-new
 * mode, and either at or above fail-on-score or a missing control fail-on-missing gates.
 * Under warn-only nothing fails, so what would have failed warns.
 */
export function findingRole(f: Finding, policy: PolicySettings, base?: ScanResult): FindingRole {
  if (f.waived !== undefined) return 'informs';
  const onlyNew = policy.onlyNew && base !== undefined;
  const preExisting = onlyNew && (base?.findings ?? []).some((b) => b.id === f.id);
  const gated =
    !preExisting &&
    (f.aivss >= policy.failOnScore ||
      (f.kind === 'missing-control' &&
        policy.failOnMissing !== 'none' &&
        (f.requirement === 'required' || (policy.failOnMissing === 'recommended' && f.requirement === 'recommended'))));
  if (gated) return policy.warnOnly ? 'warns' : 'fails';
  // Below the gate: a Medium or worse finding, or a control the catalog asks for, still deserves a look.
  return f.severity === 'Low' || f.severity === 'None' ? 'informs' : 'warns';
}
