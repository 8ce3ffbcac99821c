// Names are split by the effect classifier, the condition language and the evidence text, several
// times per tool: each distinct string once (the result is shared and must not be mutated).
const split = new Map<string, readonly string[]>();

/** Splits a tool name into lower-case words: `kv_namespace_delete`, `delete-environment`, `getStripeAccount`. */
export function nameWords(name: string): string[] {
  let words = split.get(name);
  if (words === undefined) {
    words = splitWords(name);
    if (split.size < 50_000 && name.length <= 256) split.set(name, words);
  }
  return words as string[];
}

function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
