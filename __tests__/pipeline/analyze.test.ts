import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import type { RawFile } from '../../src/manifest/index.js';

const FIXTURE = new URL('../../fixtures/repos/configcat-like/', import.meta.url);
const files: RawFile[] = ['server.json', 'mcp-tools.json'].map((f) => ({ path: f, text: readFileSync(new URL(f, FIXTURE), 'utf8') }));
const repo = { files: [], truncated: false };

describe('the pure pipeline', () => {
  it('is deterministic: the same input gives the same bytes', () => {
    const a = JSON.stringify(analyze({ files, repo, today: '2026-11-21' }));
    const b = JSON.stringify(analyze({ files: [...files].reverse(), repo, today: '2026-11-21' }));
    expect(a).toBe(b);
  });

  it('fills every stage: factors, posture, controls, layers, findings, score', () => {
    const r = analyze({ files, repo, today: '2026-11-21' });
    expect(r.factors).toHaveLength(10);
    expect(r.posture).toBe(r.factors!.reduce((s, f) => s + f.value, 0));
    expect(r.layers).toHaveLength(7);
    expect(r.findings!.length).toBeGreaterThan(0);
    expect(r.score).toBe(Math.max(...r.findings!.map((f) => f.aivss)));
    expect(r.factorVector).toMatch(/^MRG-AARS:0\.8\//);
    expect(r.assessment).toBeDefined();
  });

  it('scores recommended controls below required ones by default (threat "unreported")', () => {
    const r = analyze({ files, repo, today: '2026-11-21' });
    const rec = r.findings!.find((f) => f.requirement === 'recommended');
    expect(rec?.threat).toBe('unreported');
  });

  it('walks a cumulative path to a lower score, fixing the worst finding first', () => {
    const r = analyze({ files, repo, today: '2026-11-21' });
    const path = r.fixPath!;
    expect(path.length).toBeGreaterThan(2);
    const worst = r.findings![0]!;
    expect(path[0]!.fix).toBe(worst.controlId ?? worst.id);
    const scores = [r.score!, ...path.map((s) => s.after.score)];
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
    // Each step removes what it fixes: no finding is removed twice.
    const removed = path.flatMap((s) => s.removes);
    expect(new Set(removed).size).toBe(removed.length);
  });

  it('turns an invalid factor override into an input error on the profile, not a crash', () => {
    const profile = { path: '.mcp-risk.yml', text: 'version: 1\nfactors:\n  executionAutonomy:\n    value: 0.5\n    rationale: "ok"\n' };
    const r = analyze({ files: [...files, profile], repo, today: '2026-11-21' });
    expect(r.errors[0]).toMatchObject({ path: '.mcp-risk.yml' });
  });
});
