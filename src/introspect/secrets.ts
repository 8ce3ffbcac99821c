import { nameLooksSecret } from '../manifest/signals.js';
import { argumentRules, type KnownSecret } from '../redact/index.js';
import { splitCommand } from './command.js';

/** What the user asked to introspect with, as given (the Action inputs or the CLI flags). */
export interface IntrospectionInputs {
  command?: string | undefined;
  url?: string | undefined;
  /** `NAME` or `NAME=VALUE` entries. */
  env?: readonly string[] | undefined;
}

export const LABELS = {
  env: 'introspect-env value',
  url: 'introspect-url credentials',
  argument: 'introspect-command argument',
} as const;

/**
 * The secrets of one introspection run, for the redactor and `core.setSecret`: introspect-env
 * values (also the current value a bare `NAME` passes through), URL userinfo and query values, and
 * command arguments that carry a credential. Computed from the raw inputs, before any is parsed,
 * so even a run refused for a bad input never echoes them.
 */
export function introspectionSecrets(inputs: IntrospectionInputs, processEnv: Readonly<Record<string, string | undefined>>): KnownSecret[] {
  const out: KnownSecret[] = [];
  const add = (value: string | undefined, label: string): void => {
    if (value === undefined || value === '') return;
    out.push({ value, label });
    const decoded = decode(value);
    if (decoded !== value) out.push({ value: decoded, label });
  };
  for (const entry of inputs.env ?? []) {
    const eq = entry.indexOf('=');
    const name = (eq < 0 ? entry : entry.slice(0, eq)).trim();
    const value = eq < 0 ? processEnv[name] : entry.slice(eq + 1).trim();
    if (value !== undefined && worthHiding(name, value)) add(value, LABELS.env);
  }
  if (inputs.url !== undefined) for (const s of urlSecrets(inputs.url)) add(s, LABELS.url);
  if (inputs.command !== undefined) {
    const rules = argumentRules();
    for (const [i, arg, previous] of commandWords(inputs.command).map((a, i, all) => [i, a, all[i - 1] ?? ''] as const)) {
      if (i > 0 && rules.isCredentialFlag(previous) && !arg.startsWith('-')) add(arg, LABELS.argument);
      const inline = rules.inlineCredential(arg);
      if (inline !== undefined) add(inline, LABELS.argument);
      if (rules.looksLikeToken(arg)) add(arg, LABELS.argument);
      if (arg.includes('://')) for (const s of urlSecrets(arg)) add(s, LABELS.argument);
    }
  }
  return out;
}

/**
 * Not every value is a secret: `MODE=read-only` hidden everywhere would garble the report (and
 * GitHub's log masking would too). Hidden: any value of a secret-named variable, values of 12
 * characters or more, and shorter ones that mix letters and digits.
 */
function worthHiding(name: string, value: string): boolean {
  if (value.length < 4) return false;
  if (nameLooksSecret(name)) return true;
  return value.length >= 12 || (value.length >= 8 && /[A-Za-z]/.test(value) && /[0-9]/.test(value));
}

/** Userinfo and query values, read with string operations so a URL too broken to parse still gives them up. */
function urlSecrets(url: string): string[] {
  const out: string[] = [];
  const scheme = url.indexOf('://');
  if (scheme < 0) return out;
  const rest = url.slice(scheme + 3);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    out.push(userinfo);
    const colon = userinfo.indexOf(':');
    if (colon >= 0) {
      const user = userinfo.slice(0, colon);
      if (user.length >= 8) out.push(user);
      if (userinfo.length - colon - 1 >= 4) out.push(userinfo.slice(colon + 1));
    }
  }
  const q = url.indexOf('?');
  if (q >= 0) {
    const hash = url.indexOf('#', q);
    for (const pair of url.slice(q + 1, hash < 0 ? undefined : hash).split('&')) {
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const value = pair.slice(eq + 1);
      if (worthHiding(decode(pair.slice(0, eq)), decode(value))) out.push(value);
    }
  }
  return out;
}

function commandWords(command: string): string[] {
  try {
    const { command: program, args } = splitCommand(command);
    return [program, ...args];
  } catch {
    // An unclosed quote is reported by the introspection itself; still hide what the words hold.
    return command.split(/\s+/).map((w) => w.replace(/^["']|["']$/g, '')).filter((w) => w !== '');
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
