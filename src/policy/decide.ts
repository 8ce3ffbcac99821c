import type { ControlResult } from '../model/control.js';
import type { Finding } from '../model/finding.js';
import type { Decision, ScanResult } from '../model/result.js';
import type { PolicySettings } from './settings.js';

/** A decision with the numbers it was made on, so outputs and renderers need not recompute them. */
export interface PolicyDecision extends Decision {
  /** CLI exit code: 0 pass or warn, 1 policy failed, 2 input errors (decision `error`). */
  exitCode: 0 | 1 | 2;
  /** Highest AIVSS among the findings that count (unwaived; only new ones in only-new mode). */
  score?: number;
  /** Ids of missing controls that count under fail-on-missing. */
  missingControls: string[];
  /** Number of findings that count toward the decision. */
  findings: number;
}

export function decide(result: ScanResult, policy: PolicySettings, base?: ScanResult): PolicyDecision {
  const failures: string[] = [];
  const notes: string[] = [];
  const onlyNew = policy.onlyNew && base !== undefined;
  if (policy.onlyNew && base === undefined) notes.push('only-new is set but there is no base result: every finding counts.');

  // First: the pull request's own profile must not decide its fate (see profile-changes.ts).
  const profileFailure = profileChangeFailure(result);
  if (profileFailure !== undefined) failures.push(profileFailure);

  const baseIds = new Set((base?.findings ?? []).map((f) => f.id));
  const open = result.findings?.filter((f) => f.waived === undefined);
  const counted = open?.filter((f) => !onlyNew || !baseIds.has(f.id));

  // Score: recomputed from findings so waived (and, in only-new mode, pre-existing) ones do not count.
  const score = counted !== undefined ? maxScore(counted) : result.score;
  if (score === undefined) {
    notes.push('Risk score not evaluated: fail-on-score was not checked.');
  } else if (score >= policy.failOnScore) {
    const worst = counted?.reduce<Finding | undefined>((w, f) => (w === undefined || f.aivss > w.aivss ? f : w), undefined);
    failures.push(`${onlyNew ? 'New findings reach' : 'Risk score'} ${fmt(score)} (${band(score)})${onlyNew ? '' : ' is'} at or above fail-on-score ${fmt(policy.failOnScore)}${worst !== undefined ? ` (worst: ${worst.id})` : ''}.`);
  } else {
    notes.push(`Risk score ${fmt(score)} is below fail-on-score ${fmt(policy.failOnScore)}${onlyNew ? ' (new findings only)' : ''}.`);
  }

  if (policy.failOnPosture !== undefined) {
    if (result.posture === undefined) {
      notes.push('Agentic posture not evaluated: fail-on-posture was not checked.');
    } else if (result.posture >= policy.failOnPosture && !(onlyNew && base?.posture !== undefined && result.posture <= base.posture)) {
      failures.push(`Agentic posture ${fmt(result.posture)} / 10 is at or above fail-on-posture ${fmt(policy.failOnPosture)}.`);
    }
  }

  let missingControls: string[] = [];
  const missingPolicy = policy.failOnMissing;
  if (missingPolicy !== 'none') {
    if (result.controls === undefined) {
      notes.push('MAESTRO controls not evaluated: fail-on-missing was not checked.');
    } else {
      const baseMissing = new Set((base?.controls ?? []).filter((c) => c.status === 'missing').map((c) => c.id));
      missingControls = result.controls
        .filter((c) => c.status === 'missing' && counts(c, missingPolicy))
        .filter((c) => !onlyNew || !baseMissing.has(c.id))
        .map((c) => c.id);
      if (missingControls.length > 0) {
        const n = missingControls.length;
        const kind = missingPolicy === 'required' ? 'required' : 'required or recommended';
        failures.push(`${n}${onlyNew ? ' newly' : ''} missing ${kind} control${n === 1 ? '' : 's'}: ${list(missingControls)}.`);
      }
    }
  }

  if (policy.maxScoreIncrease !== undefined) {
    const before = base === undefined ? undefined : effectiveScore(base);
    const after = effectiveScore(result);
    if (base === undefined) {
      notes.push('No base result: max-score-increase was not checked.');
    } else if (before === undefined || after === undefined) {
      notes.push('Risk score not evaluated on both sides: max-score-increase was not checked.');
    } else if (tenths(after) - tenths(before) > tenths(policy.maxScoreIncrease)) {
      failures.push(`Risk score rose from ${fmt(before)} to ${fmt(after)} (+${fmt(after - before)}), more than max-score-increase ${fmt(policy.maxScoreIncrease)}.`);
    }
  }

  const common = { score, missingControls, findings: counted?.length ?? 0 };
  // An input that could not be read (or a refused run) leaves the result incomplete: whatever the
  // rest says, it must not read as a pass, not even under warn-only.
  if (result.errors.length > 0) {
    return { result: 'error', reasons: [inputErrorReason(result), ...failures, ...notes], exitCode: 2, ...withScore(common) };
  }
  if (failures.length === 0) return { result: 'pass', reasons: notes, exitCode: 0, ...withScore(common) };
  if (policy.warnOnly) {
    return { result: 'warn', reasons: [...failures, 'warn-only is set: the gate reports a warning instead of failing.', ...notes], exitCode: 0, ...withScore(common) };
  }
  return { result: 'fail', reasons: [...failures, ...notes], exitCode: 1, ...withScore(common) };
}

