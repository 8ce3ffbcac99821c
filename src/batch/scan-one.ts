import type { AivssVersion } from '../model/config.js';
import type { PolicyInputs } from '../policy/settings.js';
import { applyPolicy } from '../policy/gate.js';
import { scanRepository } from '../scan.js';
import { errorLine, repositoryLine, type RepositoryLine } from './line.js';
import type { OrgPolicy } from '../policy/org.js';

/** What every repository of a batch is scanned with; plain data so it crosses to a worker thread. */
export interface BatchScanOptions {
  aivssVersion?: AivssVersion;
  policy: PolicyInputs;
  org?: { policy: OrgPolicy; path: string; baseDir: string };
  introspect?: { command: string; env: string[]; timeoutMs: number };
}

/**
 * Scans one repository and returns its line; never throws: whatever goes wrong is the line's
 * error, so one repository cannot stop the batch.
 */
export async function scanOne(index: number, dir: string, options: BatchScanOptions): Promise<RepositoryLine> {
  const started = Date.now();
  try {
    const outcome = await scanRepository({
      dir,
      // A batch line carries the decision and the numbers, not the fix path or Appendix A.
      explain: false,
      ...(options.aivssVersion !== undefined && { aivssVersion: options.aivssVersion }),
      ...(options.org !== undefined && { org: options.org }),
      ...(options.introspect !== undefined && {
        introspect: { command: options.introspect.command, env: options.introspect.env, allowUntrusted: false, timeoutMs: options.introspect.timeoutMs },
      }),
    });
    const { result, decision } = applyPolicy(outcome.result, undefined, options.policy, options.org);
    return repositoryLine(index, dir, result, decision, Date.now() - started);
  } catch (err) {
    // An internal error in one repository: its line says so; the message, never a stack.
    return errorLine(index, dir, `could not scan: ${err instanceof Error ? err.message : String(err)}`, Date.now() - started);
  }
}
