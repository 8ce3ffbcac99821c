/**
 * A value made on first use, then kept. With `lazy(() => require('pkg'))` the bundler turns the
 * require into a lazy initializer, so a module only some scans need costs nothing at start-up.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
