import { nominates } from '../manifest/formats/index.js';

/**
 * Whether a file is worth reading as a possible manifest: the format registry's file names
 * (src/manifest/formats). The name only nominates a file; its `$schema` and shape decide what it is.
 */
export function isCandidate(relPath: string): boolean {
  return nominates(relPath);
}

const EVIDENCE_EXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|py|go|rs|java|kt|rb|cs|php|swift|ya?ml|json|toml|md|txt|cfg|ini|sh)$/i;
const EVIDENCE_NAMES = /^(Dockerfile|Containerfile|Makefile|\.?dockerignore|CODEOWNERS|SECURITY|LICENSE)(\..*)?$/i;
const LOCKFILES = new Set(['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lockb', 'poetry.lock', 'uv.lock', 'Cargo.lock', 'go.sum', 'Pipfile.lock', 'composer.lock', 'Gemfile.lock']);

/** Whether a file's text is kept for evidence detectors (lockfiles count by presence only). */
export function wantsEvidenceText(relPath: string): boolean {
  const base = relPath.split('/').pop() ?? '';
  if (LOCKFILES.has(base)) return false;
  return EVIDENCE_EXT.test(base) || EVIDENCE_NAMES.test(base);
}
