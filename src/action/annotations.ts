import type { Finding, Severity } from '../model/finding.js';
import { sortFindings } from '../policy/delta.js';

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

const LEVEL: Record<Severity, AnnotationLevel> = { Critical: 'error', High: 'error', Medium: 'warning', Low: 'notice', None: 'notice' };

/**
 * Picks the annotations to print: unwaived findings with a file, most severe first, at most
 * 10 per level, keeping one notice slot free to say how many were left out.
 */
export function planAnnotations(findings: readonly Finding[], pathPrefix = ''): AnnotationPlan {
  const located = sortFindings(findings.filter((f) => f.waived === undefined && f.locations.length > 0));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const candidates = located.map((f) => ({ f, level: LEVEL[f.severity] }));
  const overflow = (Object.keys(used) as AnnotationLevel[]).some((l) => candidates.filter((c) => c.level === l).length > ANNOTATIONS_PER_LEVEL) ||
    candidates.filter((c) => c.level === 'notice').length === ANNOTATIONS_PER_LEVEL;
  const limit = (level: AnnotationLevel) => (level === 'notice' && overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL);

  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const { f, level } of candidates) {
    if (used[level] >= limit(level)) {
      omitted++;
      continue;
    }
    used[level]++;
    const loc = f.locations[0]!;
    annotations.push({
      level,
      title: `${f.severity} ${f.aivss.toFixed(1)} · ${f.id}`.slice(0, 200),
      message: `${f.title}: ${f.message}\nFix: ${f.remediation}`.slice(0, 4000),
      file: joinPath(pathPrefix, loc.path),
      ...(loc.line !== undefined ? { startLine: loc.line } : {}),
      ...(loc.column !== undefined ? { startColumn: loc.column } : {}),
    });
  }
  if (omitted === 0) return { annotations, omitted };
  return { annotations, omitted, overflowNotice: `${omitted} more finding${omitted === 1 ? '' : 's'} not annotated (GitHub shows 10 per level); see the job summary or the SARIF report.` };
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '' || prefix === '.' || prefix === './') return path;
  return `${prefix.replace(/\/+$/, '').replace(/^\.\//, '')}/${path}`;
}
