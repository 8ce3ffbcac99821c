/**
 * A pull request's changes to its own profile, judged against the base commit's profile, and the
 * profile that then applies. Pure: no I/O, deterministic.
 *
 * The base's policy, waivers and overrides are trusted (they were reviewed and merged); the head's
 * are a proposal. A change that tightens applies at once; one that loosens applies only when
 * approved (otherwise the base's value stays and the gate fails, see decide.ts).
 */
import type {
  FactorOverride,
  FindingOverride,
  MissingPolicy,
  MitigationLevel,
  PolicyConfig,
  RiskProfileConfig,
  ThreatMultiplierLevel,
  Waiver,
} from '../model/config.js';
import type { ProfileChange, ProfileChangeEffect } from '../model/profile-changes.js';
import { cvss4BaseScore, threatFromExploitMaturity } from '../aivss/cvss.js';
import { DEFAULT_AIVSS_VERSION } from '../aivss/versions.js';
import { DEFAULT_POLICY } from './settings.js';
import { parseDay } from './waivers.js';

/** Higher is stricter (a larger multiplier, a larger score). */
const THREAT_RANK: Record<ThreatMultiplierLevel, number> = { unreported: 0, poc: 1, attacked: 2 };
const MITIGATION_RANK: Record<MitigationLevel, number> = { strong: 0, partial: 1, none: 2 };
const MISSING_RANK: Record<MissingPolicy, number> = { none: 0, required: 1, recommended: 2 };

/** Every difference between the base and head profiles, in a stable order (by area, then subject). */
export function diffProfiles(base: RiskProfileConfig | undefined, head: RiskProfileConfig | undefined): ProfileChange[] {
  return [
    ...diffWaivers(base?.waivers ?? [], head?.waivers ?? []),
    ...diffPolicy(base?.policy ?? {}, head?.policy ?? {}),
    ...diffFindingOverrides(base?.findings ?? [], head?.findings ?? []),
    ...diffFactorOverrides(base?.factors ?? {}, head?.factors ?? {}),
    ...diffAivss(base?.aivss ?? {}, head?.aivss ?? {}),
    ...diffApprovals(base?.approvals ?? {}, head?.approvals ?? {}),
    ...diffInputs(base, head),
    ...diffControls(base?.controls ?? [], head?.controls ?? []),
  ];
}

export function looseningChanges(changes: readonly ProfileChange[]): ProfileChange[] {
  return changes.filter((c) => c.effect === 'loosens');
}

/**
 * The profile the gate applies when the head's loosening is not approved: the head's declarations
 * (controls, manifests, tools, exclude: facts about the code and where it is) with the base's
 * policy, waivers and overrides, each taken at the stricter of base and head.
 */
export function stricterProfile(base: RiskProfileConfig | undefined, head: RiskProfileConfig | undefined): RiskProfileConfig | undefined {
  if (base === undefined && head === undefined) return undefined;
  const out: RiskProfileConfig = { ...(head ?? { version: 1 }) };
  delete out.waivers;
  delete out.findings;
  delete out.factors;
  delete out.aivss;
  delete out.approvals;
  const waivers = stricterWaivers(base?.waivers ?? [], head?.waivers ?? []);
  if (waivers.length > 0) out.waivers = waivers;
  out.policy = stricterPolicy(base?.policy ?? {}, head?.policy ?? {});
  const findings = stricterFindingOverrides(base?.findings ?? [], head?.findings ?? []);
  if (findings.length > 0) out.findings = findings;
  const factors = stricterFactorOverrides(base?.factors ?? {}, head?.factors ?? {});
  if (Object.keys(factors).length > 0) out.factors = factors;
  const aivss = stricterAivss(base?.aivss ?? {}, head?.aivss ?? {});
  if (Object.keys(aivss).length > 0) out.aivss = aivss;
  if (base?.approvals !== undefined) out.approvals = base.approvals;
  return out;
}

