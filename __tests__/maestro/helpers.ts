import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildProfile, loadFiles } from '../../src/manifest/index.js';
import { detectCapabilities } from '../../src/capabilities/index.js';
import type { CapabilityProfile } from '../../src/model/capability.js';
import type { ServerProfile } from '../../src/model/profile.js';
import type { RepoSnapshot } from '../../src/model/repo.js';

export interface Loaded {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
  repo: RepoSnapshot;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, root, out);
    else out.push(relative(root, full).split('\\').join('/'));
  }
}

/** Runs the project's own loader and capability detector over a fixture folder. */
export function loadRepo(dir: string): Loaded {
  const paths: string[] = [];
  walk(dir, dir, paths);
  const files = paths.map((p) => ({ path: p, text: readFileSync(join(dir, p), 'utf8') }));
  const loaded = loadFiles(files.filter((f) => /\.(json|ya?ml|snap)$/i.test(f.path)));
  const profile = buildProfile(loaded.fragments, loaded.config, loaded.configPath);
  return {
    profile,
    capabilities: detectCapabilities(profile),
    repo: { files: files.map((f) => ({ path: f.path, size: f.text.length, text: f.text })), truncated: false },
  };
}

/** Loads single manifest files (corpus copies) as if they were a repository of their own. */
export function loadFilesAsRepo(files: { path: string; text: string }[]): Loaded {
  const loaded = loadFiles(files);
  const profile = buildProfile(loaded.fragments, loaded.config, loaded.configPath);
  return {
    profile,
    capabilities: detectCapabilities(profile),
    repo: { files: files.map((f) => ({ path: f.path, size: f.text.length, text: f.text })), truncated: false },
  };
}
