import { describe, expect, it } from 'vitest';
import { parseCli, CliUsageError } from '../../src/cli/args.js';
import { readInputs, ActionInputError } from '../../src/action/inputs.js';

/**
 * One table, both adapters: every policy string goes through the CLI flag and the Action input,
 * and both must agree (the same value, or both refuse with the same message).
 */
type Outcome = { value: unknown } | { error: string };

function viaCli(flag: string, text: string): Outcome {
  try {
    // `--flag=value`: the form that passes any text, even one starting with a dash.
    const args = parseCli(['scan', '.', `--${flag}=${text}`]);
    if (args.command !== 'scan') throw new Error('not a scan');
    const key = { 'fail-on-score': 'failOnScore', 'fail-on-posture': 'failOnPosture', 'fail-on-missing': 'failOnMissing', 'max-score-increase': 'maxScoreIncrease', 'aivss-version': 'aivssVersion' }[flag]!;
    return { value: (args as unknown as Record<string, unknown>)[key] };
  } catch (err) {
    if (!(err instanceof CliUsageError)) throw err;
    return { error: err.message.replace(/^--/, '') };
  }
}

function viaAction(input: string, text: string): Outcome {
  try {
    const inputs = readInputs((name) => (name === input ? text : ''));
    const key = { 'fail-on-score': 'failOnScore', 'fail-on-posture': 'failOnPosture', 'fail-on-missing': 'failOnMissing', 'max-score-increase': 'maxScoreIncrease' }[input];
    return { value: key ? (inputs.policy as Record<string, unknown>)[key] : inputs.aivssVersion };
  } catch (err) {
    if (!(err instanceof ActionInputError)) throw err;
    return { error: err.message };
  }
}

const SCORES: [string, number | undefined | 'error'][] = [
  ['7', 7],
  ['7.0', 7],
  [' 7.5 ', 7.5],
  ['07.5', 7.5],
  ['0', 0],
  ['10', 10],
  ['', undefined],
  ['   ', undefined],
  ['0x7', 'error'],
  ['1e1', 'error'],
  ['-1', 'error'],
  ['+7', 'error'],
  ['.5', 'error'],
  ['7.', 'error'],
  ['10.1', 'error'],
  ['Infinity', 'error'],
  ['NaN', 'error'],
  ['seven', 'error'],
  ['7,5', 'error'],
];

const MISSING: [string, string | undefined | 'error'][] = [
  ['required', 'required'],
  ['REQUIRED', 'required'],
  [' Recommended ', 'recommended'],
  ['none', 'none'],
  ['', undefined],
  ['all', 'error'],
  ['required,recommended', 'error'],
];

const VERSIONS: [string, string | undefined | 'error'][] = [
  ['0.8', '0.8'],
  ['0.5', '0.5'],
  [' 0.8 ', '0.8'],
  ['', undefined],
  ['1.0', 'error'],
  ['0.80', 'error'],
  ['v0.8', 'error'],
];

const expected = (e: unknown): (o: Outcome) => void => (o) => {
  if (e === 'error') expect(o).toHaveProperty('error');
  else expect(o).toEqual({ value: e });
};

describe('one policy parser for the CLI and the Action', () => {
  for (const flag of ['fail-on-score', 'fail-on-posture', 'max-score-increase']) {
    it.each(SCORES)(`${flag} %j`, (text, want) => {
      const cli = viaCli(flag, text);
      const action = viaAction(flag, text);
      expect(cli).toEqual(action);
      expected(want)(cli);
    });
  }

  it.each(MISSING)('fail-on-missing %j', (text, want) => {
    const cli = viaCli('fail-on-missing', text);
    expect(cli).toEqual(viaAction('fail-on-missing', text));
    expected(want)(cli);
  });

  it.each(VERSIONS)('aivss-version %j', (text, want) => {
    const cli = viaCli('aivss-version', text);
    expect(cli).toEqual(viaAction('aivss-version', text));
    expected(want)(cli);
  });

  it('names the input and the accepted form in the refusal', () => {
    expect(viaCli('fail-on-score', '0x7')).toEqual({ error: 'fail-on-score must be a number from 0 to 10 (e.g. 7.0), got "0x7".' });
  });
});
