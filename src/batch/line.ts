import type { PolicyDecision } from '../policy/decide.js';
import type { ScanResult } from '../model/result.js';

/** One repository's NDJSON line: the numbers a fleet dashboard needs (schemas/batch-line.schema.json). */
export interface RepositoryLine {
  type: 'repository';
  /** Position in the input (lines are written in completion order). */
  index: number;
  dir: string;
  server: string | null;
  tools: number | null;
  score: number | null;
  severity: string | null;
  posture: number | null;
  decision: 'pass' | 'fail' | 'warn' | 'error';
  missingControls: number;
  /** Ids of the missing controls that count under fail-on-missing (for the fleet's "most missing"). */
  missing: string[];
  findings: number;
  errors: { path: string; line?: number; message: string }[];
  /** Wall time of this repository, for spotting the slow ones. */
  ms: number;
}

export interface SummaryLine {
  type: 'summary';
  repositories: number;
  pass: number;
  fail: number;
  warn: number;
  error: number;
  /** Repositories stopped by the per-repository time limit (counted under error too). */
  timedOut: number;
  jobs: number;
  ms: number;
  exitCode: 0 | 1 | 2;
}

export type BatchLine = RepositoryLine | SummaryLine;

/** The line of a repository that was scanned and decided. Pure. */
export function repositoryLine(index: number, dir: string, result: ScanResult, decision: PolicyDecision, ms: number): RepositoryLine {
  return {
    type: 'repository',
    index,
    dir,
    server: result.server.name ?? null,
    tools: result.capabilities.surface.toolCount,
    score: result.score ?? null,
    severity: result.severity ?? null,
    posture: result.posture ?? null,
    decision: decision.result,
    missingControls: decision.missingControls.length,
    missing: [...decision.missingControls],
    findings: decision.findings,
    errors: result.errors.map((e) => ({ path: e.path, ...(e.line !== undefined && { line: e.line }), message: e.message })),
    ms,
  };
}

/** The line of a repository that could not be scanned at all (a crash, the time limit). Pure. */
export function errorLine(index: number, dir: string, message: string, ms: number): RepositoryLine {
  return {
    type: 'repository',
    index,
    dir,
    server: null,
    tools: null,
    score: null,
    severity: null,
    posture: null,
    decision: 'error',
    missingControls: 0,
    missing: [],
    findings: 0,
    errors: [{ path: dir, message }],
    ms,
  };
}

/** Running totals; `summary()` gives the final line. */
export class Tally {
  private readonly counts = { pass: 0, fail: 0, warn: 0, error: 0, timedOut: 0 };
  private n = 0;

  add(line: RepositoryLine, timedOut = false): void {
    this.n++;
    this.counts[line.decision]++;
    if (timedOut) this.counts.timedOut++;
  }

  get done(): number {
    return this.n;
  }

  /** Exit code of the batch: 2 if any repository had input errors, else 1 if any failed. */
  exitCode(): 0 | 1 | 2 {
    return this.counts.error > 0 ? 2 : this.counts.fail > 0 ? 1 : 0;
  }

  progress(): string {
    const { fail, warn, error } = this.counts;
    return `${this.n} done: ${fail} fail, ${warn} warn, ${error} error`;
  }

  summary(jobs: number, ms: number): SummaryLine {
    return { type: 'summary', repositories: this.n, ...this.counts, jobs, ms, exitCode: this.exitCode() };
  }
}