/** A reason when the pull request loosens its profile without an approval its base profile accepts. */
function profileChangeFailure(result: ScanResult): string | undefined {
  const changes = result.profileChanges;
  if (changes === undefined || changes.approval.state !== 'not-approved') return undefined;
  const loosening = changes.changes.filter((c) => c.effect === 'loosens');
  if (loosening.length === 0) return undefined;
  const n = loosening.length;
  const shown = loosening.slice(0, 5).map((c) => c.message);
  const more = n > 5 ? `; and ${n - 5} more` : '';
  return `This pull request loosens its own profile (${changes.headProfile ?? '.mcp-risk.yml'}) against ${changes.baseRef} in ${n} way${n === 1 ? '' : 's'}: ${shown.join('; ')}${more}. The base profile's policy applies instead, and the change needs approval: ${changes.approval.message}`;
}

function inputErrorReason(result: ScanResult): string {
  const n = result.errors.length;
  const shown = result.errors.slice(0, 3).map((e) => `${e.path}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`);
  return `${n} input error${n === 1 ? '' : 's'}: the result is incomplete and cannot pass. ${shown.join('; ')}${n > 3 ? `; and ${n - 3} more` : ''}`;
}

/** Highest AIVSS among unwaived findings; the result's own score when findings were not evaluated. */
export function effectiveScore(result: ScanResult): number | undefined {
  if (result.findings === undefined) return result.score;
  return maxScore(result.findings.filter((f) => f.waived === undefined));
}

function withScore(c: { score: number | undefined; missingControls: string[]; findings: number }) {
  return { missingControls: c.missingControls, findings: c.findings, ...(c.score !== undefined ? { score: c.score } : {}) };
}

function counts(control: ControlResult, policy: 'required' | 'recommended'): boolean {
  return control.requirement === 'required' || (policy === 'recommended' && control.requirement === 'recommended');
}

function maxScore(findings: readonly Finding[]): number {
  return findings.reduce((m, f) => Math.max(m, f.aivss), 0);
}

/** Scores have one decimal; comparing tenths avoids 7.3 - 7.2 > 0.1 float surprises. */
function tenths(n: number): number {
  return Math.round(n * 10);
}

function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

function band(score: number): string {
  if (score >= 9) return 'Critical';
  if (score >= 7) return 'High';
  if (score >= 4) return 'Medium';
  if (score >= 0.1) return 'Low';
  return 'None';
}

function list(ids: string[]): string {
  return ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more`;
}
