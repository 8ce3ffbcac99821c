import type { FactorResult } from '../model/factor.js';
import type { Finding, Severity } from '../model/finding.js';
import { assessWithControls, type Assessment, type AssessInput } from './assess.js';
import { serverScore } from './findings.js';
import { postureOf } from './posture.js';
import { rubricFor } from './rubric.js';
import { controlIds } from '../conditions/evaluate.js';
import { mitigationLevel, scenarioData } from './scenarios.js';

export interface LowerItInput {
  assess: AssessInput;
  /** The assessment of the run as it is. */
  current: Assessment;
  /** Applies the profile's waivers to re-scored findings, as the run did. */
  waive?: (findings: Finding[]) => Finding[];
  /** Controls a waiver covers: they no longer count as missing. */
  waivedControls?: ReadonlySet<string>;
  /** How many fixes to report (default 5). */
  top?: number;
}

export interface ScoreSnapshot {
  score: number;
  severity: Severity;
  posture: number;
  /** Required controls still missing after the fix (they fail the default gate on their own). */
  requiredMissing: string[];
  /** Recommended controls still missing (they fail only under fail-on-missing: recommended). */
  recommendedMissing: string[];
}

export interface LowerItEntry {
  /** The worst finding this fix addresses. */
  findingId: string;
  controlId?: string;
  title: string;
  /** Every finding the fix removes. */
  removes: string[];
  before: ScoreSnapshot;
  after: ScoreSnapshot;
  /** Factors whose value changed because the control was treated as present. */
  factorChanges: { id: string; name: string; before: number; after: number }[];
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

interface Fix {
  key: string;
  controlId?: string;
  findingId: string;
  title: string;
}

function snapshot(a: Assessment, input: LowerItInput, present: ReadonlySet<string>): ScoreSnapshot {
  const findings = input.waive ? input.waive(a.findings) : a.findings;
  const { score, severity } = serverScore(findings);
  const missing = input.assess.inference.controls.filter((c) => c.status === 'missing' && !present.has(c.id) && !(input.waivedControls?.has(c.id) ?? false));
  const requiredMissing = missing.filter((c) => c.requirement === 'required').map((c) => c.id);
  const recommendedMissing = missing.filter((c) => c.requirement === 'recommended').map((c) => c.id);
  return { score, severity, posture: postureOf(a.factors).sum, requiredMissing, recommendedMissing };
}

function changes(before: readonly FactorResult[], after: readonly FactorResult[]): LowerItEntry['factorChanges'] {
  return after.flatMap((f) => {
    const old = before.find((o) => o.id === f.id);
    return old && old.value !== f.value ? [{ id: f.id, name: f.name, before: old.value, after: f.value }] : [];
  });
}

/**
 * What a maintainer can fix: each missing control with a finding, and each finding that belongs
 * to no control (a poisoned tool, drift). Scenario findings are not fixes: controls lower them.
 */
function candidates(findings: readonly Finding[], done: ReadonlySet<string>): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  const ranked = findings.filter((f) => !f.waived && f.kind !== 'scenario').sort((a, b) => b.aivss - a.aivss || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const f of ranked) {
    const key = f.controlId ?? `finding:${f.id}`;
    if (seen.has(key) || done.has(key)) continue;
    seen.add(key);
    out.push({ key, findingId: f.id, title: f.title, ...(f.controlId !== undefined && { controlId: f.controlId }) });
  }
  return out;
}

// The same set of fixes is re-assessed by whatWouldLowerIt and by the first step of fixPath: one
// assessment per set and per assess input.
const applied = new WeakMap<AssessInput, Map<string, Assessment>>();

function apply(input: LowerItInput, fixes: readonly Fix[]): { assessment: Assessment; present: Set<string> } {
  const present = new Set(fixes.flatMap((f) => (f.controlId !== undefined ? [f.controlId] : [])));
  const removed = new Set(fixes.flatMap((f) => (f.controlId === undefined ? [f.findingId] : [])));
  let byKey = applied.get(input.assess);
  if (!byKey) {
    byKey = new Map();
    applied.set(input.assess, byKey);
  }
  const key = fixes.map((f) => f.key).sort().join('\u0000');
  let assessment = byKey.get(key);
  if (!assessment) {
    assessment = assessWithControls(input.assess, present, removed);
    byKey.set(key, assessment);
  }
  return { assessment, present };
}

