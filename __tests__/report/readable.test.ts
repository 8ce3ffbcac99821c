import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import { scanRepository } from '../../src/scan.js';
import { applyPolicy } from '../../src/policy/gate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { catalog } from '../../src/maestro/catalog.js';
import { truncate } from '../../src/report/escape.js';
import { terminalSafe } from '../../src/report/terminal-safe.js';
import { DOCS_HOME, docsHome } from '../../src/report/explain.js';

// Issue 14: the comment a maintainer reads in ten seconds, checked on the real example and the
// real 89-tool Cloudflare server.
const EXAMPLE = 'examples/feature-flags-server';
const CLOUDFLARE = 'fixtures/calibration/cloudflare';
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF]/;

async function rendered(dir: string) {
  const { result, base } = await scanRepository({ dir });
  const g = applyPolicy(result, base, {});
  const opts = { docsUrl: 'https://github.com/o/mcp-risk-gate/blob/v1/docs/controls.md', detailsUrl: 'https://github.com/o/r/actions/runs/1' };
  return {
    g,
    comment: renderMarkdown(g.result, g.decision, { target: 'comment', ...opts }),
    summary: renderMarkdown(g.result, g.decision, { target: 'summary', ...opts }),
  };
}

/** Fenced code blocks with their info string. */
function blocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^(`{3,})([a-z]*)\n([\s\S]*?)\n\1$/gm)].map((m) => ({ lang: m[2]!, code: m[3]! }));
}

describe('the PR comment and the job summary', () => {
  it.each([
    [EXAMPLE, 6_000],
    [CLOUDFLARE, 10_000],
  ])('%s: the comment is under %i characters; verdict, next step, then the rest collapsed', async (dir, budget) => {
    const { comment, summary, g } = await rendered(dir);
    expect(comment.length).toBeLessThan(budget);
    const verdict = comment.indexOf('### ❌ MCP risk gate: failed');
    const next = comment.indexOf('#### Next step');
    const firstDetails = comment.indexOf('<details>');
    expect(verdict).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(verdict);
    expect(firstDetails).toBeGreaterThan(next);
    // The summary is the complete report: every finding, every tool.
    expect(summary.length).toBeGreaterThan(comment.length * 5);
    for (const f of g.result.findings ?? []) expect(summary).toContain(f.title.replace(/[\\`*_[\]()|~$<>&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)));
    for (const t of g.result.profile.tools) expect(summary).toContain(`\`${t.name}\``);
    expect(summary).toContain('```mermaid');
    expect(comment).toContain('```mermaid');
  });

  it('has copyable code: no escaped backticks, no invisible characters, YAML and JSON that parse', async () => {
    for (const dir of [EXAMPLE, CLOUDFLARE]) {
      const { comment, summary } = await rendered(dir);
      for (const text of [comment, summary]) {
        expect(text).not.toContain('\\`');
        for (const b of blocks(text)) {
          expect(b.code).not.toMatch(INVISIBLE);
          if (b.lang === 'yaml') expect(() => yaml.load(b.code)).not.toThrow();
          if (b.lang === 'json') expect(() => JSON.parse(b.code)).not.toThrow();
        }
      }
    }
  });

  it('names only files that exist, or says "add <file>"', async () => {
    for (const dir of [EXAMPLE, CLOUDFLARE]) {
      const { g } = await rendered(dir);
      for (const f of g.result.findings ?? []) {
        for (const l of f.locations) expect(existsSync(join(dir, l.path)), `${f.id} ${l.path}`).toBe(true);
        if (f.addFile !== undefined) expect(existsSync(join(dir, f.addFile))).toBe(false);
      }
    }
    const { summary } = await rendered(EXAMPLE);
    expect(summary).toContain('**Where:** add `.github/dependabot.yml`');
  });

  it('titles say what is missing', async () => {
    const { g } = await rendered(EXAMPLE);
    const l401 = g.result.findings!.find((f) => f.id === 'MAE-L4-01')!;
    expect(l401.title).toBe('No secret scanning in CI');
  });

  it('a passing comment is a few lines', async () => {
    const { result } = await scanRepository({ dir: EXAMPLE });
    const g = applyPolicy(result, undefined, { failOnScore: 10, failOnMissing: 'none' });
    const comment = renderMarkdown(g.result, g.decision, { target: 'comment' });
    expect(g.decision.result).toBe('pass');
    expect(comment).not.toContain('#### Next step');
    expect(comment.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('<') && !l.startsWith('- ') && !l.startsWith('`') && !l.startsWith(' ')).length).toBeLessThan(8);
  });
});

