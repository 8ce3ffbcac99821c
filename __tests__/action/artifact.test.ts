import { describe, expect, it } from 'vitest';
import { ArtifactError, buildArtifact, parseArtifact } from '../../src/action/artifact.js';
import { decide } from '../../src/policy/decide.js';
import { resolvePolicy } from '../../src/policy/settings.js';
import { bareResult, control, finding, scoredResult, tool } from '../policy/fixtures.js';

const sha = 'a'.repeat(40);

function artifactText(mutate: (a: Record<string, unknown>) => void = () => {}): string {
  const result = scoredResult([finding('MAE-L3-02:delete', 8)], [control('MAE-L3-02', 'missing')]);
  result.profile.tools = [tool('delete')];
  const a = buildArtifact({ headSha: sha, pullRequest: 5, result, base: bareResult(), decision: decide(result, resolvePolicy()) }) as unknown as Record<string, unknown>;
  mutate(a);
  return JSON.stringify(a);
}

describe('report artifact', () => {
  it('round-trips a real result', () => {
    const a = parseArtifact(artifactText(), sha);
    expect(a.pullRequest).toBe(5);
    expect(a.result.findings?.[0]?.id).toBe('MAE-L3-02:delete');
    expect(a.decision?.result).toBe('fail');
  });

  it('carries the profile changes, so a report run decides on them too', () => {
    const changes = { baseRef: 'main', baseProfile: '.mcp-risk.yml', headProfile: '.mcp-risk.yml', changes: [{ area: 'policy', kind: 'changed', subject: 'fail-on-score', before: '7.0', after: '10.0', effect: 'loosens', message: 'raises fail-on-score from 7.0 to 10.0' }], approval: { state: 'not-approved', message: 'nobody approved it' }, applied: 'stricter' };
    const a = parseArtifact(artifactText((x) => ((x['result'] as Record<string, unknown>)['profileChanges'] = changes)), sha);
    expect(a.result.profileChanges).toEqual(changes);
    expect(decide(a.result, resolvePolicy()).reasons[0]).toMatch(/^This pull request loosens its own profile/);
  });

  it('refuses an artifact for another commit', () => {
    expect(() => parseArtifact(artifactText(), 'b'.repeat(40))).toThrow(/for commit aaaaaaaaaaaa/);
  });

  it.each([
    ['not JSON', () => '{'],
    ['a wrong format tag', () => artifactText((a) => (a['format'] = 'other'))],
    ['an out-of-range score', () => artifactText((a) => ((a['result'] as { score: number }).score = 11))],
    ['a finding without an id', () => artifactText((a) => delete ((a['result'] as { findings: Record<string, unknown>[] }).findings[0]!['id']))],
    ['a non-numeric pull request', () => artifactText((a) => (a['pullRequest'] = '5; rm -rf /'))],
    ['an unknown top-level key', () => artifactText((a) => (a['script'] = 'x'))],
    ['profile changes that are not a list', () => artifactText((a) => ((a['result'] as Record<string, unknown>)['profileChanges'] = { baseRef: 'main', changes: 'all fine', approval: { state: 'approved', message: '' }, applied: 'head' }))],
    ['an unknown approval state', () => artifactText((a) => ((a['result'] as Record<string, unknown>)['profileChanges'] = { baseRef: 'main', changes: [], approval: { state: 'waived', message: '' }, applied: 'head' }))],
  ])('refuses %s', (_, make) => {
    expect(() => parseArtifact(make(), sha)).toThrow(ArtifactError);
  });
});