function removes(before: readonly Finding[], after: readonly Finding[]): string[] {
  const left = new Set(after.map((f) => f.id));
  return before.filter((f) => !left.has(f.id)).map((f) => f.id);
}

/**
 * For the worst findings, re-scores the server as if each alone were fixed. Pure: it re-runs the
 * real inference, scenarios and scoring; nothing is estimated.
 */
export function whatWouldLowerIt(input: LowerItInput): LowerItEntry[] {
  const before = snapshot(input.current, input, new Set());
  return candidates(input.current.findings, new Set())
    .slice(0, input.top ?? 5)
    .map((fix) => {
      const { removes: removed, after, factorChanges } = canLower(fix, input.current, input, before.score) ? rescored(input, fix) : unchanged(input, fix, before);
      const entry: LowerItEntry = { findingId: fix.findingId, title: fix.title, removes: removed, before, after, factorChanges };
      if (fix.controlId !== undefined) entry.controlId = fix.controlId;
      return entry;
    });
}

type Outcome = Pick<LowerItEntry, 'removes' | 'after' | 'factorChanges'>;

/** The snapshot after a fix that changes no score: the same numbers, one control fewer missing. */
function withoutControl(snap: ScoreSnapshot, id: string | undefined): ScoreSnapshot {
  return { ...snap, requiredMissing: snap.requiredMissing.filter((c) => c !== id), recommendedMissing: snap.recommendedMissing.filter((c) => c !== id) };
}

function rescored(input: LowerItInput, fix: Fix): Outcome {
  const { assessment, present } = apply(input, [fix]);
  return { removes: removes(input.current.findings, assessment.findings), after: snapshot(assessment, input, present), factorChanges: changes(input.current.factors, assessment.factors) };
}

/**
 * A fix that cannot lower the score (see canLower) and that neither the rubric nor a scenario
 * rule reads: the score, the posture and the factors stay; only its own findings go.
 */
function unchanged(input: LowerItInput, fix: Fix, before: ScoreSnapshot): Outcome {
  const id = fix.controlId;
  return {
    removes: input.current.findings.filter((f) => (id !== undefined ? f.controlId === id : f.id === fix.findingId)).map((f) => f.id),
    after: withoutControl(before, id),
    factorChanges: [],
  };
}

/**
 * Whether a fix can lower the score: the score is the worst counted finding, so the fix must lower
 * every finding at the top (a single one left there keeps the score). A fix lowers a finding when
 * it removes it (its own control or finding), or lowers the scenario the finding is scored by: it
 * mitigates that scenario and sets a metric or raises the mitigation level (a scenario already
 * strongly mitigated only drops through a metric). A control the factor rubric or a scenario rule
 * reads may change any score, so it is always re-scored. Sound: a fix it skips cannot lower the
 * score, so the greedy path is the same, with fewer re-assessments.
 */
function canLower(fix: Fix, current: Assessment, input: LowerItInput, top: number): boolean {
  if (fix.controlId !== undefined && (rubricControls(input.assess.version).has(fix.controlId) || scenarioRuleControls().has(fix.controlId))) return true;
  const counted = (input.waive ? input.waive(current.findings) : current.findings).filter((f) => !f.waived && f.aivss >= top);
  return counted.length > 0 && counted.every((f) => lowers(fix, f, current));
}

function lowers(fix: Fix, f: Finding, current: Assessment): boolean {
  if (f.id === fix.findingId || (fix.controlId !== undefined && f.controlId === fix.controlId)) return true;
  if (fix.controlId === undefined || f.scenarioId === undefined) return false;
  const s = current.scenarios.find((x) => x.id === f.scenarioId);
  const m = s?.mitigations.find((x) => x.control === fix.controlId && !x.present);
  if (!s || !m) return false;
  return m.set !== undefined || mitigationLevel([...s.mitigations.filter((x) => x.present), m]) !== s.mitigation;
}