// ---------------------------------------------------------------- waivers

function waiverKey(w: Waiver): string {
  return `${w.id}\u0000${w.tool ?? ''}\u0000${w.toolHash ?? ''}`;
}

function waiverLabel(w: Waiver): string {
  return `${w.id}${w.tool !== undefined ? ` (tool ${w.tool})` : ''}${w.toolHash !== undefined ? ` @${w.toolHash.replace(/^sha256:/, '').slice(0, 12)}` : ''}`;
}

/** Day number of the expiry; an invalid date never applies, so it counts as already past. */
function expiryDay(w: Waiver): number {
  return parseDay(w.expires) ?? Number.NEGATIVE_INFINITY;
}

/** One waiver per key: the one that lasts longest (the most permissive of duplicates). */
function waiversByKey(waivers: readonly Waiver[]): Map<string, Waiver> {
  const out = new Map<string, Waiver>();
  for (const w of waivers) {
    const prev = out.get(waiverKey(w));
    if (prev === undefined || expiryDay(w) > expiryDay(prev)) out.set(waiverKey(w), w);
  }
  return out;
}

function diffWaivers(base: readonly Waiver[], head: readonly Waiver[]): ProfileChange[] {
  const b = waiversByKey(base);
  const h = waiversByKey(head);
  const out: ProfileChange[] = [];
  for (const [key, w] of sorted(h)) {
    const before = b.get(key);
    const subject = waiverLabel(w);
    if (before === undefined) {
      out.push({ area: 'waivers', kind: 'added', subject, after: w.expires, effect: 'loosens', message: `adds a waiver for ${subject} until ${w.expires}` });
      continue;
    }
    const [was, now] = [expiryDay(before), expiryDay(w)];
    if (now > was) {
      out.push({ area: 'waivers', kind: 'changed', subject, before: before.expires, after: w.expires, effect: 'loosens', message: `extends the waiver for ${subject} from ${before.expires} to ${w.expires}` });
    } else if (now < was) {
      out.push({ area: 'waivers', kind: 'changed', subject, before: before.expires, after: w.expires, effect: 'tightens', message: `shortens the waiver for ${subject} from ${before.expires} to ${w.expires}` });
    } else if (before.justification !== w.justification || before.owner !== w.owner) {
      out.push({ area: 'waivers', kind: 'changed', subject, before: before.expires, after: w.expires, effect: 'neutral', message: `rewords the waiver for ${subject} (justification or owner)` });
    }
  }
  for (const [key, w] of sorted(b)) {
    if (h.has(key)) continue;
    const subject = waiverLabel(w);
    out.push({ area: 'waivers', kind: 'removed', subject, before: w.expires, effect: 'tightens', message: `removes the waiver for ${subject}` });
  }
  return out;
}

/** Only waivers the base already grants, each until the earlier of the two dates. */
function stricterWaivers(base: readonly Waiver[], head: readonly Waiver[]): Waiver[] {
  const h = waiversByKey(head);
  const out: Waiver[] = [];
  for (const [key, w] of sorted(waiversByKey(base))) {
    const mine = h.get(key);
    if (mine === undefined) continue;
    out.push(expiryDay(mine) < expiryDay(w) ? { ...w, expires: mine.expires } : w);
  }
  return out;
}

// ---------------------------------------------------------------- policy

type Limit = number | undefined;

/** An absent limit is off: looser than any number. */
function limitRank(v: Limit): number {
  return v === undefined ? Number.POSITIVE_INFINITY : v;
}

function showLimit(v: Limit): string {
  return v === undefined ? 'off' : v.toFixed(1);
}

