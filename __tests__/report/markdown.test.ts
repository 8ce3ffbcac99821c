import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/policy/decide.js';
import { diffResults } from '../../src/policy/delta.js';
import { resolvePolicy } from '../../src/policy/settings.js';
import { COMMENT_MARKER, COMMENT_MAX_CHARS, parseCommentFindingIds, renderMarkdown } from '../../src/report/markdown.js';
import { bareResult, control, finding, scoredResult, tool } from '../policy/fixtures.js';
import type { LayerSummary } from '../../src/model/result.js';

const md = new MarkdownIt({ html: true, linkify: true });

const layers: LayerSummary[] = [
  { layer: 'L3', name: 'Agent Frameworks', required: 3, present: 1, missing: 2, waived: 0 },
  { layer: 'L5', name: 'Evaluation and Observability', required: 1, present: 1, missing: 0, waived: 0 },
];

function evaluated() {
  const r = scoredResult(
    [finding('MAE-L3-02:delete_flag', 8.9, { docs: 'controls.md#mae-l3-02' }), finding('MAE-L5-01', 4.2, { waived: { justification: 'host logs', owner: 'sec', expires: '2027-01-01' } })],
    [control('MAE-L3-02', 'missing'), control('MAE-L5-01', 'waived')],
    { layers, posture: 6.5 },
  );
  return r;
}

describe('renderMarkdown', () => {
  it('starts the comment with the hidden marker and states the verdict, score and posture', () => {
    const r = evaluated();
    const text = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'comment' });
    expect(text.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(text).toContain('### ❌ MCP risk gate: failed');
    expect(text).toContain('**Risk 🟠 8.9 High**');
    expect(text).toContain(') 6.5 / 10');
    expect(text).toContain('1 open finding (1 waived)');
    // The full detail (evidence, fixes, waivers) lives in the job summary.
    const summary = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'summary' });
    expect(summary).toContain('[More about this control](docs/controls.md#mae-l3-02)');
    expect(summary).toContain('**Waived** until 2027-01-01 by sec: host logs');
  });

  it('does not put the marker in the job summary', () => {
    const r = evaluated();
    expect(renderMarkdown(r, decide(r, resolvePolicy()), { target: 'summary' })).not.toContain(COMMENT_MARKER);
  });

  it('renders "not evaluated" for stages that have not run', () => {
    const r = bareResult();
    const text = renderMarkdown(r, { result: 'pass', reasons: [] }, { target: 'comment' });
    expect(text).toContain('**Risk** not evaluated');
    expect(text).toContain('findings not evaluated');
    expect(text).toContain('tools unknown');
    const summary = renderMarkdown(r, { result: 'pass', reasons: [] }, { target: 'summary' });
    expect(summary).toContain('#### MAESTRO controls\n\nNot evaluated.');
    expect(summary).toContain('#### AIVSS agentic factors\n\nNot evaluated.');
  });

  it('shows the delta against the base and what this PR fixed', () => {
    const base = scoredResult([finding('A', 5), finding('B', 8)], [], { posture: 4 });
    base.profile.tools = [tool('list')];
    const head = scoredResult([finding('A', 5), finding('C', 9.2)], [], { posture: 5 });
    head.profile.tools = [tool('list', { description: 'changed' }), tool('drop_db')];
    const text = renderMarkdown(head, decide(head, resolvePolicy()), { target: 'comment', delta: diffResults(base, head) });
    expect(text).toContain('**Risk** 8.0 → 9.2 (+1.2) · **posture** 4.0 → 5.0 (+1.0)');
    expect(text).toContain('**Tools added (1):** `drop_db`');
    expect(text).toContain('**Tools changed (1):** `list` (description)');
    expect(text).toMatch(/\*\*New findings \(1\):\*\* .* 9\.2/);
    expect(text).toMatch(/\*\*Fixed by this PR \(1\):\*\* .* 8\.0/);
  });

  it('records finding ids for the next run and reports what was fixed since then', () => {
    const r = evaluated();
    const first = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'comment' });
    const ids = parseCommentFindingIds(first);
    expect(ids).toEqual(['MAE-L3-02:delete_flag', 'MAE-L5-01']);
    const later = scoredResult([finding('MAE-L5-01', 4.2)]);
    const second = renderMarkdown(later, decide(later, resolvePolicy()), { target: 'comment', previousFindingIds: ids });
    expect(second).toContain('#### Fixed since last run');
    expect(second).toContain('`MAE-L3-02:delete_flag`');
  });

  it('keeps a hostile tool name from closing the hidden id list or injecting markup', () => {
    const nasty = 'x --> <img src=x onerror=alert(1)> @octocat [a](javascript:alert(1))';
    const r = scoredResult([finding(`MAE-L3-02:${nasty}`, 9.5, { tool: nasty, message: `Tool ${nasty} deletes` })]);
    r.server.name = '@admins <script>';
    const text = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'comment' });
    expect(parseCommentFindingIds(text)).toEqual([`MAE-L3-02:${nasty}`]);
    const html = md.render(text);
    expect(html).not.toMatch(/<img|<script/);
    // The only links are our own: the docs and the AIVSS home page.
    const hrefs = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => /href="([^"]*)"/.exec(m[1]!)?.[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^(https:\/\/aivss\.owasp\.org\/|docs\/(controls|terms)\.md#[a-z0-9-]+$)/);
    // GitHub does not resolve mentions inside code; everywhere else they must be broken.
    const prose = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[^<]*<\/code>/g, '').replace(/<[^>]+>/g, '');
    expect(prose).toContain('@\u200Doctocat');
    expect(prose).not.toMatch(/(^|\W)@[a-z]/i);
  });

  it('fits a 100 kB description and thousands of findings within the comment budget, saying what was cut', () => {
    const big = 'A'.repeat(100_000);
    const findings = Array.from({ length: 3000 }, (_, i) => finding(`MAE-L3-02:tool_${i}_${'n'.repeat(80)}`, 9, { message: big, remediation: big, title: big }));
    const r = scoredResult(findings, [], { layers });
    const text = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'comment', detailsUrl: 'https://github.com/o/r/actions/runs/1' });
    // 3000 findings of one rule are one line with a count; the comment needs no cut.
    expect(text.replace(/<!-- mcp-risk-gate:findings [^\n]*\n/, '').length).toBeLessThanOrEqual(10_000);
    expect(text).toContain('3000 tools: `tool_0_');
    expect(text).toContain('(https://github.com/o/r/actions/runs/1)');
  });

  it('fits the summary byte budget with multi-byte text', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding(`F${i}`, 5, { message: '😀'.repeat(400) }));
    const r = scoredResult(findings);
    const text = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'summary', budget: 200_000 });
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(200_000);
    expect(text).toContain('Shortened to fit');
  });

  it('ignores a docs or details URL that could break out of the link', () => {
    const r = evaluated();
    const text = renderMarkdown(r, decide(r, resolvePolicy()), { target: 'comment', docsUrl: 'javascript:alert(1)', detailsUrl: 'https://x/)[y](z' , budget: 2000 });
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('[y](z');
  });

  it('is deterministic', () => {
    const r = evaluated();
    const d = decide(r, resolvePolicy());
    expect(renderMarkdown(r, d, { target: 'summary' })).toBe(renderMarkdown(structuredClone(r), d, { target: 'summary' }));
  });
});
