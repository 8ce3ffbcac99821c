import { DEFAULT_AIVSS_VERSION } from '../aivss/versions.js';
import type { AivssVersion, InputError, Notice, ScanResult } from '../model/index.js';
import { buildProfile } from '../manifest/index.js';
import { detectCapabilities } from '../capabilities/index.js';
import { TOOL_VERSION } from '../version.js';

/**
 * A result for a run that could read nothing (the repository folder itself is unusable): the
 * errors say why, and every evaluated field stays undefined. Scoring an empty profile would
 * publish a risk score for a folder nobody saw.
 */
export function unevaluatedResult(errors: InputError[], notices: Notice[] = [], aivssVersion: AivssVersion = DEFAULT_AIVSS_VERSION): ScanResult {
  const profile = buildProfile([]);
  return {
    tool: { name: 'mcp-risk-gate', version: TOOL_VERSION },
    aivssVersion,
    server: { sources: [] },
    profile,
    capabilities: detectCapabilities(profile),
    errors,
    notices,
  };
}
