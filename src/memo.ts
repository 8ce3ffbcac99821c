/**
 * Keeps the results of a pure function by key, up to `max` entries, then starts over: a scan meets
 * a handful of distinct inputs, and a long batch run must not grow without bound. Results are
 * shared between callers, so they must not be mutated (freeze objects).
 */
export function boundedCache<K, V>(max = 4096): (key: K, make: () => V) => V {
  const entries = new Map<K, V>();
  return (key, make) => {
    if (entries.has(key)) return entries.get(key) as V;
    const value = make();
    if (entries.size >= max) entries.clear();
    entries.set(key, value);
    return value;
  };
}