/** The fixes of the run as it is that the search skips as unable to lower the score (tested: none does). */
export function fixesThatCannotLower(input: LowerItInput): { controlId?: string; findingId: string }[] {
  const top = snapshot(input.current, input, new Set()).score;
  return candidates(input.current.findings, new Set())
    .filter((fix) => !canLower(fix, input.current, input, top))
    .map((fix) => (fix.controlId !== undefined ? { controlId: fix.controlId, findingId: fix.findingId } : { findingId: fix.findingId }));
}

let ruleControls: Set<string> | undefined;

/** Controls a scenario's applicability or metric rules read (none in the bundled data; kept exact if some do). */
function scenarioRuleControls(): Set<string> {
  ruleControls ??= new Set(
    scenarioData().scenarios.flatMap((sc) => [...controlIds(sc.when), ...Object.values(sc.metrics).flatMap((rules) => rules.flatMap((r) => (r.when ? controlIds(r.when) : [])))]),
  );
  return ruleControls;
}

const rubricControlIds = new Map<AssessInput['version'], Set<string>>();

function rubricControls(version: AssessInput['version']): Set<string> {
  let ids = rubricControlIds.get(version);
  if (!ids) {
    ids = new Set(rubricFor(version).factors.flatMap((f) => f.rules.flatMap((r) => controlIds(r.when))));
    rubricControlIds.set(version, ids);
  }
  return ids;
}

/**
 * The fewest fixes, greedily: at each step the fix that lowers the score most (re-scored), until
 * no fix lowers it (at most `steps` such fixes); then every required control still missing, which
 * the default gate also needs.
 * Each step is cumulative, so a maintainer reads where the score crosses the policy.
 */
export function fixPath(input: LowerItInput & { steps?: number }): FixPathStep[] {
  const steps: FixPathStep[] = [];
  const chosen: Fix[] = [];
  const done = new Set<string>();
  let current = input.current;
  let currentSnap = snapshot(current, input, new Set());
  const maxSteps = input.steps ?? 8;
  let lowering = 0;
  // After a required control that changes no score, no new fix can lower it: skip the search.
  let search = true;
  for (;;) {
    let best: { fix: Fix; assessment: Assessment; snap: ScoreSnapshot } | undefined;
    for (const fix of search && lowering < maxSteps ? candidates(current.findings, done) : []) {
      if (!canLower(fix, current, input, currentSnap.score)) continue;
      const { assessment, present } = apply(input, [...chosen, fix]);
      const snap = snapshot(assessment, input, present);
      if (snap.score >= currentSnap.score) continue;
      if (!best || snap.score < best.snap.score || (snap.score === best.snap.score && snap.posture < best.snap.posture)) best = { fix, assessment, snap };
    }
    if (best) lowering++;
    else {
      // Nothing lowers the score further: what remains are the required controls the gate also checks.
      const required = candidates(current.findings, done).find((f) => f.controlId !== undefined && currentSnap.requiredMissing.includes(f.controlId));
      if (!required) break;
      const id = required.controlId!;
      // Only a control the rubric reads or that mitigates a scenario at the top can change the
      // score (alone, or by making three partial mitigations strong): re-score for those.
      const rescore = rubricControls(input.assess.version).has(id) || current.scenarios.some((s) => s.aivss >= currentSnap.score && s.mitigations.some((m) => m.control === id));
      if (rescore) {
        const { assessment, present } = apply(input, [...chosen, required]);
        best = { fix: required, assessment, snap: snapshot(assessment, input, present) };
        // Search again only when it moved something: the score, or the posture the rubric reads.
        search = best.snap.score < currentSnap.score || best.snap.posture < currentSnap.posture;
      } else {
        search = false;
        // A control that neither scenario nor rubric reads changes no score: only its own findings go.
        const assessment = { ...current, findings: current.findings.filter((f) => f.controlId !== id) };
        best = { fix: required, assessment, snap: withoutControl(currentSnap, id) };
      }
    }
    chosen.push(best.fix);
    done.add(best.fix.key);
    const step: FixPathStep = {
      fix: best.fix.controlId ?? best.fix.findingId,
      title: best.fix.title,
      removes: removes(current.findings, best.assessment.findings),
      after: best.snap,
      factorChanges: changes(current.factors, best.assessment.factors),
    };
    if (best.fix.controlId !== undefined) step.controlId = best.fix.controlId;
    steps.push(step);
    current = best.assessment;
    currentSnap = best.snap;
  }
  return steps;
}
