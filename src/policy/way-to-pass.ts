import type { ScanResult, WayToPass } from '../model/result.js';
import type { PolicySettings } from './settings.js';

/**
 * Reads the re-scored fix path against this policy: the shortest prefix after which the score is
 * below fail-on-score, no control the policy requires is missing and the posture (when gated) is
 * below fail-on-posture. Only-new and the base ratchet depend on the base, so they are not
 * projected. Undefined when there is no fix path to read.
 */
export function wayToPass(result: ScanResult, policy: PolicySettings): WayToPass | undefined {
  const path = result.fixPath;
  if (path === undefined || result.score === undefined) return undefined;
  const passes = (score: number, posture: number, required: readonly string[], recommended: readonly string[]): boolean =>
    score < policy.failOnScore &&
    (policy.failOnPosture === undefined || posture < policy.failOnPosture) &&
    (policy.failOnMissing === 'none' || (required.length === 0 && (policy.failOnMissing === 'required' || recommended.length === 0)));
  const fixes: WayToPass['fixes'] = [];
  for (const step of path) {
    fixes.push({ fix: step.fix, title: step.title, score: step.after.score, severity: step.after.severity });
    if (passes(step.after.score, step.after.posture, step.after.requiredMissing ?? [], step.after.recommendedMissing ?? [])) {
      return { possible: true, fixes, score: step.after.score };
    }
  }
  const last = path.at(-1);
  const score = last?.after.score ?? result.score;
  const left = last?.after.requiredMissing ?? [];
  let why: string;
  if (score >= policy.failOnScore) {
    const top = result.findings?.find((f) => !f.waived && f.aivss === score);
    why =
      `No control in the catalog brings the score below ${policy.failOnScore.toFixed(1)}: it stays at ${score.toFixed(1)}` +
      (top ? `, set by ${top.id} (${top.title})` : '') +
      '. Reduce what the tools can do (a read-only mode on by default, fewer high-impact tools) or accept the risk with a waiver that names an owner and an expiry.';
  } else if (policy.failOnPosture !== undefined && (last?.after.posture ?? result.posture ?? 0) >= policy.failOnPosture) {
    why = `The agentic posture stays at or above fail-on-posture ${policy.failOnPosture.toFixed(1)} after every fix; the factors come from what the tools can do.`;
  } else {
    why = `Still missing after these fixes: ${left.join(', ') || 'recommended controls'} (fail-on-missing: ${policy.failOnMissing}).`;
  }
  return { possible: false, fixes, score, why };
}
