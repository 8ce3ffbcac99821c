/**
 * Hostile repositories, built in temporary folders and scanned through the CLI in-process.
 * Each case asserts that the gate still decides (pass/fail/exit 2 as it should), says what it
 * refused (errors or notices naming the file), and that nothing from the repository steers the
 * output (no raw escapes in text, valid SARIF, Markdown structure intact).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cli, type CliRun } from '../helpers/run-cli.js';
import { tempDir, tempRepo } from '../helpers/temp-repo.js';
import { LIMITS } from '../../src/repo/limits.js';

const SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
const REGRESSIONS = join(import.meta.dirname, '../../fixtures/regressions');
const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');

const SERVER = JSON.stringify(
  {
    $schema: SCHEMA,
    name: 'io.github.example/hostile',
    version: '1.0.0',
    packages: [{ registryType: 'npm', identifier: '@example/hostile', version: '1.0.0', transport: { type: 'stdio' } }],
  },
  null,
  2,
);

interface Report {
  tools: { name: string; readOnly: boolean; destructive: boolean }[];
  surface: { toolCount: number; readOnly: number; destructive: number; unknown: boolean };
  server: { name: string | null; sources: { path: string; format: string }[] };
  findings?: { id: string; aivss: number; waived?: unknown }[];
  waivers?: { id: string; state: string; message: string }[];
  decision?: { result: string; reasons: string[] };
  errors: { path: string; line?: number; column?: number; message: string; hint?: string }[];
  notices: { path: string; message: string }[];
}

function report(run: CliRun): Report {
  return JSON.parse(run.stdout) as Report;
}

/** No stack trace ever reaches the user. */
function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

async function scanJson(dir: string, ...extra: string[]): Promise<{ run: CliRun; r: Report }> {
  const run = await cli('scan', dir, '--format', 'json', ...extra);
  expectNoCrash(run);
  return { run, r: report(run) };
}

