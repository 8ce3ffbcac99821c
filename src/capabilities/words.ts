/** Splits a tool name into lower-case words: `kv_namespace_delete`, `delete-environment`, `getStripeAccount`. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
