/**
 * Text from the scanned repository may carry ANSI escapes, control or invisible characters meant
 * to rewrite the terminal. Show them as visible escapes instead.
 */
import { truncate } from './escape.js';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/gu;

export function terminalSafe(text: string, max = 200): string {
  const clean = text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).replace(/[\r\n\t]+/g, ' ');
  return truncate(clean, max);
}
