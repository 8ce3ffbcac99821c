import { describe, expect, it } from 'vitest';
import rubric08 from '../../data/aivss/rubric-v0.8.json' with { type: 'json' };
import { aivssVersion, aivssVersions, registerAivssVersion, AivssVersionError } from '../../src/aivss/versions.js';
import { parseCli } from '../../src/cli/args.js';
import { readInputs } from '../../src/action/inputs.js';
import { cli } from '../helpers/run-cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

// A fixture version: ONE registry entry (its data would be new files in a real release).
registerAivssVersion({
  version: '9.9',
  factors: aivssVersion('0.8').factors,
  rubric: { ...rubric08, version: '9.9' },
  parameters: { ...aivssVersion('0.8').parameters, title: 'Fixture AIVSS v9.9' },
  assessment: '0.8',
});

describe('the AIVSS version registry', () => {
  it('lists the versions every adapter accepts', () => {
    expect(aivssVersions()).toEqual(['0.8', '0.5', '9.9']);
  });

  it('a registered version is accepted by the CLI and the Action alike', () => {
    expect(parseCli(['scan', '.', '--aivss-version', '9.9'])).toMatchObject({ aivssVersion: '9.9' });
    expect(readInputs((n) => (n === 'aivss-version' ? '9.9' : '')).aivssVersion).toBe('9.9');
  });

  it('scores a repository with it, and keeps the v0.8 Appendix A document', async () => {
    const run = await cli('scan', 'fixtures/e2e/readonly-server', '--aivss-version', '9.9', '--format', 'json');
    const report = JSON.parse(run.stdout) as { aivssVersion: string; factorVector: { vector: string }; factors: unknown[]; assessment: { vulnerabilities: unknown[] } };
    expect(report.aivssVersion).toBe('9.9');
    expect(report.factorVector.vector).toMatch(/^MRG-AARS:9\.9\//);
    expect(report.factors).toHaveLength(10);
    expect(report.assessment.vulnerabilities.length).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });

  it('a profile naming a version the registry lacks is an input error naming the file', async () => {
    const repo = tempRepo({ '.mcp-risk.yml': 'version: 1\naivss:\n  version: "1.0"\n' });
    const run = await cli('scan', repo, '--format', 'json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).errors[0]).toMatchObject({ path: '.mcp-risk.yml', message: expect.stringMatching(/"1\.0" is not an AIVSS version/), hint: 'use 0.8 or 0.5 or 9.9' });
  });

  it('refuses to replace a registered version', () => {
    expect(() => registerAivssVersion({ ...aivssVersion('0.8'), version: '0.8' })).toThrow(AivssVersionError);
  });
});
