/**
 * GitHub CODEOWNERS: which owners a path has. Pure. The last matching line wins, as on GitHub;
 * patterns follow the gitignore rules GitHub documents (anchored with a leading or inner `/`,
 * `*` within a segment, `**` across segments, a trailing `/` for a folder's contents).
 */

/** Where GitHub looks for the file, in its order: the first one found is used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
}

export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (pattern === undefined) return;
    rules.push({ pattern, owners: owners.filter((o) => o.startsWith('@') || o.includes('@')), line: i + 1 });
  });
  return rules;
}

/** The owners of a path (from the repository root, no leading slash); empty when no rule matches or the last match has none. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): string[] {
  const clean = path.replace(/^\/+/, '');
  let owners: string[] = [];
  for (const rule of rules) if (patternRegExp(rule.pattern).test(clean)) owners = rule.owners;
  return owners;
}

function patternRegExp(pattern: string): RegExp {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  // A slash at the start or in the middle anchors the pattern at the root.
  const anchored = p.startsWith('/') || p.includes('/');
  p = p.replace(/^\/+/, '');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '*' && p[i + 1] === '*') {
      if (p[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern naming a folder owns everything under it.
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}${dirOnly ? '/.*' : '(?:/.*)?'}$`);
}