describe('size: thousands of files, deep folders, huge and binary files', () => {
  it('5,000 small files in nested folders are all walked; the manifest among them is found', async () => {
    const files: Record<string, string> = { 'server.json': SERVER };
    for (let i = 0; i < 5_000; i++) files[`src/m${i % 50}/sub${i % 7}/f${i}.ts`] = `export const x${i} = ${i};\n`;
    const dir = tempRepo(files);
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(r.errors).toEqual([]);
    expect(r.server.sources.map((s) => s.path)).toEqual(['server.json']);
    // Nothing was cut: 5,000 files are far below the walk's entry limit.
    expect(r.notices.filter((n) => /walk stopped/.test(n.message))).toEqual([]);
  });

  it(`folders deeper than the walk's depth limit (${LIMITS.maxDepth}) stop the walk there and say so`, async () => {
    const deep = Array.from({ length: LIMITS.maxDepth + 8 }, (_, i) => `d${i}`).join('/');
    // A broken manifest below the limit must not be read: the walk never gets there.
    const dir = tempRepo({ 'server.json': SERVER, [`${deep}/server.json`]: '{ not json', 'd0/d1/tools.json': JSON.stringify([{ name: 'shallow_tool', inputSchema: { type: 'object' } }]) });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(r.errors).toEqual([]);
    expect(r.notices).toContainEqual({ path: '.', message: expect.stringMatching(new RegExp(`walk stopped .*depth ${LIMITS.maxDepth}`)) });
    expect(r.server.sources.map((s) => s.path).sort()).toEqual(['d0/d1/tools.json', 'server.json']);
    expect(r.tools.map((t) => t.name)).toEqual(['shallow_tool']);
  });

  it('a huge manifest is refused before reading; a huge or binary evidence file is skipped; the gate still decides', async () => {
    const dir = tempRepo({ 'server.json': SERVER, 'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff]) });
    const big = Buffer.alloc(LIMITS.maxManifestBytes + 1024, 0x20);
    big.write('[{"name": "x", "inputSchema": {"type": "object"}}]');
    writeFileSync(join(dir, 'tools.json'), big);
    writeFileSync(join(dir, 'README.md'), Buffer.alloc(LIMITS.maxEvidenceFileBytes + 1, 0x61));
    writeFileSync(join(dir, 'src.ts'), Buffer.concat([Buffer.from('const a = 1;'), Buffer.alloc(16, 0)]));
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    expect(r.errors).toEqual([expect.objectContaining({ path: 'tools.json', line: 1, message: expect.stringMatching(/too large/), hint: expect.any(String) })]);
    expect(run.stderr).toMatch(/tools\.json:1:1: file is too large/);
    // The rest was still evaluated: the server manifest is read and a decision is recorded, `error`
    // because an input is missing from it, with the policy failures of the rest among its reasons.
    expect(r.server.sources.map((s) => s.path)).toEqual(['server.json']);
    expect(r.decision?.result).toBe('error');
    expect(r.decision?.reasons.join('\n')).toMatch(/fail-on-score|missing required/);
  });

  it('a binary manifest is refused with its name', async () => {
    const dir = tempRepo({ 'server.json': SERVER, 'manifest.json': Buffer.from([0x7b, 0x22, 0x00, 0x01, 0xff, 0x7d]) });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    expect(r.errors).toEqual([expect.objectContaining({ path: 'manifest.json', message: expect.stringMatching(/binary file/) })]);
  });
});

describe('symbolic links: loops and escapes are never followed', () => {
  it('folder loops, file loops, and links out of the repository (files and folders) are refused or noted', async () => {
    const outside = tempRepo({
      'secret.md': 'OUTSIDE-SECRET-CONTENT',
      'pkg/server.json': JSON.stringify({ $schema: SCHEMA, name: 'io.outside/leaked', version: '9.9.9' }),
      'tools.json': JSON.stringify([{ name: 'OUTSIDE_TOOL', inputSchema: { type: 'object' } }]),
    });
    const dir = tempRepo({ 'server.json': SERVER });
    symlinkSync('.', join(dir, 'loop')); // folder loop
    mkdirSync(join(dir, 'a'));
    symlinkSync('..', join(dir, 'a', 'up')); // loop through a parent
    symlinkSync('b.md', join(dir, 'a.md')); // file loop
    symlinkSync('a.md', join(dir, 'b.md'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'SECURITY.md')); // file out of the repository
    symlinkSync(join(outside, 'pkg'), join(dir, 'vendored')); // folder out of the repository
    symlinkSync(join(outside, 'tools.json'), join(dir, 'mcp-tools.json')); // manifest out of the repository
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    expect(r.errors).toEqual([expect.objectContaining({ path: 'mcp-tools.json', message: expect.stringMatching(/symbolic link points outside the repository/) })]);
    expect(r.notices).toEqual(
      expect.arrayContaining([
        { path: 'loop', message: 'symbolic link to a folder not followed' },
        { path: 'a/up', message: 'symbolic link to a folder not followed' },
        { path: 'vendored', message: 'symbolic link to a folder not followed' },
        { path: 'SECURITY.md', message: expect.stringMatching(/outside the repository/) },
        { path: 'a.md', message: expect.stringMatching(/broken or looping/) },
        { path: 'b.md', message: expect.stringMatching(/broken or looping/) },
      ]),
    );
    expect(run.stdout).not.toContain('OUTSIDE');
    expect(run.stdout).not.toContain('io.outside/leaked');
    expect(r.server.sources.map((s) => s.path)).toEqual(['server.json']);
  });

  it('a profile cannot point the gate at files outside the repository (regression: profile-paths-outside-repo)', async () => {
    const outside = tempDir();
    mkdirSync(join(outside, 'outside'));
    writeFileSync(join(outside, 'outside', 'server.json'), JSON.stringify({ $schema: SCHEMA, name: 'io.outside/leaked', version: '9.9.9' }));
    writeFileSync(join(outside, 'outside', 'tools.json'), JSON.stringify([{ name: 'OUTSIDE_TOOL', inputSchema: { type: 'object' } }]));
    const dir = join(outside, 'repo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'server.json'), SERVER);
    // The regression profile, plus one more entry that leaves through a link inside the repository.
    const profile = readFileSync(join(REGRESSIONS, 'profile-paths-outside-repo.mcp-risk.yml'), 'utf8');
    writeFileSync(join(dir, '.mcp-risk.yml'), profile.replace('tools:', '  - linked/server.json\ntools:'));
    symlinkSync(join(outside, 'outside'), join(dir, 'linked'));
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    const refused = r.errors.filter((e) => e.path === '.mcp-risk.yml' && /points outside the repository/.test(e.message));
    expect(refused.map((e) => e.message.match(/"(.*)"/)?.[1])).toEqual(['/etc/hostname', '../outside/server.json', 'linked/server.json', '../outside/tools.json']);
    expect(run.stdout).not.toContain('OUTSIDE_TOOL');
    expect(run.stdout).not.toContain('io.outside/leaked');
    expect(r.server.sources.map((s) => s.path)).toEqual(['server.json']);
  });
});

describe('a hostile .mcp-risk.yml', () => {
  it('waiving everything without justification is a schema error (exit 2), not a pass', async () => {
    const dir = tempRepo({
      'server.json': SERVER,
      '.mcp-risk.yml': 'version: 1\nwaivers:\n  - id: MAE-L4-04\n    expires: 2099-01-01\n  - id: "*"\n    expires: 2099-01-01\n    justification: ""\n',
    });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '.mcp-risk.yml', line: 3, message: expect.stringMatching(/missing the required field "justification"/) }),
        expect.objectContaining({ path: '.mcp-risk.yml', message: expect.stringMatching(/justification must NOT have fewer than 10 characters/) }),
      ]),
    );
    expect(r.waivers).toBeUndefined();
    expect((r.findings ?? []).filter((f) => f.waived !== undefined)).toEqual([]);
  });

  it('waivers that expired are reported expired and not applied; the gate still fails', async () => {
    const base = await scanJson(tempRepo({ 'server.json': SERVER }));
    const ids = (base.r.findings ?? []).map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    const waivers = ids.map((id) => `  - id: "${id}"\n    justification: "accepted risk for the quarter"\n    expires: 2020-01-01\n`).join('');
    const dir = tempRepo({ 'server.json': SERVER, '.mcp-risk.yml': `version: 1\nwaivers:\n${waivers}` });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(r.decision?.result).toBe('fail');
    expect(r.waivers?.map((w) => w.state)).toEqual(ids.map(() => 'expired'));
    expect(r.waivers?.[0]?.message).toMatch(/expired on 2020-01-01; it is not applied/);
    expect((r.findings ?? []).filter((f) => f.waived !== undefined)).toEqual([]);
  });

  it.each([
    ['!!js/function', 'version: 1\nserver:\n  name: !!js/function "function () { return process.exit(0) }"\n'],
    ['!include', 'version: 1\nmanifests: !include /etc/passwd\n'],
    ['!!python/object', 'version: 1\nserver: !!python/object:os.system ["id"]\n'],
  ])('custom YAML tag %s is refused with its line', async (tag, text) => {
    const dir = tempRepo({ 'server.json': SERVER, '.mcp-risk.yml': text });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    expect(r.errors).toEqual([expect.objectContaining({ path: '.mcp-risk.yml', line: expect.any(Number), message: expect.stringMatching(/invalid YAML: unknown (scalar |sequence |mapping )?tag/), hint: expect.stringMatching(/custom tag/) })]);
    expect(r.errors[0]!.message).toContain(tag.replace(/^!!/, ''));
  });

  it('a custom tag in a discovered smithery.yaml is refused too, and the other manifests still count', async () => {
    const dir = tempRepo({ 'server.json': SERVER, 'smithery.yaml': 'startCommand:\n  type: stdio\n  commandFunction: !!js/function "() => ({command: \'sh\'})"\n' });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(2);
    expect(r.errors).toEqual([expect.objectContaining({ path: 'smithery.yaml', line: 3, message: expect.stringMatching(/invalid YAML: unknown scalar tag/) })]);
    expect(r.server.sources.map((s) => s.path)).toEqual(['server.json']);
  });
});

