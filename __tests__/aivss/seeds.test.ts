import { describe, expect, it } from 'vitest';
import { inferFactors, localFactorVector, postureOf } from '../../src/aivss/index.js';
import { fixtureRepo } from './build.js';

/** The v0.5 factor values of the published threat-model seeds (shared/seeds/*.txt), in v0.5 order. */
const SEEDS = {
  'configcat-like': {
    autonomyOfAction: 0.6, goalDrivenPlanning: 0.3, selfModification: 0, dynamicToolUse: 0.8, persistentMemory: 0.1,
    contextualAwareness: 0.4, dynamicIdentity: 0.2, multiAgentInteractions: 0.3, nonDeterminism: 0.2, opacityReflexivity: 0.3,
  },
  'cloudflare-like': {
    autonomyOfAction: 0.6, goalDrivenPlanning: 0.4, selfModification: 0.1, dynamicToolUse: 0.8, persistentMemory: 0.2,
    contextualAwareness: 0.5, dynamicIdentity: 0.6, multiAgentInteractions: 0.5, nonDeterminism: 0.4, opacityReflexivity: 0.3,
  },
} as const;

describe.each(Object.entries(SEEDS))('%s: inferred v0.5 factors stay within 0.5 of the seed threat model', (repo, seed) => {
  const input = fixtureRepo(repo);
  const factors = inferFactors(input, '0.5');

  it.each(Object.entries(seed))('%s (seed %d)', (id, expected) => {
    const f = factors.find((x) => x.id === id)!;
    expect(Math.abs(f.value - expected), `${id}: inferred ${f.value} (${f.reasons.map((r) => r.text).join(' | ')})`).toBeLessThanOrEqual(0.5);
  });

  it('every factor explains itself', () => {
    for (const f of factors) expect(f.reasons.length, f.id).toBeGreaterThan(0);
  });
});

describe('what the fixtures grade to (regression anchors)', () => {
  it('ConfigCat-like: production flag writes with no confirmation, fixed credentials, no state', () => {
    const fs = inferFactors(fixtureRepo('configcat-like'), '0.5');
    expect(localFactorVector(fs, '0.5')).toBe('MRG-AARS:0.5/AA:1/GP:0.5/SM:0/TU:1/PM:0/CA:0.5/DI:0.5/MA:0/ND:0.5/OR:0.5');
    expect(postureOf(fs).sum).toBe(4.5);
    const autonomy = fs.find((f) => f.id === 'autonomyOfAction')!;
    expect(autonomy.reasons[0]!.text).toContain('delete-environment');
  });

  it('Cloudflare-like: account switching, open-internet ingestion, hosted code execution', () => {
    const fs = inferFactors(fixtureRepo('cloudflare-like'), '0.5');
    expect(localFactorVector(fs, '0.5')).toBe('MRG-AARS:0.5/AA:1/GP:0.5/SM:0.5/TU:1/PM:0.5/CA:1/DI:1/MA:0.5/ND:0.5/OR:0.5');
    expect(fs.find((f) => f.id === 'dynamicIdentity')!.reasons[0]!.tool).toBe('set_active_account');
    expect(fs.find((f) => f.id === 'contextualAwareness')!.reasons[0]!.text).toContain('get_url_markdown');
  });

  it('v0.8 grades the same fixtures with its own rubric', () => {
    expect(localFactorVector(inferFactors(fixtureRepo('configcat-like'), '0.8'), '0.8')).toBe(
      'MRG-AARS:0.8/EA:1/TS:1/NL:0.5/CA:0.5/ND:0.5/OR:0.5/PS:0/DI:0.5/MA:0/SM:0',
    );
    expect(localFactorVector(inferFactors(fixtureRepo('cloudflare-like'), '0.8'), '0.8')).toBe(
      'MRG-AARS:0.8/EA:1/TS:1/NL:1/CA:1/ND:1/OR:0.5/PS:0.5/DI:1/MA:0.5/SM:1',
    );
  });
});
