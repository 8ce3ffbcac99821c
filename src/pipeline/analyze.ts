import type { AivssVersion, InputError, Notice, RepoSnapshot, ScanResult, ToolRecord } from '../model/index.js';
import { buildProfile, loadFiles, type RawFile } from '../manifest/index.js';
import { detectCapabilities } from '../capabilities/index.js';
import { TOOL_VERSION } from '../version.js';

export interface AnalyzeInput {
  files: RawFile[];
  repo: RepoSnapshot;
  /** Errors and notices from the adapter that read the files. */
  errors?: InputError[];
  notices?: Notice[];
  /** Tools observed by live introspection (provenance "observed"). */
  observedTools?: ToolRecord[];
  aivssVersion?: AivssVersion;
}

/**
 * The pure core: load → normalize → capabilities → (factors → controls → findings → decision).
 * Same input, same output, byte for byte.
 */
export function analyze(input: AnalyzeInput): ScanResult {
  const loaded = loadFiles(input.files);
  const profile = buildProfile(
    input.observedTools && input.observedTools.length > 0
      ? [...loaded.fragments, { source: { path: '(live introspection)', format: 'introspection' }, tools: input.observedTools }]
      : loaded.fragments,
    loaded.config,
    loaded.configPath,
  );
  const capabilities = detectCapabilities(profile);
  const aivssVersion = input.aivssVersion ?? profile.config?.aivss?.version ?? '0.8';
  const result: ScanResult = {
    tool: { name: 'mcp-risk-gate', version: TOOL_VERSION },
    aivssVersion,
    server: {
      ...(profile.name !== undefined && { name: profile.name }),
      ...(profile.title !== undefined && { title: profile.title }),
      ...(profile.version !== undefined && { version: profile.version }),
      sources: profile.sources,
    },
    profile,
    capabilities,
    errors: [...(input.errors ?? []), ...loaded.errors],
    notices: [...(input.notices ?? []), ...loaded.notices],
  };
  return result;
}
