import { describe, expect, it } from 'vitest';
import type { RiskProfileConfig } from '../../src/model/config.js';
import type { ProfileChanges } from '../../src/model/profile-changes.js';
import type { ScanResult } from '../../src/model/result.js';
import { diffProfiles, looseningChanges, stricterProfile } from '../../src/policy/profile-changes.js';
import { decide } from '../../src/policy/decide.js';
import { resolvePolicy } from '../../src/policy/settings.js';

const HIGH = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
const LOW = 'CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N';

const base: RiskProfileConfig = {
  version: 1,
  approvals: { label: 'risk-accepted' },
  policy: { 'fail-on-score': 7, 'fail-on-missing': 'required', comment: 'on-failure' },
  waivers: [{ id: 'MAE-L5-01', justification: 'Audit logging lands in #42.', expires: '2027-01-31' }],
  findings: [{ id: 'SCN-tool-misuse', cvss: HIGH, rationale: 'We expose the admin API to the model.' }],
  factors: { selfModification: { value: 0.5, rationale: 'Plugins can be loaded at run time.' } },
};

const head = (patch: Partial<RiskProfileConfig>): RiskProfileConfig => ({ ...base, ...patch });
const effects = (changes: ReturnType<typeof diffProfiles>) => changes.map((c) => `${c.area}:${c.kind}:${c.subject}:${c.effect}`);