describe('scale: a manifest with 10,000 tools', () => {
  it('finishes, counts every tool, and every format stays within its bounds', async () => {
    const tools = Array.from({ length: 10_000 }, (_, i) => ({
      name: `tool_${String(i).padStart(5, '0')}`,
      description: `Tool number ${i}.`,
      inputSchema: { type: 'object', properties: { id: { type: 'string' } } },
      annotations: i % 4 === 0 ? { readOnlyHint: true } : { readOnlyHint: false, destructiveHint: i % 4 === 1 },
    }));
    const dir = tempRepo({ 'server.json': SERVER, 'tools.json': JSON.stringify({ tools }) });
    const { run, r } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(r.errors).toEqual([]);
    expect(r.tools).toHaveLength(10_000);
    expect(r.surface).toMatchObject({ toolCount: 10_000, readOnly: 2_500, destructive: 2_500, unknown: false });
    const md = await cli('scan', dir, '--format', 'markdown');
    expect(md.code).toBe(1);
    expect(new TextEncoder().encode(md.stdout).length).toBeLessThanOrEqual(1_000_000);
    const sarif = await cli('scan', dir, '--format', 'sarif');
    expect(sarif.code).toBe(1);
    expect((JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] }).runs[0]!.results.length).toBeLessThanOrEqual(5_000);
  });
});

