/** Bounds that keep a hostile repository from exhausting time or memory. */
export const LIMITS = {
  /** A manifest or dump above this is refused with an error (the largest real one, Sentry's, is 220 KB). */
  maxManifestBytes: 10 * 1024 * 1024,
  /** Directory entries visited before the walk stops (reported as truncated). */
  maxEntries: 100_000,
  maxDepth: 32,
  /** Text kept for evidence detectors. */
  maxEvidenceFileBytes: 256 * 1024,
  maxEvidenceTotalBytes: 16 * 1024 * 1024,
  /** Files in a `--tools` folder. */
  maxToolFiles: 5_000,
} as const;

/** Folders that hold dependencies, VCS data or build output, never the server's own manifests. */
export const SKIPPED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'target', 'vendor', '.venv', 'venv',
  '__pycache__', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.tox', '.gradle', 'bin', 'obj',
]);
