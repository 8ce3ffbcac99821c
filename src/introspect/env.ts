import { IntrospectionError } from './errors.js';

/** Always passed: without PATH nothing starts, without HOME many runtimes fail to start. */
const ALWAYS = ['PATH', 'HOME'] as const;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Splits the Action input form: one `NAME` or `NAME=VALUE` a line, blank lines and `#` comments ignored. */
export function parseEnvLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * The complete environment of the server process: only what the user named, plus PATH and HOME.
 * `NAME` passes the current value through (and is left out when unset); `NAME=VALUE` sets it.
 */
export function buildServerEnv(entries: readonly string[], current: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ALWAYS) {
    const value = current[name];
    if (value !== undefined) env[name] = value;
  }
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = eq === -1 ? entry : entry.slice(0, eq);
    if (!NAME.test(name)) {
      throw new IntrospectionError('usage', `introspect-env entry "${name}" is not a variable name`, {
        hint: 'Write one NAME (pass the current value through) or NAME=VALUE (set it) a line.',
      });
    }
    if (eq !== -1) env[name] = entry.slice(eq + 1);
    else if (current[name] !== undefined) env[name] = current[name];
  }
  return env;
}
