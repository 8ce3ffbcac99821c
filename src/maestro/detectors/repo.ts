import type { ControlEvidence } from '../../model/control.js';
import type { RepoSnapshot } from '../../model/repo.js';
import { compile, findHits, globToRegExp, isTestPath, matchesAny, selectFiles } from '../text.js';
import { CatalogParamError, MAX_LISTED, bool, optStr, outcome, str, strs } from './types.js';
import type { Detector, DetectorOutcome } from './types.js';

function notSeen(repo: RepoSnapshot, what: string): string {
  return repo.truncated ? `not observed (scan truncated): ${what}` : `absent: ${what}`;
}

/** A file exists at one of the paths; optionally its text matches a pattern. */
export const repoFile: Detector = (ctx, p, name) => {
  const paths = strs(p, 'paths');
  if (!paths || paths.length === 0) throw new CatalogParamError("parameter 'paths' is required");
  const globs = paths.map(globToRegExp);
  const contains = optStr(p, 'contains');
  const files = ctx.repo.files.filter((f) => matchesAny(f.path, globs));
  if (contains === undefined) {
    const satisfied = files.slice(0, MAX_LISTED).map(
      (f): ControlEvidence => ({ strength: 'observed', detector: name, detail: `file ${f.path}`, location: { path: f.path } }),
    );
    return outcome({ satisfied, absent: notSeen(ctx.repo, `no file matching ${paths.join(', ')}`) });
  }
  const hits = findHits(files, compile(contains, optStr(p, 'flags')));
  const satisfied = hits.map(
    (h): ControlEvidence => ({
      strength: 'observed',
      detector: name,
      detail: `${h.path}:${h.line}: ${h.excerpt}`,
      location: { path: h.path, line: h.line },
    }),
  );
  const where = files.length === 0 ? `no file matching ${paths.join(', ')}` : `no match in ${files.length} file(s)`;
  return outcome({ satisfied, absent: notSeen(ctx.repo, where) });
};

/**
 * A regex over source text. With role `violates` a hit is counter-evidence; with
 * `absenceIsEvidence` a clean, complete scan of at least one source file counts for the control.
 */