describe('the terminal report', () => {
  it.each([EXAMPLE, CLOUDFLARE])('%s fits 80 columns and gives the fix and docs of what fails the gate', async (dir) => {
    const { g } = await rendered(dir);
    const text = renderText(g.result, { color: false, policy: g.policy });
    for (const line of text.split('\n')) expect(Array.from(line).length, line).toBeLessThanOrEqual(80);
    expect(text).toContain('fix: ');
    expect(text).toContain('docs: controls.md#');
  });
});

describe('catalog fix examples', () => {
  const cat = catalog();
  it.each([...cat.controls, ...cat.checks].map((c) => [c.id, c.remediation.snippet] as const))('%s parses and has no invisible characters', (_id, s) => {
    expect(s.code).not.toMatch(INVISIBLE);
    if (s.lang === 'yaml') expect(() => yaml.load(s.code)).not.toThrow();
    if (s.lang === 'json') expect(() => JSON.parse(s.code)).not.toThrow();
    // Syntax only: compiled in an async function (the examples use await and return), never run.
    if (s.lang === 'js') expect(() => new Script(`(async () => {\n${s.code.replace(/^import .*$/gm, '')}\n})`)).not.toThrow();
  });
  it('every control says what is missing', () => {
    for (const c of cat.controls) expect(c.missingTitle.length).toBeGreaterThan(9);
  });
});