describe('tool names and descriptions built to break the outputs', () => {
  const NASTY = [
    'clear\u001b[2J\u001b[H\u001b[31mscreen',
    'over\rwrite',
    'bell\u0007osc\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
    'rtl\u202eexe.txt',
    'tick`s``and```fences',
    'pipe|in|table',
    '</details></summary><h1>owned</h1>',
    '<!-- hide the rest',
    '--> closed',
    '@org/team #1 https://evil.example',
    '[link](javascript:alert(1))',
  ];
  const tools = NASTY.map((n) => ({
    name: n,
    title: n,
    description: `${n}\n\n# Heading\n| a | b |\n|---|---|\n</details>\u001b[2J`,
    inputSchema: { type: 'object' },
  }));
  const files = () =>
    tempRepo({
      'server.json': JSON.stringify({ ...JSON.parse(SERVER), title: 'T\u001b[2J</details>|`', description: 'D\r\u001b[1A<!--' }, null, 2),
      'tools.json': JSON.stringify({ tools }, null, 2),
      'fixtures-regression.json': readFileSync(join(REGRESSIONS, 'sarif-control-chars-in-tool-names.tools.json'), 'utf8'),
    });

  it('text: no raw ESC, CR or other control characters reach the terminal', async () => {
    const run = await cli('scan', files(), '--format', 'text', '--no-color');
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('Tools  11');
  });

  it('SARIF: valid JSON, names kept exact in properties, escaped in every human-readable text', async () => {
    const run = await cli('scan', files(), '--format', 'sarif');
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: { results: { message: { text: string }; properties: { tool?: string } }[]; tool: { driver: { rules: { fullDescription?: { text: string }; shortDescription?: { text: string } }[] } } }[];
    };
    const runs = log.runs[0]!;
    const texts = [...runs.results.map((x) => x.message.text), ...runs.tool.driver.rules.flatMap((x) => [x.fullDescription?.text ?? '', x.shortDescription?.text ?? ''])];
    for (const t of texts) expect(t).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // The name is still recognisable, with its escape shown (⟦U+001B⟧ or \u001b, depending on who escaped it).
    expect(texts.join('\n')).toMatch(/clear(⟦U\+001B⟧|\\u\{?0*1b\}?)\[2J/i);
    // Names that identify a finding's tool stay exact in machine-readable properties.
    expect(runs.results.map((x) => x.properties.tool)).toContain(NASTY[0]);
  });

  it('Markdown: the structure survives (one details block per section, no injected HTML, headings or comments)', async () => {
    const run = await cli('scan', files(), '--format', 'markdown');
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const text = run.stdout;
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(text).not.toMatch(/^# Heading/m);
    // Rendered as GitHub would (raw HTML allowed): every <details> is ours and closed by us; names
    // that look like tags or comments stay text (code spans or entities), never markup.
    const html = new MarkdownIt({ html: true, linkify: true }).render(text);
    const opened = (html.match(/<details[ >]/g) ?? []).length;
    // Ours only: one per collapsible block the renderer writes at the start of a line.
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBe((text.match(/^<details/gm) ?? []).length);
    expect((html.match(/<\/details>/g) ?? []).length).toBe(opened);
    expect((html.match(/<\/summary>/g) ?? []).length).toBe(opened);
    expect(html).not.toMatch(/<h1>|<script|<!--|href="javascript:|href="https:\/\/evil/);
    expect(html).toContain('&lt;/details&gt;&lt;/summary&gt;&lt;h1&gt;owned&lt;/h1&gt;');
    // Each line of a table has the same number of cells as its header: no pipe broke out.
    for (const block of text.split('\n\n')) {
      const rows = block.split('\n').filter((l) => l.startsWith('|'));
      if (rows.length < 2) continue;
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(cells(row)).toBe(cells(rows[0]!));
    }
  });

  it('the real corpus with hostile names appended still renders in every format', async () => {
    const corpusFile = readFileSync(join(CORPUS, 'mongodb-js__mongodb-mcp-server__mcp-tools.json'), 'utf8');
    const dump = JSON.parse(corpusFile) as { name: string }[] | { tools: { name: string }[] };
    const list = Array.isArray(dump) ? dump : dump.tools;
    list.push(...tools);
    const dir = tempRepo({ 'mcp-tools.json': JSON.stringify(dump) });
    for (const format of ['json', 'text', 'markdown', 'sarif']) {
      const run = await cli('scan', dir, '--format', format);
      expectNoCrash(run);
      expect(run.code).toBe(1);
      if (format === 'json' || format === 'sarif') JSON.parse(run.stdout);
    }
  });
});