function diffPolicy(base: PolicyConfig, head: PolicyConfig): ProfileChange[] {
  const out: ProfileChange[] = [];
  const add = (key: keyof PolicyConfig, before: string, after: string, effect: ProfileChangeEffect, how: string): void => {
    out.push({ area: 'policy', kind: base[key] === undefined ? 'added' : head[key] === undefined ? 'removed' : 'changed', subject: key, before, after, effect, message: `${how} ${key} from ${before} to ${after}` });
  };
  const numeric = (key: 'fail-on-score' | 'fail-on-posture' | 'max-score-increase', fallback: Limit): void => {
    if (base[key] === head[key]) return;
    const [b, h] = [base[key] ?? fallback, head[key] ?? fallback];
    const [rb, rh] = [limitRank(b), limitRank(h)];
    add(key, showLimit(b), showLimit(h), rh > rb ? 'loosens' : rh < rb ? 'tightens' : 'neutral', rh > rb ? (h === undefined ? 'turns off' : 'raises') : rh < rb ? (b === undefined ? 'turns on' : 'lowers') : 'restates');
  };
  numeric('fail-on-score', DEFAULT_POLICY.failOnScore);
  numeric('fail-on-posture', undefined);
  numeric('max-score-increase', undefined);

  if (base['fail-on-missing'] !== head['fail-on-missing']) {
    const b = base['fail-on-missing'] ?? DEFAULT_POLICY.failOnMissing;
    const h = head['fail-on-missing'] ?? DEFAULT_POLICY.failOnMissing;
    const d = MISSING_RANK[h] - MISSING_RANK[b];
    add('fail-on-missing', b, h, d < 0 ? 'loosens' : d > 0 ? 'tightens' : 'neutral', d < 0 ? 'weakens' : d > 0 ? 'strengthens' : 'restates');
  }
  // Each of these is "on = fewer failures" except require-lock, where on is stricter.
  for (const [key, onLoosens] of [['warn-only', true], ['only-new', true], ['require-lock', false]] as const) {
    if (base[key] === head[key]) continue;
    const [b, h] = [base[key] ?? false, head[key] ?? false];
    const effect: ProfileChangeEffect = b === h ? 'neutral' : h === onLoosens ? 'loosens' : 'tightens';
    add(key, String(b), String(h), effect, b === h ? 'restates' : h ? 'turns on' : 'turns off');
  }
  if (base.comment !== head.comment) {
    const [b, h] = [base.comment ?? DEFAULT_POLICY.comment, head.comment ?? DEFAULT_POLICY.comment];
    // The base's setting decides whether this very report is posted: a PR cannot silence it.
    out.push({ area: 'policy', kind: base.comment === undefined ? 'added' : head.comment === undefined ? 'removed' : 'changed', subject: 'comment', before: b, after: h, effect: 'neutral', message: `changes comment from ${b} to ${h} (applies once merged)` });
  }
  return out;
}

function stricterPolicy(base: PolicyConfig, head: PolicyConfig): PolicyConfig {
  const out: PolicyConfig = {};
  const score = Math.min(base['fail-on-score'] ?? DEFAULT_POLICY.failOnScore, head['fail-on-score'] ?? DEFAULT_POLICY.failOnScore);
  if (base['fail-on-score'] !== undefined || head['fail-on-score'] !== undefined) out['fail-on-score'] = score;
  for (const key of ['fail-on-posture', 'max-score-increase'] as const) {
    const v = Math.min(limitRank(base[key]), limitRank(head[key]));
    if (Number.isFinite(v)) out[key] = v;
  }
  if (base['fail-on-missing'] !== undefined || head['fail-on-missing'] !== undefined) {
    const [b, h] = [base['fail-on-missing'] ?? DEFAULT_POLICY.failOnMissing, head['fail-on-missing'] ?? DEFAULT_POLICY.failOnMissing];
    out['fail-on-missing'] = MISSING_RANK[h] > MISSING_RANK[b] ? h : b;
  }
  if (base['warn-only'] === true && head['warn-only'] === true) out['warn-only'] = true;
  if (base['only-new'] === true && head['only-new'] === true) out['only-new'] = true;
  if (base['require-lock'] === true || head['require-lock'] === true) out['require-lock'] = true;
  if (base.comment !== undefined) out.comment = base.comment;
  return out;
}

