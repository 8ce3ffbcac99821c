import type { AivssVersion, ScanResult } from './model/index.js';
import { discover, type DiscoverOptions } from './repo/discover.js';
import { analyze } from './pipeline/analyze.js';

export interface ScanOptions extends DiscoverOptions {
  aivssVersion?: AivssVersion;
}

export interface ScanOutcome {
  result: ScanResult;
  /** 2 when any input could not be read or is invalid; the report is still complete for the rest. */
  exitCode: 0 | 2;
}

/** Adapter-level entry: read the repository, then run the pure pipeline on what was read. */
export async function scanRepository(options: ScanOptions): Promise<ScanOutcome> {
  const found = await discover(options);
  const result = analyze({
    files: found.files,
    repo: found.repo,
    errors: found.errors,
    notices: found.notices,
    ...(options.aivssVersion && { aivssVersion: options.aivssVersion }),
  });
  return { result, exitCode: result.errors.length > 0 ? 2 : 0 };
}
