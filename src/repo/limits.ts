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
  /**
   * Bytes of manifests, dumps, profile and lock read in one scan (evidence has its own budget).
   * Hard links or a folder of dumps multiply one file's size: 400 links to a 9.5 MB dump took
   * 4.2 GB. Files past the budget are not read and each is an input error (exit 2).
   */
  maxTotalInputBytes: 32 * 1024 * 1024,
  /** Tools analysed in one scan, from every source together (twice the largest scale tested); more is an input error (exit 2). */
  maxTools: 20_000,
  /**
   * Text of one tool (name, title, description, schemas), in UTF-16 code units; a tool above it is
   * left out of the analysis with an input error (exit 2). Real tools are a few KB.
   */
  maxToolTextChars: 256 * 1024,
} as const;

/** Folders that hold dependencies, VCS data or build output, never the server's own manifests. */
export const SKIPPED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'target', 'vendor', '.venv', 'venv',
  '__pycache__', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.tox', '.gradle', 'bin', 'obj',
]);