export const sourceSignal: Detector = (ctx, p, name) => {
  const re = compile(str(p, 'pattern'), optStr(p, 'flags'));
  const include = strs(p, 'include');
  const files = selectFiles(ctx.repo, { ...(include ? { include } : {}), includeTests: bool(p, 'includeTests') });
  const violates = optStr(p, 'role') === 'violates';
  const hits = findHits(files, re);
  const evidence = hits.map(
    (h): ControlEvidence => ({
      strength: 'observed',
      detector: name,
      detail: `${h.path}:${h.line}: ${h.excerpt}`,
      location: { path: h.path, line: h.line },
      ...(violates ? { against: true } : {}),
    }),
  );
  if (!violates) {
    return outcome({
      satisfied: evidence,
      absent: files.length === 0 ? notSeen(ctx.repo, 'no source files to scan') : notSeen(ctx.repo, `no match in ${files.length} source file(s)`),
    });
  }
  if (evidence.length > 0) return outcome({ against: evidence, absent: 'counter-evidence found' });
  if (bool(p, 'absenceIsEvidence') && files.length > 0 && !ctx.repo.truncated) {
    return outcome({
      satisfied: [{ strength: 'observed', detector: name, detail: `no match in ${files.length} scanned source file(s)` }],
      absent: '',
    });
  }
  return outcome({
    absent:
      files.length === 0
        ? 'absent: no source files to scan, so the pattern cannot be ruled out'
        : notSeen(ctx.repo, `no match in ${files.length} source file(s), but the scan is incomplete`),
  });
};

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
// `uses:` value up to whitespace, quote or comment; bounded by the line, so linear.
const USES = /^[ \t-]*uses:[ \t]*['"]?([^\s'"#]+)/gm;
const SHA40 = /^[0-9a-f]{40}$/;

/** Third-party actions pinned to full commit SHAs; tag pins are counter-evidence unless the owner is trusted. */
export const workflowPins: Detector = (ctx, p, name) => {
  const trusted = new Set((strs(p, 'trustedOwners') ?? []).map((o) => o.toLowerCase()));
  const files = ctx.repo.files.filter((f) => WORKFLOW.test(f.path) && f.text !== undefined);
  if (files.length === 0) return outcome({ absent: notSeen(ctx.repo, 'no workflow files') });
  const against: ControlEvidence[] = [];
  let pinned = 0;
  let trustedTags = 0;
  for (const f of files) {
    const text = f.text ?? '';
    const lines = text.split('\n');
    lines.forEach((lineText, i) => {
      USES.lastIndex = 0;
      const m = USES.exec(lineText);
      const ref = m?.[1];
      if (!ref || ref.startsWith('./') || ref.startsWith('docker://')) return;
      const at = ref.lastIndexOf('@');
      const version = at >= 0 ? ref.slice(at + 1) : '';
      if (SHA40.test(version)) {
        pinned++;
        return;
      }
      const owner = (ref.split('/')[0] ?? '').toLowerCase();
      if (trusted.has(owner)) {
        trustedTags++;
        return;
      }
      if (against.length < MAX_LISTED) {
        against.push({
          strength: 'observed',
          detector: name,
          detail: `${f.path}:${i + 1}: ${ref} is not pinned to a commit SHA`,
          location: { path: f.path, line: i + 1 },
          against: true,
        });
      }
    });
  }
  const satisfied: ControlEvidence[] =
    against.length === 0 && pinned + trustedTags > 0
      ? [
          {
            strength: 'observed',
            detector: name,
            detail: `${pinned} action reference(s) pinned to SHAs${trustedTags ? `, ${trustedTags} first-party tag reference(s)` : ''}`,
          },
        ]
      : [];
  return outcome({ satisfied, against, absent: against.length ? 'unpinned third-party actions' : 'absent: no action references' });
};

const DOCKERFILE = /(?:^|\/)(?:Dockerfile|Containerfile)(?:\.[^/]*)?$|\.dockerfile$/i;
const ROOT_USERS = new Set(['root', '0', '0:0', 'root:root']);

/** The final stage of each Dockerfile runs as a non-root USER. */
export const dockerfileUser: Detector = (ctx, _p, name) => {
  const files = ctx.repo.files.filter(
    (f) => DOCKERFILE.test(f.path) && f.text !== undefined && !f.path.includes('.devcontainer/') && !isTestPath(f.path),
  );
  if (files.length === 0) return outcome({ absent: notSeen(ctx.repo, 'no Dockerfile') });
  const satisfied: ControlEvidence[] = [];
  const against: ControlEvidence[] = [];
  for (const f of files) {
    let user: { name: string; line: number } | undefined;
    let fromLine = 1;
    (f.text ?? '').split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (/^FROM\s/i.test(line)) {
        user = undefined; // a new stage starts as root again
        fromLine = i + 1;
      }
      const m = /^USER\s+(\S+)/i.exec(line);
      if (m?.[1]) user = { name: m[1], line: i + 1 };
    });
    if (user && !ROOT_USERS.has(user.name.toLowerCase())) {
      satisfied.push({ strength: 'observed', detector: name, detail: `${f.path}: USER ${user.name}`, location: { path: f.path, line: user.line } });
    } else {
      against.push({
        strength: 'observed',
        detector: name,
        detail: `${f.path}: final stage runs as root (${user ? `USER ${user.name}` : 'no USER'})`,
        location: { path: f.path, line: user?.line ?? fromLine },
        against: true,
      });
    }
  }
  return outcome({ satisfied, against, absent: 'absent: every Dockerfile runs as root' });
};

export type { DetectorOutcome };
