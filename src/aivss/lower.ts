import type { AivssVersion, RiskProfileConfig } from '../model/config.js';
import type { ControlResult } from '../model/control.js';
import type { FactorResult } from '../model/factor.js';
import type { Finding, Severity } from '../model/finding.js';
import type { InferenceInput } from './conditions.js';
import { scoreFindings, serverScore } from './findings.js';
import { inferFactors } from './infer.js';
import { postureOf } from './posture.js';
import { rubricFor, type Condition } from './rubric.js';

export interface LowerItInput {
  /** The scored findings of the current run. */
  findings: readonly Finding[];
  /** The factors they were scored with. */
  factors: readonly FactorResult[];
  version: AivssVersion;
  config?: RiskProfileConfig;
  /**
   * When given, fixing a finding that belongs to a control also re-infers the factors with that
   * control treated as present (e.g. adding audit logging lowers Opacity), and every remaining
   * finding is re-scored with the new factors.
   */
  reinfer?: InferenceInput & { controls: ControlResult[] };
  /** How many fixes to try, worst first (default 5). */
  top?: number;
}

export interface ScoreSnapshot {
  score: number;
  severity: Severity;
  posture: number;
}

export interface LowerItEntry {
  /** The worst finding this fix addresses. */
  findingId: string;
  controlId?: string;
  title: string;
  /** Every finding the fix removes (all findings of the control, or the one finding). */
  removes: string[];
  before: ScoreSnapshot;
  after: ScoreSnapshot;
  /** Factors whose value changed because the control was treated as present. */
  factorChanges: { id: string; name: string; before: number; after: number }[];
}

function snapshot(findings: readonly Finding[], factors: readonly FactorResult[]): ScoreSnapshot {
  const { score, severity } = serverScore(findings);
  return { score, severity, posture: postureOf(factors).sum };
}

function assumePresent(controls: readonly ControlResult[], controlId: string): ControlResult[] {
  return controls.map((c) =>
    c.id === controlId
      ? {
          ...c,
          status: 'present',
          evidence: [...c.evidence, { strength: 'declared', detector: 'what-if', detail: 'assumed present to measure its effect on the score' }],
        }
      : c,
  );
}

/**
 * For the worst findings, re-scores the server as if each were fixed and reports the score
 * before and after. Pure: it re-runs the real inference and scoring, nothing is estimated.
 */
const controlsByVersion = new Map<AivssVersion, Set<string>>();

/** Control ids the version's rubric conditions mention. */
function rubricControls(version: AivssVersion): Set<string> {
  let ids = controlsByVersion.get(version);
  if (!ids) {
    ids = new Set();
    const found = ids;
    const visit = (c: Condition): void => {
      if ('control' in c) found.add(c.control);
      else if ('all' in c) c.all.forEach(visit);
      else if ('any' in c) c.any.forEach(visit);
      else if ('not' in c) visit(c.not);
    };
    for (const factor of rubricFor(version).factors) for (const rule of factor.rules) visit(rule.when);
    controlsByVersion.set(version, ids);
  }
  return ids;
}

export function whatWouldLowerIt(input: LowerItInput): LowerItEntry[] {
  const before = snapshot(input.findings, input.factors);
  const ranked = input.findings
    .filter((f) => !f.waived)
    .slice()
    .sort((a, b) => b.aivss - a.aivss || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  const entries: LowerItEntry[] = [];
  for (const finding of ranked) {
    if (entries.length >= (input.top ?? 5)) break;
    const fixKey = finding.controlId ?? `finding:${finding.id}`;
    if (seen.has(fixKey)) continue;
    seen.add(fixKey);

    const removed = input.findings.filter((f) =>
      finding.controlId !== undefined ? f.controlId === finding.controlId : f.id === finding.id,
    );
    const remaining = input.findings.filter((f) => !removed.includes(f));

    let factors: readonly FactorResult[] = input.factors;
    // Re-inference only matters when the rubric reads that control's status.
    if (
      input.reinfer &&
      finding.controlId !== undefined &&
      rubricControls(input.version).has(finding.controlId) &&
      input.reinfer.controls.some((c) => c.id === finding.controlId)
    ) {
      factors = inferFactors({ ...input.reinfer, controls: assumePresent(input.reinfer.controls, finding.controlId) }, input.version);
    }
    const rescored = scoreFindings(remaining, factors, input.version, input.config);
    const factorChanges = factors.flatMap((f) => {
      const old = input.factors.find((o) => o.id === f.id);
      return old && old.value !== f.value ? [{ id: f.id, name: f.name, before: old.value, after: f.value }] : [];
    });
    const entry: LowerItEntry = {
      findingId: finding.id,
      title: finding.title,
      removes: removed.map((f) => f.id),
      before,
      after: snapshot(rescored, factors),
      factorChanges,
    };
    if (finding.controlId !== undefined) entry.controlId = finding.controlId;
    entries.push(entry);
  }
  return entries;
}

export interface FixPathStep {
  /** The control to add (or the one finding to fix, when it belongs to no control). */
  fix: string;
  controlId?: string;
  title: string;
  removes: string[];
  /** The server after this fix and every fix before it. */
  after: ScoreSnapshot;
  factorChanges: { id: string; name: string; before: number; after: number }[];
}

/**
 * The server score is the worst finding, so only fixing the worst one can lower it. This walks
 * that greedy path: fix the control behind the worst finding, re-infer and re-score everything,
 * repeat. Each step is cumulative, so a maintainer reads how many fixes reach a passing score.
 */
export function fixPath(input: LowerItInput & { steps?: number }): FixPathStep[] {
  const steps: FixPathStep[] = [];
  let findings = input.findings.filter((f) => !f.waived);
  let factors: readonly FactorResult[] = input.factors;
  let controls = input.reinfer?.controls;
  const maxSteps = input.steps ?? 8;
  while (steps.length < maxSteps && findings.length > 0) {
    const worst = findings.reduce((w, f) => (f.aivss > w.aivss || (f.aivss === w.aivss && f.id < w.id) ? f : w));
    const removed = findings.filter((f) => (worst.controlId !== undefined ? f.controlId === worst.controlId : f.id === worst.id));
    const remaining = findings.filter((f) => !removed.includes(f));
    let next = factors;
    if (input.reinfer && controls && worst.controlId !== undefined && rubricControls(input.version).has(worst.controlId)) {
      controls = assumePresent(controls, worst.controlId);
      next = inferFactors({ ...input.reinfer, controls }, input.version);
    }
    const rescored = next === factors ? remaining : scoreFindings(remaining, next, input.version, input.config);
    const factorChanges = next.flatMap((f) => {
      const old = factors.find((o) => o.id === f.id);
      return old && old.value !== f.value ? [{ id: f.id, name: f.name, before: old.value, after: f.value }] : [];
    });
    const step: FixPathStep = {
      fix: worst.controlId ?? worst.id,
      title: worst.title,
      removes: removed.map((f) => f.id),
      after: snapshot(rescored, next),
      factorChanges,
    };
    if (worst.controlId !== undefined) step.controlId = worst.controlId;
    steps.push(step);
    findings = rescored;
    factors = next;
  }
  return steps;
}
