import confusablesJson from '../../data/checks/confusables.json' with { type: 'json' };

/**
 * UTS #39-style skeletons for matching only: a Cyrillic, Greek or Latin look-alike letter becomes
 * the ASCII letter it imitates, so `іgnоrе` (Cyrillic і, о, е) meets the English patterns. Each
 * letter folds to exactly one UTF-16 unit, so offsets in folded text are offsets in the original
 * and a finding quotes what the author wrote. NFKC runs first (it folds width and compatibility
 * forms; it does not fold scripts).
 */

interface ConfusablesData {
  map: Record<string, string>;
}

let table: { map: Map<number, string>; any: RegExp } | undefined;

function confusables(): { map: Map<number, string>; any: RegExp } {
  if (!table) {
    const entries = Object.entries((confusablesJson as unknown as ConfusablesData).map).map(([hex, to]) => [parseInt(hex, 16), to] as const);
    const cls = entries.map(([cp]) => `\\u{${cp.toString(16)}}`).join('');
    table = { map: new Map(entries), any: new RegExp(`[${cls}]`, 'u') };
  }
  return table;
}

/** Whether the text holds a letter the fold would change (false for ASCII without a lookup). */
export function hasConfusables(text: string): boolean {
  return !/^[\x00-\x7f]*$/.test(text) && confusables().any.test(text);
}

/** The text with every look-alike letter replaced by its ASCII prototype; same length as the input. */
export function foldConfusables(text: string): string {
  if (!hasConfusables(text)) return text;
  const { map } = confusables();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += map.get(code) ?? text[i];
  }
  return out;
}
