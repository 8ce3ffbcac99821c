import { describe, expect, it } from 'vitest';
import { ActionInputError, readInputs } from '../../src/action/inputs.js';

const from = (map: Record<string, string>) => (name: string) => map[name] ?? '';

describe('readInputs', () => {
  it('leaves unset policy inputs absent so the profile decides', () => {
    const inputs = readInputs(from({ path: '.', 'github-token': 't' }));
    expect(inputs.policy).toEqual({});
    expect(inputs.mode).toBe('gate');
    expect(inputs.allowUntrustedIntrospection).toBe(false);
    expect(inputs.aivssVersion).toBeUndefined();
  });

  it('reads multiline manifest and introspect-env, skipping blanks and comments', () => {
    const inputs = readInputs(from({ manifest: 'server.json\n\n  manifest.json  \n# note', 'introspect-env': 'API_KEY\nMODE=readonly' }));
    expect(inputs.manifests).toEqual(['server.json', 'manifest.json']);
    expect(inputs.introspectEnv).toEqual(['API_KEY', 'MODE=readonly']);
  });

  it('parses every policy input', () => {
    const inputs = readInputs(from({ 'fail-on-score': '8', 'fail-on-posture': '6.5', 'fail-on-missing': 'recommended', 'max-score-increase': '1', 'warn-only': 'true', comment: 'always', 'aivss-version': '0.5', mode: 'analyze', 'sarif-file': 'out.sarif', 'base-ref': 'main' }));
    expect(inputs.policy).toEqual({ failOnScore: 8, failOnPosture: 6.5, failOnMissing: 'recommended', maxScoreIncrease: 1, warnOnly: true, comment: 'always' });
    expect(inputs).toMatchObject({ aivssVersion: '0.5', mode: 'analyze', sarifFile: 'out.sarif', baseRef: 'main' });
  });

  it.each([
    [{ 'aivss-version': '1.0' }, 'aivss-version'],
    [{ mode: 'scan' }, 'mode'],
    [{ 'fail-on-score': 'high' }, 'fail-on-score'],
    [{ comment: 'sometimes' }, 'comment'],
    [{ 'introspect-env': 'BAD-NAME=1' }, 'introspect-env'],
    [{ 'allow-untrusted-introspection': 'yes' }, 'allow-untrusted-introspection'],
    [{ 'introspect-command': 'node s.js', 'introspect-url': 'http://127.0.0.1:1/mcp' }, 'introspect-url'],
  ])('rejects %j naming the input', (map, input) => {
    expect(() => readInputs(from(map))).toThrow(ActionInputError);
    try {
      readInputs(from(map));
    } catch (error) {
      expect((error as ActionInputError).input).toBe(input);
    }
  });
});
