import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { anchor, escapeCode, escapeHtml, escapeText, flatten, truncate } from '../../src/report/escape.js';

// A CommonMark renderer with raw HTML and bare-URL linkify on, i.e. at least as permissive as GitHub.
const md = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  '@octocat please look',
  'ping @org/security-team and #123, GH-7',
  'mail me: evil@example.com',
  'see https://evil.example/x and www.evil.example',
  '[click](javascript:alert(1)) ![img](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> </details><details open>',
  '<https://evil.example> [ref]: https://evil.example',
  '`code` ``more`` | a | b |',
  '# heading\n- list\n> quote\n---\n1. ordered',
  '**bold** _em_ ~~strike~~ \\ backslash',
  '&lt;b&gt; &#64;octocat &amp;',
  'hidden\u200Bzero\u202Ereversed\u{E0041}tag',
  'line1\r\nline2\u2028line3',
];

/** Tags a renderer may emit around escaped text; anything else means the text injected markup. */
const STRUCTURAL = new Set(['p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']);

function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

function assertInert(html: string) {
  for (const t of tags(html)) expect(STRUCTURAL.has(t), `unexpected <${t}> in ${html}`).toBe(true);
  const text = textOf(html);
  // What GitHub turns into pings, references or links, looked for in the rendered text.
  expect(text).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d/);
  expect(text).not.toMatch(/:\/\//);
  expect(text).not.toMatch(/\bwww\./i);
}

describe('escapeText', () => {
  it.each(HOSTILE)('renders %j as inert text in a paragraph, a list item and a table cell', (input) => {
    const escaped = escapeText(input, { max: 1000 });
    expect(escaped).not.toContain('\n');
    for (const doc of [escaped, `- ${escaped}`, `| a | b |\n|---|---|\n| ${escaped} | x |`]) {
      const html = md.render(doc);
      assertInert(html);
      if (doc.startsWith('|')) expect(html.match(/<td>/g)).toHaveLength(2);
    }
  });

  it('keeps the visible text the reader should see', () => {
    const html = md.render(escapeText('Use *care* with [x](y) & <b> on C:\\path', { max: 1000 }));
    // The zero-width joiners that defuse links are invisible; everything else reads as written.
    expect(textOf(html).replace(/\u200D/g, '')).toBe('Use *care* with [x](y) & <b> on C:\\path');
  });

  it('shows hidden and bidi characters instead of rendering them', () => {
    expect(flatten('a\u200Bb\u202Ec\u{E0041}')).toBe('a⟦U+200B⟧b⟦U+202E⟧c⟦U+E0041⟧');
  });

  it('stays inert for any string (property)', () => {
    const alphabet = fc.constantFrom(...'@#:/wW.<>&[]()!`*_|\\-~ \n"\'=ab1h'.split(''), 'www.', 'http://', '<img ', '](javascript:', '\u200B');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (input) => {
        const escaped = escapeText(input, { max: 1000 });
        assertInert(md.render(`| h |\n|---|\n| ${escaped} |`));
        assertInert(md.render(`- ${escaped}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeCode', () => {
  it('cannot be closed early by backticks in the text', () => {
    const html = md.render(`x ${escapeCode('a `` b ` c')} y`);
    expect(html).toBe('<p>x <code>a `` b ` c</code> y</p>\n');
  });

  it('keeps table cells intact when the text has pipes', () => {
    const html = md.render(`| a | b |\n|---|---|\n| ${escapeCode('x | y', { inTable: true })} | z |`);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('<code>x | y</code>');
  });

  it('renders HTML and mentions literally', () => {
    const html = md.render(escapeCode('<img src=x> @octocat https://e.x'));
    expect(tags(html)).toEqual(['p', 'code', 'code', 'p']);
  });
});

describe('truncate, escapeHtml and anchor', () => {
  it('cuts by code points without splitting surrogate pairs', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('bounds a 100 kB description', () => {
    expect(escapeText('x'.repeat(100_000), { max: 500 }).length).toBeLessThan(600);
  });

  it('escapes HTML for our own summary tags', () => {
    expect(escapeHtml('</summary><b>"x"')).toBe('&lt;/summary&gt;&lt;b&gt;&quot;x&quot;');
  });

  it('reduces anchors to [a-z0-9-]', () => {
    expect(anchor('MAE-L3-02')).toBe('mae-l3-02');
    expect(anchor('x")<script>')).toBe('x-script');
  });
});
