import type { AivssVersion } from '../model/config.js';
import type { PolicyInputs } from '../policy/settings.js';
import { PolicyInputError, parseAivssVersionInput, parsePolicyInputs } from '../policy/parse.js';

export type ActionMode = 'gate' | 'analyze' | 'report';

/** The Action inputs of SPEC §7, parsed. Absent optional inputs stay absent so the profile decides. */
export interface ActionInputs {
  path: string;
  config?: string;
  manifests: string[];
  tools?: string;
  introspectCommand?: string;
  introspectUrl?: string;
  introspectEnv: string[];
  allowUntrustedIntrospection: boolean;
  aivssVersion?: AivssVersion;
  policy: PolicyInputs;
  baseRef?: string;
  mode: ActionMode;
  sarifFile?: string;
  /** Organisation policy file (schemas/org-policy.schema.json). */
  orgPolicy?: string;
  token: string;
}

/** A bad input: the message names the input and how to fix it. Maps to exit code 2. */
export class ActionInputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'ActionInputError';
  }
}

/** Reads inputs through `get` (core.getInput in the Action, a map in tests). */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string): string | undefined => {
    const v = get(name).trim();
    return v === '' ? undefined : v;
  };
  const lines = (name: string): string[] =>
    get(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));

  const mode = text('mode') ?? 'gate';
  if (mode !== 'gate' && mode !== 'analyze' && mode !== 'report') {
    throw new ActionInputError('mode', `mode must be gate, analyze or report; got "${mode}".`);
  }
  const untrusted = text('allow-untrusted-introspection')?.toLowerCase();
  if (untrusted !== undefined && untrusted !== 'true' && untrusted !== 'false') {
    throw new ActionInputError('allow-untrusted-introspection', `allow-untrusted-introspection must be true or false; got "${untrusted}".`);
  }
  for (const entry of lines('introspect-env')) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(=.*)?$/.test(entry)) {
      throw new ActionInputError('introspect-env', `introspect-env lines must be NAME or NAME=VALUE; "${entry.split('=')[0]}" is not a variable name.`);
    }
  }
  const introspectCommand = text('introspect-command');
  const introspectUrl = text('introspect-url');
  if (introspectCommand !== undefined && introspectUrl !== undefined) {
    throw new ActionInputError('introspect-url', 'Set introspect-command or introspect-url, not both.');
  }

  let policy: PolicyInputs;
  let aivss: AivssVersion | undefined;
  try {
    aivss = parseAivssVersionInput({ 'aivss-version': get('aivss-version') });
    policy = parsePolicyInputs({
      'fail-on-score': get('fail-on-score'),
      'fail-on-posture': get('fail-on-posture'),
      'fail-on-missing': get('fail-on-missing'),
      'max-score-increase': get('max-score-increase'),
      'warn-only': get('warn-only'),
      comment: get('comment'),
    });
  } catch (error) {
    if (error instanceof PolicyInputError) throw new ActionInputError(error.input, error.message);
    throw error;
  }

  const inputs: ActionInputs = {
    path: text('path') ?? '.',
    manifests: lines('manifest'),
    introspectEnv: lines('introspect-env'),
    allowUntrustedIntrospection: untrusted === 'true',
    policy,
    mode,
    token: text('github-token') ?? '',
  };
  const optional: [keyof ActionInputs, string | undefined][] = [
    ['config', text('config')],
    ['tools', text('tools')],
    ['introspectCommand', introspectCommand],
    ['introspectUrl', introspectUrl],
    ['baseRef', text('base-ref')],
    ['sarifFile', text('sarif-file')],
    ['orgPolicy', text('org-policy')],
  ];
  for (const [key, value] of optional) if (value !== undefined) Object.assign(inputs, { [key]: value });
  if (aivss !== undefined) inputs.aivssVersion = aivss;
  return inputs;
}
