/** A tool's top-level input properties, each with its JSON Schema `format` when it names one. */
export function inputProperties(schema: unknown): [name: string, format: string | undefined][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const props = (schema as { properties?: unknown }).properties;
  if (typeof props !== 'object' || props === null) return [];
  const out: [string, string | undefined][] = [];
  for (const name in props) {
    const def = (props as Record<string, unknown>)[name];
    const format = typeof def === 'object' && def !== null ? (def as { format?: unknown }).format : undefined;
    out.push([name, typeof format === 'string' ? format : undefined]);
  }
  return out;
}