describe('diffProfiles', () => {
  it('finds nothing between a profile and itself', () => {
    expect(diffProfiles(base, base)).toEqual([]);
    expect(diffProfiles(undefined, undefined)).toEqual([]);
  });

  it('a waiver for every id until 9999-12-31 loosens, one change per waiver', () => {
    const ids = ['MRG-POISON-IMPERATIVE:get_alerts', 'MAE-L1-01', 'SCN-tool-misuse'];
    const changes = diffProfiles(base, head({ waivers: [...base.waivers!, ...ids.map((id) => ({ id, justification: 'Accepted for now.', expires: '9999-12-31' }))] }));
    expect(effects(changes)).toEqual(ids.sort().map((id) => `waivers:added:${id}:loosens`));
    expect(changes[0]!.message).toBe(`adds a waiver for ${ids[0]} until 9999-12-31`);
  });

  it('an extended waiver loosens, a shortened or removed one tightens, a reworded one is shown only', () => {
    const w = base.waivers![0]!;
    expect(effects(diffProfiles(base, head({ waivers: [{ ...w, expires: '2099-01-01' }] })))).toEqual(['waivers:changed:MAE-L5-01:loosens']);
    expect(effects(diffProfiles(base, head({ waivers: [{ ...w, expires: '2026-12-01' }] })))).toEqual(['waivers:changed:MAE-L5-01:tightens']);
    expect(effects(diffProfiles(base, head({ waivers: [] })))).toEqual(['waivers:removed:MAE-L5-01:tightens']);
    expect(effects(diffProfiles(base, head({ waivers: [{ ...w, owner: '@someone' }] })))).toEqual(['waivers:changed:MAE-L5-01:neutral']);
    // Widening a tool-bound waiver to every tool is a new waiver.
    const bound = { ...base, waivers: [{ ...w, tool: 'delete_flag' }] };
    expect(effects(diffProfiles(bound, base))).toEqual(['waivers:added:MAE-L5-01:loosens', 'waivers:removed:MAE-L5-01 (tool delete_flag):tightens']);
  });

  it('classifies every policy threshold by the direction it moves', () => {
    const cases: [RiskProfileConfig['policy'], string][] = [
      [{ ...base.policy, 'fail-on-score': 9.5 }, 'policy:changed:fail-on-score:loosens'],
      [{ ...base.policy, 'fail-on-score': 5 }, 'policy:changed:fail-on-score:tightens'],
      [{ ...base.policy, 'fail-on-missing': 'none' }, 'policy:changed:fail-on-missing:loosens'],
      [{ ...base.policy, 'fail-on-missing': 'recommended' }, 'policy:changed:fail-on-missing:tightens'],
      [{ ...base.policy, 'warn-only': true }, 'policy:added:warn-only:loosens'],
      [{ ...base.policy, 'only-new': true }, 'policy:added:only-new:loosens'],
      [{ ...base.policy, 'require-lock': true }, 'policy:added:require-lock:tightens'],
      [{ ...base.policy, 'fail-on-posture': 8 }, 'policy:added:fail-on-posture:tightens'],
      [{ ...base.policy, 'max-score-increase': 0.5 }, 'policy:added:max-score-increase:tightens'],
      [{ ...base.policy, comment: 'never' }, 'policy:changed:comment:neutral'],
    ];
    for (const [policy, expected] of cases) expect(effects(diffProfiles(base, head({ policy }))), expected).toEqual([expected]);
    const posture = { ...base, policy: { ...base.policy, 'fail-on-posture': 6 } };
    expect(effects(diffProfiles(posture, base))).toEqual(['policy:removed:fail-on-posture:loosens']);
    expect(effects(diffProfiles(posture, { ...posture, policy: { ...posture.policy, 'fail-on-posture': 9 } }))).toEqual(['policy:changed:fail-on-posture:loosens']);
    // Spelling out the default changes nothing.
    expect(effects(diffProfiles({ version: 1 }, { version: 1, policy: { 'fail-on-score': 7 } }))).toEqual(['policy:added:fail-on-score:neutral']);
  });

  it('a lowered or new finding vector, threat or mitigation loosens; a raised one tightens; a removed override is shown only', () => {
    const o = base.findings![0]!;
    expect(effects(diffProfiles(base, head({ findings: [{ ...o, cvss: LOW }] })))).toEqual(['findings:changed:SCN-tool-misuse:loosens']);
    expect(effects(diffProfiles(head({ findings: [{ ...o, cvss: LOW }] }), base))).toEqual(['findings:changed:SCN-tool-misuse:tightens']);
    expect(effects(diffProfiles(base, head({ findings: [o, { id: 'MRG-POISON-IMPERATIVE:get_alerts', cvss: LOW, rationale: 'Only our own model reads this.' }] })))).toEqual([
      'findings:added:MRG-POISON-IMPERATIVE:get_alerts:loosens',
    ]);
    expect(effects(diffProfiles(base, head({ findings: [{ ...o, threat: 'unreported' }] })))).toEqual(['findings:changed:SCN-tool-misuse:loosens']);
    expect(effects(diffProfiles(base, head({ findings: [{ ...o, threat: 'attacked' }] })))).toEqual(['findings:changed:SCN-tool-misuse:tightens']);
    expect(effects(diffProfiles(base, head({ findings: [{ ...o, mitigation: 'strong' }] })))).toEqual(['findings:changed:SCN-tool-misuse:loosens']);
    expect(effects(diffProfiles(base, head({ findings: [{ ...o, mitigation: 'none' }] })))).toEqual(['findings:changed:SCN-tool-misuse:tightens']);
    expect(effects(diffProfiles(base, head({ findings: [] })))).toEqual(['findings:removed:SCN-tool-misuse:neutral']);
  });

  it('a lowered or new factor override loosens, a raised one tightens', () => {
    const f = base.factors!['selfModification']!;
    expect(effects(diffProfiles(base, head({ factors: { selfModification: { ...f, value: 0 } } })))).toEqual(['factors:changed:selfModification:loosens']);
    expect(effects(diffProfiles(base, head({ factors: { selfModification: { ...f, value: 1 } } })))).toEqual(['factors:changed:selfModification:tightens']);
    expect(effects(diffProfiles(base, head({ factors: { ...base.factors, executionAutonomy: { value: 0, rationale: 'A human approves every call.' } } })))).toEqual([
      'factors:added:executionAutonomy:loosens',
    ]);
    expect(effects(diffProfiles(base, head({ factors: {} })))).toEqual(['factors:removed:selfModification:neutral']);
  });

  it('AIVSS defaults, approvers, inputs and declared controls are all shown', () => {
    expect(effects(diffProfiles(base, head({ aivss: { threat: 'unreported', mitigation: 'strong', version: '0.5' } })))).toEqual([
      'aivss:added:version:loosens',
      'aivss:added:threat:loosens',
      'aivss:added:mitigation:loosens',
    ]);
    expect(effects(diffProfiles(base, head({ approvals: { label: 'lgtm', codeowners: true } })))).toEqual(['approvals:changed:label:loosens', 'approvals:added:codeowners:loosens']);
    expect(effects(diffProfiles(base, head({ approvals: {} })))).toEqual(['approvals:removed:label:tightens']);
    expect(effects(diffProfiles(base, head({ exclude: ['src/'], tools: 'benign.json' })))).toEqual(['exclude:added:src/:loosens', 'tools:added:tools:neutral']);
    expect(effects(diffProfiles({ ...base, tools: 'real.json' }, head({ tools: 'benign.json' })))).toEqual(['tools:changed:tools:loosens']);
    expect(effects(diffProfiles(base, head({ controls: [{ id: 'MAE-L5-01', evidence: 'src/audit.ts' }] })))).toEqual(['controls:added:MAE-L5-01:neutral']);
    // Catalog plug-ins (issue 16) are read from the head: dropping or adding one needs approval.
    expect(effects(diffProfiles({ ...base, catalogs: ['security/acme.json'] }, head({ catalogs: ['security/other.json'] })))).toEqual([
      'catalogs:removed:security/acme.json:loosens',
      'catalogs:added:security/other.json:loosens',
    ]);
  });

  it('a profile the base does not have is all new: its waivers loosen', () => {
    expect(looseningChanges(diffProfiles(undefined, base)).map((c) => c.area)).toEqual(['waivers', 'findings', 'factors', 'approvals']);
  });
});