// ---------------------------------------------------------------- finding overrides

type Direction = -1 | 0 | 1;

/** Compares two CVSS vectors by base score, then by the threat their Exploit Maturity implies; unknown is undefined. */
function compareVectors(before: string, after: string): Direction | undefined {
  if (before === after) return 0;
  try {
    const d = cvss4BaseScore(after) - cvss4BaseScore(before);
    if (d !== 0) return d > 0 ? 1 : -1;
    const [tb, ta] = [threatFromExploitMaturity(before), threatFromExploitMaturity(after)];
    if (tb === ta) return 0;
    // No Exploit Maturity leaves the threat to the finding; any explicit level may lower it.
    if (ta === undefined || tb === undefined) return ta === 'attacked' ? 1 : ta === undefined && tb === 'attacked' ? -1 : undefined;
    return THREAT_RANK[ta] > THREAT_RANK[tb] ? 1 : -1;
  } catch {
    return undefined;
  }
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  // The first override of an id is the one scoring uses (findingOverrideFor).
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(item.id)) out.set(item.id, item);
  return out;
}

function showOverride(o: FindingOverride): string {
  return [o.cvss, o.threat !== undefined ? `threat ${o.threat}` : undefined, o.mitigation !== undefined ? `mitigation ${o.mitigation}` : undefined].filter((s) => s !== undefined).join(', ') || '(no values)';
}

/** Per field: 1 stricter, -1 looser, 0 same, undefined: cannot tell (a new value replacing the computed one). */
function fieldDirections(before: FindingOverride | undefined, after: FindingOverride): { cvss?: Direction | undefined; threat?: Direction | undefined; mitigation?: Direction | undefined } {
  const out: { cvss?: Direction | undefined; threat?: Direction | undefined; mitigation?: Direction | undefined } = {};
  if (after.cvss !== undefined) out.cvss = before?.cvss !== undefined ? compareVectors(before.cvss, after.cvss) : undefined;
  if (after.threat !== undefined) {
    // The highest level cannot lower anything, whatever the computed value was.
    out.threat = before?.threat !== undefined ? sign(THREAT_RANK[after.threat] - THREAT_RANK[before.threat]) : after.threat === 'attacked' ? 1 : undefined;
  }
  if (after.mitigation !== undefined) {
    out.mitigation = before?.mitigation !== undefined ? sign(MITIGATION_RANK[after.mitigation] - MITIGATION_RANK[before.mitigation]) : after.mitigation === 'none' ? 1 : undefined;
  }
  return out;
}

