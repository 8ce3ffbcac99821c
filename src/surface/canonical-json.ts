/**
 * RFC 8785 (JCS) style canonical JSON: object keys sorted by UTF-16 code units,
 * ECMAScript number and string serialisation, no whitespace. `undefined` members
 * are dropped as JSON.stringify drops them, so an absent field and an undefined one hash alike.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, new Set());
}

function serialise(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      // ECMAScript Number::toString is exactly the RFC 8785 number form; -0 becomes 0.
      return JSON.stringify(value);
    case 'string':
      // JSON.stringify escapes as RFC 8785 requires (short escapes, \u00XX for other controls, lone surrogates as \uXXXX).
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError('canonicalJson: cyclic structure');
  seen.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = '[' + obj.map((item: unknown) => (item === undefined ? 'null' : serialise(item, seen))).join(',') + ']';
  } else {
    const record = obj as Record<string, unknown>;
    // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 asks for.
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    out = '{' + keys.map((k) => JSON.stringify(k) + ':' + serialise(record[k], seen)).join(',') + '}';
  }
  seen.delete(obj);
  return out;
}