describe('stricterProfile', () => {
  it('keeps only the waivers the base grants, each until the earlier date', () => {
    const w = base.waivers![0]!;
    const everything = head({ waivers: [{ ...w, expires: '9999-12-31' }, { id: 'MRG-POISON-IMPERATIVE:get_alerts', justification: 'Accepted for now.', expires: '9999-12-31' }] });
    expect(stricterProfile(base, everything)!.waivers).toEqual([w]);
    expect(stricterProfile(base, head({ waivers: [{ ...w, expires: '2026-12-01' }] }))!.waivers).toEqual([{ ...w, expires: '2026-12-01' }]);
    expect(stricterProfile(base, head({ waivers: [] }))!.waivers).toBeUndefined();
  });

  it('takes the stricter of each threshold, and the base comment setting', () => {
    const looser = stricterProfile(base, head({ policy: { 'fail-on-score': 10, 'fail-on-missing': 'none', 'warn-only': true, 'only-new': true, comment: 'never' } }))!;
    expect(looser.policy).toEqual({ 'fail-on-score': 7, 'fail-on-missing': 'required', comment: 'on-failure' });
    const tighter = stricterProfile(base, head({ policy: { 'fail-on-score': 4, 'fail-on-missing': 'recommended', 'require-lock': true, 'fail-on-posture': 6, 'max-score-increase': 0 } }))!;
    expect(tighter.policy).toEqual({ 'fail-on-score': 4, 'fail-on-missing': 'recommended', 'require-lock': true, 'fail-on-posture': 6, 'max-score-increase': 0, comment: 'on-failure' });
    // The defaults count as the base's values when it sets nothing.
    expect(resolvePolicy({}, stricterProfile({ version: 1 }, { version: 1, policy: { 'fail-on-score': 9.9, 'warn-only': true } })!.policy)).toMatchObject({ failOnScore: 7, warnOnly: false });
  });

  it('never applies a new or lowered override, but applies raised and dropped ones', () => {
    const o = base.findings![0]!;
    const lowered = stricterProfile(base, head({ findings: [{ ...o, cvss: LOW }, { id: 'MRG-POISON-IMPERATIVE:get_alerts', cvss: LOW, mitigation: 'strong', rationale: 'Only our model.' }] }))!;
    expect(lowered.findings).toEqual([{ ...o, cvss: HIGH }]);
    const raised = stricterProfile(head({ findings: [{ ...o, cvss: LOW }] }), base)!;
    expect(raised.findings).toEqual([o]);
    expect(stricterProfile(base, head({ findings: [] }))!.findings).toBeUndefined();
    expect(stricterProfile(base, head({ findings: [{ id: 'X', threat: 'attacked', rationale: 'Seen in the wild.' }] }))!.findings).toEqual([{ id: 'X', threat: 'attacked', rationale: 'Seen in the wild.' }]);

    const f = base.factors!['selfModification']!;
    expect(stricterProfile(base, head({ factors: { selfModification: { ...f, value: 0 }, executionAutonomy: { value: 0, rationale: 'A human approves.' } } }))!.factors).toEqual({ selfModification: f });
    expect(stricterProfile(base, head({ factors: { selfModification: { ...f, value: 1 } } }))!.factors).toEqual({ selfModification: { ...f, value: 1 } });
    expect(stricterProfile(base, head({ aivss: { threat: 'unreported', mitigation: 'strong', version: '0.5' } }))!.aivss).toEqual({ threat: 'poc', mitigation: 'none' });
  });

  it("keeps the head's declarations and the base's approvers", () => {
    const declared = head({ controls: [{ id: 'MAE-L5-01', evidence: 'src/audit.ts' }], manifests: ['server.json'], approvals: { label: 'anything' } });
    const out = stricterProfile(base, declared)!;
    expect(out.controls).toEqual(declared.controls);
    expect(out.manifests).toEqual(['server.json']);
    expect(out.approvals).toEqual(base.approvals);
    expect(stricterProfile(undefined, undefined)).toBeUndefined();
    expect(stricterProfile(base, undefined)!.waivers).toBeUndefined();
  });
});

