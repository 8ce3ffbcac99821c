import { IntrospectionError } from './errors.js';

/**
 * Splits `introspect-command` into a program and its arguments the way a POSIX shell would
 * for words and quotes only: no variables, globs, pipes or redirections, and no shell is run.
 */
export function splitCommand(line: string): { command: string; args: string[] } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) word += line[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new IntrospectionError('usage', `introspect-command has an unclosed ${quote} quote: ${line}`);
  if (inWord) words.push(word);
  const [command, ...args] = words;
  if (command === undefined) throw new IntrospectionError('usage', 'introspect-command is empty', { hint: 'Give the command that starts the server, e.g. "node dist/index.js".' });
  return { command, args };
}
