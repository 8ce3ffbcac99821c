import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import { scanRepository } from '../../src/scan.js';
import { applyPolicy } from '../../src/policy/gate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { catalog } from '../../src/maestro/catalog.js';

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