describe('decide with profile changes', () => {
  const result = (profileChanges: ProfileChanges): ScanResult =>
    ({ aivssVersion: '0.8', errors: [], notices: [], findings: [], controls: [], score: 0, profileChanges }) as unknown as ScanResult;
  const loosening = diffProfiles(base, head({ policy: { 'fail-on-score': 10 } }));
  const changes = (approval: ProfileChanges['approval']): ProfileChanges => ({ baseRef: 'main', baseProfile: '.mcp-risk.yml', headProfile: '.mcp-risk.yml', changes: loosening, approval, applied: 'stricter' });

  it('fails, first reason, when the pull request loosens its profile without approval', () => {
    const d = decide(result(changes({ state: 'not-approved', message: 'To approve it, add the label `risk-accepted`.' })), resolvePolicy());
    expect(d.result).toBe('fail');
    expect(d.exitCode).toBe(1);
    expect(d.reasons[0]).toBe(
      'This pull request loosens its own profile (.mcp-risk.yml) against main in 1 way: raises fail-on-score from 7.0 to 10.0. The base profile\'s policy applies instead, and the change needs approval: To approve it, add the label `risk-accepted`.',
    );
  });

  it('passes when approved, or when nothing loosens', () => {
    expect(decide(result(changes({ state: 'approved', by: 'label risk-accepted', message: 'ok' })), resolvePolicy()).result).toBe('pass');
    expect(decide(result({ ...changes({ state: 'not-needed', message: '' }), changes: diffProfiles(base, head({ policy: { 'fail-on-score': 5 } })) }), resolvePolicy()).result).toBe('pass');
  });
});
