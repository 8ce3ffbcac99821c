import { describe, expect, it } from 'vitest';
import { applyWaivers, parseDay } from '../../src/policy/waivers.js';
import { control, finding } from './fixtures.js';

const today = '2026-11-21';

describe('applyWaivers', () => {
  it('waives a missing control and its findings, leaving inputs untouched', () => {
    const findings = [finding('MAE-L5-01', 6.0), finding('MAE-L3-02:delete_flag', 8.0)];
    const controls = [control('MAE-L5-01', 'missing')];
    const out = applyWaivers(findings, controls, [{ id: 'MAE-L5-01', justification: 'logs go to the host', owner: '@sec', expires: '2027-06-30' }], today);
    expect(out.controls[0]?.status).toBe('waived');
    expect(out.controls[0]?.waiver).toEqual({ justification: 'logs go to the host', owner: '@sec', expires: '2027-06-30' });
    expect(out.findings[0]?.waived?.justification).toBe('logs go to the host');
    expect(out.findings[1]?.waived).toBeUndefined();
    expect(controls[0]?.status).toBe('missing');
    expect(findings[0]?.waived).toBeUndefined();
    expect(out.notices).toEqual([]);
  });

  it('scopes a tool waiver to that tool only, never the whole control', () => {
    const findings = [finding('MAE-L3-02:delete_flag', 8), finding('MAE-L3-02:drop_env', 8)];
    const controls = [control('MAE-L3-02', 'missing')];
    const out = applyWaivers(findings, controls, [{ id: 'MAE-L3-02', tool: 'delete_flag', justification: 'confirmed by UI', expires: '2027-01-01' }], today);
    expect(out.findings.map((f) => f.waived !== undefined)).toEqual([true, false]);
    expect(out.controls[0]?.status).toBe('missing');
  });

  it('matches a finding by its full id', () => {
    const out = applyWaivers([finding('POISON-01:search', 7)], [], [{ id: 'POISON-01:search', justification: 'false positive', expires: today }], today);
    expect(out.findings[0]?.waived).toBeDefined();
  });

  it('does not apply an expired waiver and reports it', () => {
    const out = applyWaivers([finding('MAE-L5-01', 6)], [control('MAE-L5-01', 'missing')], [{ id: 'MAE-L5-01', justification: 'x', expires: '2026-11-20' }], today);
    expect(out.findings[0]?.waived).toBeUndefined();
    expect(out.controls[0]?.status).toBe('missing');
    expect(out.outcomes[0]?.state).toBe('expired');
    expect(out.notices[0]?.message).toMatch(/expired on 2026-11-20/);
  });

  it('is valid through its expiry day and announces expiry within 14 days', () => {
    const waivers = [
      { id: 'A', justification: 'x', expires: today },
      { id: 'B', justification: 'x', expires: '2026-12-05' },
      { id: 'C', justification: 'x', expires: '2026-12-06' },
    ];
    const out = applyWaivers([finding('A', 5), finding('B', 5), finding('C', 5)], [], waivers, today);
    expect(out.findings.every((f) => f.waived !== undefined)).toBe(true);
    expect(out.expiringSoon.map((o) => [o.waiver.id, o.daysLeft])).toEqual([
      ['A', 0],
      ['B', 14],
    ]);
    expect(out.notices.map((n) => n.message)).toEqual([expect.stringContaining('expires today'), expect.stringContaining('in 14 days')]);
  });

  it('lapses a waiver bound to a tool hash when the tool changed', () => {
    const waiver = { id: 'MAE-L3-02', tool: 'delete_flag', toolHash: 'aaa111', justification: 'reviewed', expires: '2027-01-01' };
    const f = [finding('MAE-L3-02:delete_flag', 8)];
    expect(applyWaivers(f, [], [waiver], today, new Map([['delete_flag', 'aaa111']])).findings[0]?.waived).toBeDefined();
    const changed = applyWaivers(f, [], [waiver], today, new Map([['delete_flag', 'bbb222']]));
    expect(changed.findings[0]?.waived).toBeUndefined();
    expect(changed.outcomes[0]?.state).toBe('hash-changed');
    expect(changed.notices[0]?.message).toContain('bbb222');
    expect(applyWaivers(f, [], [waiver], today).outcomes[0]?.state).toBe('hash-changed');
  });

  it('reports waivers that match nothing, and invalid dates', () => {
    const out = applyWaivers([], [control('MAE-L5-01', 'present')], [
      { id: 'MAE-L5-01', justification: 'x', expires: '2027-01-01' },
      { id: 'X', justification: 'x', expires: '2027-02-30' },
    ], today, undefined, { configPath: 'cfg/.mcp-risk.yml' });
    expect(out.outcomes.map((o) => o.state)).toEqual(['unused', 'invalid']);
    expect(out.notices.every((n) => n.path === 'cfg/.mcp-risk.yml')).toBe(true);
    expect(out.controls[0]?.status).toBe('present');
  });

  it('rejects a malformed today instead of guessing', () => {
    expect(() => applyWaivers([], [], [], '21/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('parseDay', () => {
  it('counts calendar days across months and leap years', () => {
    expect(parseDay('2028-03-01')! - parseDay('2028-02-28')!).toBe(2);
    expect(parseDay('2027-03-01')! - parseDay('2027-02-28')!).toBe(1);
    expect(parseDay('2026-13-01')).toBeUndefined();
  });
});