function sign(n: number): Direction {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

function overallEffect(dirs: (Direction | undefined)[]): ProfileChangeEffect {
  if (dirs.some((d) => d === undefined || d === -1)) return 'loosens';
  return dirs.some((d) => d === 1) ? 'tightens' : 'neutral';
}

function diffFindingOverrides(base: readonly FindingOverride[], head: readonly FindingOverride[]): ProfileChange[] {
  const b = byId(base);
  const h = byId(head);
  const out: ProfileChange[] = [];
  for (const [id, o] of sorted(h)) {
    const before = b.get(id);
    const dirs = Object.values(fieldDirections(before, o));
    if (before === undefined) {
      const effect = overallEffect(dirs);
      out.push({ area: 'findings', kind: 'added', subject: id, after: showOverride(o), effect, message: `adds a score override for ${id} (${showOverride(o)})${effect === 'loosens' ? ', which may lower its score' : ''}` });
      continue;
    }
    // A field the head drops goes back to the computed value: nothing the PR asserts.
    if (showOverride(before) === showOverride(o)) continue;
    const effect = overallEffect(dirs);
    const how = effect === 'loosens' ? 'lowers or replaces' : effect === 'tightens' ? 'raises' : 'changes';
    out.push({ area: 'findings', kind: 'changed', subject: id, before: showOverride(before), after: showOverride(o), effect, message: `${how} the score override for ${id} from ${showOverride(before)} to ${showOverride(o)}` });
  }
  for (const [id, o] of sorted(b)) {
    if (h.has(id)) continue;
    out.push({ area: 'findings', kind: 'removed', subject: id, before: showOverride(o), effect: 'neutral', message: `removes the score override for ${id}: back to the computed score` });
  }
  return out;
}

/**
 * Without approval: the base's overrides, except fields the head drops (back to the computed
 * value) and fields the head provably raises; a new or lowered value never applies.
 */
function stricterFindingOverrides(base: readonly FindingOverride[], head: readonly FindingOverride[]): FindingOverride[] {
  const b = byId(base);
  const out: FindingOverride[] = [];
  for (const [id, o] of sorted(byId(head))) {
    const before = b.get(id);
    const dirs = fieldDirections(before, o);
    const kept: FindingOverride = { id, rationale: o.rationale };
    if (o.cvss !== undefined && before?.cvss !== undefined) kept.cvss = dirs.cvss === 1 ? o.cvss : before.cvss;
    if (o.threat !== undefined && (before?.threat !== undefined || dirs.threat === 1)) kept.threat = dirs.threat === 1 ? o.threat : before!.threat!;
    if (o.mitigation !== undefined && (before?.mitigation !== undefined || dirs.mitigation === 1)) kept.mitigation = dirs.mitigation === 1 ? o.mitigation : before!.mitigation!;
    if (kept.cvss !== undefined || kept.threat !== undefined || kept.mitigation !== undefined) out.push(kept);
  }
  return out;
}

// ---------------------------------------------------------------- factor overrides

function diffFactorOverrides(base: Record<string, FactorOverride>, head: Record<string, FactorOverride>): ProfileChange[] {
  const out: ProfileChange[] = [];
  for (const id of Object.keys(head).sort()) {
    const after = head[id]!;
    const before = base[id];
    if (before === undefined) {
      // 1 is the highest value: it cannot lower the inferred one.
      const effect: ProfileChangeEffect = after.value >= 1 ? 'tightens' : 'loosens';
      out.push({ area: 'factors', kind: 'added', subject: id, after: String(after.value), effect, message: `overrides factor ${id} to ${after.value}${effect === 'loosens' ? ', which may lower it' : ''}` });
    } else if (after.value !== before.value) {
      const effect: ProfileChangeEffect = after.value < before.value ? 'loosens' : 'tightens';
      out.push({ area: 'factors', kind: 'changed', subject: id, before: String(before.value), after: String(after.value), effect, message: `${effect === 'loosens' ? 'lowers' : 'raises'} the override of factor ${id} from ${before.value} to ${after.value}` });
    }
  }
  for (const id of Object.keys(base).sort()) {
    if (head[id] !== undefined) continue;
    out.push({ area: 'factors', kind: 'removed', subject: id, before: String(base[id]!.value), effect: 'neutral', message: `removes the override of factor ${id}: back to the inferred value` });
  }
  return out;
}

function stricterFactorOverrides(base: Record<string, FactorOverride>, head: Record<string, FactorOverride>): Record<string, FactorOverride> {
  const out: Record<string, FactorOverride> = {};
  for (const id of Object.keys(head).sort()) {
    const [b, h] = [base[id], head[id]!];
    if (b !== undefined) out[id] = h.value > b.value ? h : b;
    else if (h.value >= 1) out[id] = h;
  }
  return out;
}

// ---------------------------------------------------------------- aivss defaults

type AivssConfig = NonNullable<RiskProfileConfig['aivss']>;

function diffAivss(base: AivssConfig, head: AivssConfig): ProfileChange[] {
  const out: ProfileChange[] = [];
  const kind = (key: keyof AivssConfig): ProfileChange['kind'] => (base[key] === undefined ? 'added' : head[key] === undefined ? 'removed' : 'changed');
  if (base.version !== head.version) {
    const [b, h] = [base.version ?? DEFAULT_AIVSS_VERSION, head.version ?? DEFAULT_AIVSS_VERSION];
    // Scores of the two versions are not comparable, so either way it needs approval.
    if (b !== h) out.push({ area: 'aivss', kind: kind('version'), subject: 'version', before: b, after: h, effect: 'loosens', message: `changes the AIVSS version from ${b} to ${h}` });
  }
  if (base.threat !== head.threat) {
    const [b, h] = [base.threat ?? 'poc', head.threat ?? 'poc'];
    const d = THREAT_RANK[h] - THREAT_RANK[b];
    if (d !== 0) out.push({ area: 'aivss', kind: kind('threat'), subject: 'threat', before: b, after: h, effect: d < 0 ? 'loosens' : 'tightens', message: `${d < 0 ? 'lowers' : 'raises'} the default threat multiplier from ${b} to ${h}` });
  }
  if (base.mitigation !== head.mitigation) {
    const [b, h] = [base.mitigation ?? 'none', head.mitigation ?? 'none'];
    const d = MITIGATION_RANK[h] - MITIGATION_RANK[b];
    if (d !== 0) out.push({ area: 'aivss', kind: kind('mitigation'), subject: 'mitigation', before: b, after: h, effect: d < 0 ? 'loosens' : 'tightens', message: `${d < 0 ? 'strengthens' : 'weakens'} the default mitigation factor from ${b} to ${h}` });
  }
  return out;
}

function stricterAivss(base: AivssConfig, head: AivssConfig): AivssConfig {
  const out: AivssConfig = {};
  if (base.version !== undefined) out.version = base.version;
  if (base.threat !== undefined || head.threat !== undefined) {
    const [b, h] = [base.threat ?? 'poc', head.threat ?? 'poc'];
    out.threat = THREAT_RANK[h] > THREAT_RANK[b] ? h : b;
  }
  if (base.mitigation !== undefined || head.mitigation !== undefined) {
    const [b, h] = [base.mitigation ?? 'none', head.mitigation ?? 'none'];
    out.mitigation = MITIGATION_RANK[h] > MITIGATION_RANK[b] ? h : b;
  }
  return out;
}

// ---------------------------------------------------------------- approvals, inputs, declared controls

function diffApprovals(base: NonNullable<RiskProfileConfig['approvals']>, head: NonNullable<RiskProfileConfig['approvals']>): ProfileChange[] {
  const out: ProfileChange[] = [];
  if (base.label !== head.label) {
    // A new or renamed label is a new way to approve; dropping the label leaves fewer.
    const effect: ProfileChangeEffect = head.label === undefined ? 'tightens' : 'loosens';
    out.push({
      area: 'approvals',
      kind: base.label === undefined ? 'added' : head.label === undefined ? 'removed' : 'changed',
      subject: 'label',
      before: base.label ?? 'none',
      after: head.label ?? 'none',
      effect,
      message: `changes who may approve profile changes: label ${base.label ?? 'none'} → ${head.label ?? 'none'} (applies once merged)`,
    });
  }
  if ((base.codeowners ?? false) !== (head.codeowners ?? false)) {
    const on = head.codeowners === true;
    out.push({
      area: 'approvals',
      kind: base.codeowners === undefined ? 'added' : head.codeowners === undefined ? 'removed' : 'changed',
      subject: 'codeowners',
      before: String(base.codeowners ?? false),
      after: String(head.codeowners ?? false),
      effect: on ? 'loosens' : 'tightens',
      message: `${on ? 'lets' : 'no longer lets'} CODEOWNERS approve profile changes (applies once merged)`,
    });
  }
  return out;
}

function diffInputs(base: RiskProfileConfig | undefined, head: RiskProfileConfig | undefined): ProfileChange[] {
  const out: ProfileChange[] = [];
  const [be, he] = [new Set(base?.exclude ?? []), new Set(head?.exclude ?? [])];
  for (const p of [...he].sort()) {
    if (!be.has(p)) out.push({ area: 'exclude', kind: 'added', subject: p, after: p, effect: 'loosens', message: `excludes ${p} from discovery, so manifests there are not read` });
  }
  for (const p of [...be].sort()) {
    if (!he.has(p)) out.push({ area: 'exclude', kind: 'removed', subject: p, before: p, effect: 'tightens', message: `no longer excludes ${p}` });
  }
  const [bm, hm] = [new Set(base?.manifests ?? []), new Set(head?.manifests ?? [])];
  for (const p of [...bm].sort()) {
    if (!hm.has(p)) out.push({ area: 'manifests', kind: 'removed', subject: p, before: p, effect: 'loosens', message: `no longer names the manifest ${p}` });
  }
  for (const p of [...hm].sort()) {
    if (!bm.has(p)) out.push({ area: 'manifests', kind: 'added', subject: p, after: p, effect: 'neutral', message: `also reads the manifest ${p}` });
  }
  if (base?.tools !== head?.tools) {
    const [b, h] = [base?.tools, head?.tools];
    // Naming a dump where there was none adds surface; replacing or dropping one can hide it.
    const effect: ProfileChangeEffect = b === undefined ? 'neutral' : 'loosens';
    out.push({
      area: 'tools',
      kind: b === undefined ? 'added' : h === undefined ? 'removed' : 'changed',
      subject: 'tools',
      ...(b !== undefined && { before: b }),
      ...(h !== undefined && { after: h }),
      effect,
      message: h === undefined ? `no longer names the tools dump ${b}` : b === undefined ? `reads the tools dump ${h}` : `reads the tools dump ${h} instead of ${b}`,
    });
  }
  // Catalog plug-ins (maestro/plugins.ts) are read from the head: dropping one drops its required
  // controls, and adding one brings controls whose `mitigates` lower scenario scores when present.
  const [bc, hc] = [new Set(base?.catalogs ?? []), new Set(head?.catalogs ?? [])];
  for (const p of [...bc].sort()) {
    if (!hc.has(p)) out.push({ area: 'catalogs', kind: 'removed', subject: p, before: p, effect: 'loosens', message: `no longer reads the control catalog ${p}, so its controls are not required` });
  }
  for (const p of [...hc].sort()) {
    if (!bc.has(p)) out.push({ area: 'catalogs', kind: 'added', subject: p, after: p, effect: 'loosens', message: `reads the control catalog ${p}, whose present controls can lower scenario scores` });
  }
  return out;
}

function diffControls(base: NonNullable<RiskProfileConfig['controls']>, head: NonNullable<RiskProfileConfig['controls']>): ProfileChange[] {
  const b = byId(base);
  const h = byId(head);
  const out: ProfileChange[] = [];
  // Declared controls are claims about the code, kept from the head; reviewers check the evidence.
  for (const [id, c] of sorted(h)) {
    const before = b.get(id);
    if (before === undefined) out.push({ area: 'controls', kind: 'added', subject: id, after: c.evidence, effect: 'neutral', message: `declares control ${id} present (evidence: ${c.evidence}); check the evidence` });
    else if (before.evidence !== c.evidence) out.push({ area: 'controls', kind: 'changed', subject: id, before: before.evidence, after: c.evidence, effect: 'neutral', message: `changes the evidence of control ${id} from ${before.evidence} to ${c.evidence}` });
  }
  for (const [id, c] of sorted(b)) {
    if (!h.has(id)) out.push({ area: 'controls', kind: 'removed', subject: id, before: c.evidence, effect: 'neutral', message: `no longer declares control ${id}` });
  }
  return out;
}

function sorted<T>(map: Map<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