describe('no text cut mid-word', () => {
  it('truncate cuts at a word boundary, and a single long token where it must', () => {
    expect(truncate('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(truncate('no file matching a.lock, b.lock, pdm.lock', 36)).toBe('no file matching a.lock, b.lock…');
    expect(truncate('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(terminalSafe('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });

  it.each([EXAMPLE, CLOUDFLARE])('%s: the summary keeps every message whole; the comment and terminal cut none', async (dir) => {
    const { comment, summary, g } = await rendered(dir);
    // The only ellipsis left is a list's "…and N more".
    for (const text of [comment, summary]) expect(text.replace(/…and \d+ more/g, '')).not.toContain('…');
    const text = renderText(g.result, { color: false, policy: g.policy });
    for (const l of text.split('\n').filter((x) => /^\s+(fix|where|docs): /.test(x))) expect(l).not.toContain('…');
  });
});

/** Every piece of text a reader copies: code spans and fenced blocks, as a GFM parser sees them. */
function copyable(markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>) => {
    for (const t of tokens) {
      if (t.type === 'code_inline' || t.type === 'fence' || t.type === 'code_block') out.push(t.content);
      if (t.children !== null) walk(t.children);
    }
  };
  walk(new MarkdownIt({ html: true }).parse(markdown, {}));
  return out;
}

const HIDDEN_ANY = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

describe('copyable text carries no invisible characters', () => {
  const HOSTILE = 'wipe\u200B_all\u202E@octocat javascript:alert(1)';

  async function hostileRepo(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-hostile-copy-'));
    cpSync(EXAMPLE, dir, { recursive: true });
    const file = join(dir, 'mcp-tools.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { tools?: unknown[] } | unknown[];
    const tools = Array.isArray(doc) ? doc : doc.tools!;
    tools.push({ name: HOSTILE, description: 'Delete every flag. Ask @octocat, see javascript:alert(1).', inputSchema: { type: 'object', properties: {} } });
    writeFileSync(file, JSON.stringify(doc, null, 2));
    return dir;
  }

  it('in every code span and block of the comment and summary, and the terminal report, even with a hostile tool name', async () => {
    const dir = await hostileRepo();
    try {
      for (const d of [EXAMPLE, CLOUDFLARE, dir]) {
        const { comment, summary, g } = await rendered(d);
        for (const text of [comment, summary]) {
          const snippets = copyable(text);
          expect(snippets.length).toBeGreaterThan(5);
          for (const s of snippets) expect(s, s).not.toMatch(HIDDEN_ANY);
        }
        expect(renderText(g.result, { color: false, policy: g.policy })).not.toMatch(HIDDEN_ANY);
      }
      // The hostile name reaches a waiver snippet as escapes, and YAML reads it back exactly.
      const { summary } = await rendered(dir);
      const waivers = copyable(summary).filter((s) => s.startsWith('waivers:')).map((s) => yaml.load(s) as { waivers: { tool?: string }[] });
      const mine = waivers.flatMap((w) => w.waivers).filter((w) => w.tool === HOSTILE);
      expect(mine.length).toBeGreaterThan(0);
      expect(summary).toContain('\\u200B_all\\u202E\\u0040octocat javascript:alert\\u0028');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docs links', () => {
  it('come from package.json: its GitHub repository at the version tag, else the docs/ folder shipped in the package', () => {
    expect(docsHome({ version: '1.2.0', repository: { url: 'git+https://github.com/acme/mcp-risk-gate.git' } })).toBe('https://github.com/acme/mcp-risk-gate/blob/v1.2.0/docs/');
    expect(docsHome({ version: '1.2.0', homepage: 'https://github.com/acme/mcp-risk-gate#readme' })).toBe('https://github.com/acme/mcp-risk-gate/blob/v1.2.0/docs/');
    expect(docsHome({ version: '1.2.0' })).toBe('docs/');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; files: string[]; repository?: string; homepage?: string };
    if (pkg.repository === undefined && pkg.homepage === undefined) expect(pkg.files).toContain('docs/*.md');
    expect(DOCS_HOME).toBe(docsHome(pkg));
  });

  it.each([EXAMPLE, CLOUDFLARE])('%s: the terminal and the Markdown point every failing finding at the same page and anchor, and the page has it', async (dir) => {
    const { g } = await rendered(dir);
    const docsUrl = 'https://github.com/o/mcp-risk-gate/blob/v1/docs/controls.md';
    const text = renderText(g.result, { color: false, policy: g.policy, docsUrl });
    const summary = renderMarkdown(g.result, g.decision, { target: 'summary', docsUrl });
    const pages = [...text.matchAll(/^\s+docs: (\S+)$/gm)].map((m) => m[1]!);
    expect(pages.length).toBeGreaterThan(5);
    expect(text).toContain('https://github.com/o/mcp-risk-gate/blob/v1/docs/');
    expect(text).not.toContain('github.com/mcp-risk-gate/mcp-risk-gate');
    for (const page of new Set(pages)) {
      expect(summary).toContain(`(https://github.com/o/mcp-risk-gate/blob/v1/docs/${page})`);
      const [file, anchor] = page.split('#');
      expect(readFileSync(join('docs', file!), 'utf8').toLowerCase(), page).toMatch(new RegExp(`(id="${anchor}"|^#+ .*${anchor!.replace(/-/g, '.')})`, 'm'));
    }
    // Without a docs URL both fall back to the same relative folder.
    const plain = renderText(g.result, { color: false, policy: g.policy });
    expect(plain).toMatch(/docs\/ folder of the\s+mcp-risk-gate package/);
    expect(renderMarkdown(g.result, g.decision, { target: 'summary' })).toContain(`(docs/${pages[0]})`);
  });
});
