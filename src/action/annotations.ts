import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/result.js';
import { sortFindings } from '../policy/delta.js';
import { findingRole, type FindingRole } from '../policy/gating.js';
import type { PolicySettings } from '../policy/settings.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings with a location that did not fit GitHub's per-level limit. */
  omitted: number;
  /** The closing notice that says how many more exist, when any were left out. */
  overflowNotice?: string;
}

/** GitHub shows at most 10 annotations per level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** The level follows the policy, not the severity alone: error fails the gate, warning does not, notice informs. */
const LEVEL: Record<FindingRole, AnnotationLevel> = { fails: 'error', warns: 'warning', informs: 'notice' };

export interface AnnotationOptions {
  /** Where the scanned folder sits in the repository. */
  pathPrefix?: string;
  /** The base result, for only-new mode. */
  base?: ScanResult;
}

/**
 * Picks the annotations to print: unwaived findings with a file, the ones that fail the gate
 * first and the worst of them first, at most 10 per level, keeping one notice slot free to say
 * how many were left out. Each finding goes on the first of its lines not already taken, so
 * findings about many tools spread over those tools instead of stacking on the first one.
 */
export function planAnnotations(findings: readonly Finding[], policy: PolicySettings, options: AnnotationOptions = {}): AnnotationPlan {
  const pathPrefix = options.pathPrefix ?? '';
  const located = sortFindings(findings.filter((f) => f.waived === undefined && f.locations.length > 0));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const candidates = located.map((f) => ({ f, level: LEVEL[findingRole(f, policy, options.base)] }));
  const rank: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  candidates.sort((a, b) => rank[a.level] - rank[b.level]);
  const overflow = (Object.keys(used) as AnnotationLevel[]).some((l) => candidates.filter((c) => c.level === l).length > ANNOTATIONS_PER_LEVEL) ||
    candidates.filter((c) => c.level === 'notice').length === ANNOTATIONS_PER_LEVEL;
  const limit = (level: AnnotationLevel) => (level === 'notice' && overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL);

  const taken = new Set<string>();
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const { f, level } of candidates) {
    if (used[level] >= limit(level)) {
      omitted++;
      continue;
    }
    used[level]++;
    const key = (l: Finding['locations'][number]) => `${l.path}:${l.line ?? ''}`;
    const loc = f.locations.find((l) => !taken.has(key(l))) ?? f.locations[0]!;
    taken.add(key(loc));
    const more = f.locations.length > 1 ? ` (and ${f.locations.length - 1} more place${f.locations.length === 2 ? '' : 's'})` : '';
    annotations.push({
      level,
      title: `${f.title} · ${f.severity} ${f.aivss.toFixed(1)}`.slice(0, 200),
      message: `${f.message}${more}\nFix: ${f.fix?.text ?? f.remediation}${f.addFile !== undefined ? `\nAdd ${f.addFile}.` : ''}`.slice(0, 4000),
      file: joinPath(pathPrefix, loc.path),
      ...(loc.line !== undefined ? { startLine: loc.line } : {}),
      ...(loc.column !== undefined ? { startColumn: loc.column } : {}),
    });
  }
  if (omitted === 0) return { annotations, omitted };
  return { annotations, omitted, overflowNotice: `${omitted} more finding${omitted === 1 ? '' : 's'} not annotated (GitHub shows 10 per level); see the job summary or the SARIF report.` };
}

function joinPath(prefix: string, path: string): string {
  if (path === '.' || path === '') return prefix === '' || prefix === '.' || prefix === './' ? '.' : prefix.replace(/\/+$/, '').replace(/^\.\//, '');
  if (prefix === '' || prefix === '.' || prefix === './') return path;
  return `${prefix.replace(/\/+$/, '').replace(/^\.\//, '')}/${path}`;
}
