/**
 * File names worth reading as possible manifests. The name only nominates a file; its `$schema`
 * and shape decide what it is (src/manifest/detect.ts).
 */
const CANDIDATE_NAMES = new Set([
  'server.json', 'manifest.json', 'manifest.template.json', 'smithery.yaml', 'smithery.yml',
  'server.yaml', 'server.yml', 'spec.yaml', 'spec.yml', 'gemini-extension.json', '.mcp.json', 'mcp.json',
]);
const TOOL_DUMP_RE = /^(mcp[-_.]?tools|tools|tool[-_]?definitions|list[-_]?tools|tools[-_]?list)\.json$/i;

export function isCandidate(relPath: string): boolean {
  const parts = relPath.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (CANDIDATE_NAMES.has(base) || TOOL_DUMP_RE.test(base)) return true;
  // GitHub's tool snapshots: one tools/list entry per file under __toolsnaps__.
  return base.endsWith('.snap') && parts.includes('__toolsnaps__');
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
