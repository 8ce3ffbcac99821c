/**
 * Property tests: whatever a repository holds, the loaders and the pure pipeline end in a result
 * or in located `errors` entries (never a thrown exception), deterministically, and every
 * renderer accepts the result.
 *
 * CI runs a small number of cases per property (the whole file takes well under a minute on two
 * cores). For a longer local run, scale every property with FUZZ_RUNS (cases for the cheapest
 * properties; the pipeline properties take a tenth of it) and pin the seed with FUZZ_SEED:
 *
 *   FUZZ_RUNS=20000 npx vitest run __tests__/fuzz
 *   FUZZ_SEED=1234 FUZZ_RUNS=2000 npx vitest run __tests__/fuzz
 *
 * A failure prints the seed and the shrunk counterexample; add it under fixtures/regressions/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump, load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadFiles, type LoadResult, type RawFile } from '../../src/manifest/load.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { decide } from '../../src/policy/decide.js';
import { resolvePolicy } from '../../src/policy/settings.js';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif, sarifToString } from '../../src/report/sarif.js';
import type { ScanResult } from '../../src/model/index.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 0) || 0;
const SEED = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : undefined;
/** Cases per property: `ci` by default, FUZZ_RUNS × `share` in the long local mode. */
function runs(ci: number, share = 1): fc.Parameters<unknown> {
  return { numRuns: RUNS > 0 ? Math.max(1, Math.round(RUNS * share)) : ci, ...(SEED !== undefined && { seed: SEED }) };
}

const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/corpus');
const REGRESSIONS_DIR = join(import.meta.dirname, '../../fixtures/regressions');
/** Corpus names flatten the repository path with `__`; the loader only looks at the extension and base name. */
const corpus: RawFile[] = readdirSync(CORPUS_DIR)
  .sort()
  .map((name) => ({ path: name.includes('____toolsnaps____') ? `__toolsnaps__/${name}` : name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));

const TODAY = '2026-11-21';
const CANDIDATE_NAMES = ['server.json', 'manifest.json', 'tools.json', 'mcp-tools.json', 'gemini-extension.json', '.mcp.json', 'smithery.yaml', 'server.yaml', 'spec.yaml', '.mcp-risk.yml', '__toolsnaps__/x.snap', 'README'];

// ---------------------------------------------------------------------------------------------
// The contract every run must keep.

function expectLocatedErrors(errors: LoadResult['errors'], paths: ReadonlySet<string>): void {
  for (const e of errors) {
    expect(typeof e.path).toBe('string');
    expect(paths.has(e.path), `error names a file that was given: ${e.path}`).toBe(true);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    if (e.line !== undefined) expect(e.line).toBeGreaterThanOrEqual(1);
    if (e.column !== undefined) expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

/** loadFiles must return (not throw), name the file in every error, and give the same answer twice. */
function checkLoad(files: RawFile[]): LoadResult {
  const first = loadFiles(files);
  const paths = new Set(files.map((f) => f.path));
  expectLocatedErrors(first.errors, paths);
  for (const n of first.notices) expect(paths.has(n.path)).toBe(true);
  // Fragments carry the parsed documents (shared objects); compare their JSON.
  expect(JSON.stringify(loadFiles(files))).toBe(JSON.stringify(first));
  return first;
}

function runAnalyze(files: RawFile[]): ScanResult {
  return analyze({ files: files.map((f) => ({ ...f })), repo: { files: [], truncated: false }, today: TODAY });
}

/** The whole pipeline plus every renderer: no exception, deterministic bytes, well-formed outputs. */
function checkPipeline(files: RawFile[]): ScanResult {
  const result = runAnalyze(files);
  const paths = new Set(files.map((f) => f.path));
  expectLocatedErrors(result.errors, paths);
  const json = renderJson(result);
  expect(renderJson(runAnalyze(files))).toBe(json);
  JSON.parse(json);
  renderAll(result);
  return result;
}

interface SarifShape {
  version: string;
  runs: { results: { message: { text: string } }[]; tool: { driver: { rules: { shortDescription?: { text: string }; fullDescription?: { text: string } }[] } } }[];
}

function renderAll(result: ScanResult): void {
  const decision = decide(result, resolvePolicy({}, result.profile.config?.policy));
  expect(['pass', 'fail', 'warn', 'error']).toContain(decision.result);
  // A result with input errors never passes: its decision is `error`, and only then.
  expect(decision.result === 'error').toBe(result.errors.length > 0);
  const decided = { ...result, decision: { result: decision.result, reasons: decision.reasons } };
  const text = renderText(decided, { color: false });
  // Nothing from the repository reaches the terminal raw (colour is off, so no ESC at all).
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  const sarif = JSON.parse(sarifToString(renderSarif(decided, { decision }))) as SarifShape;
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs).toHaveLength(1);
  // Human-readable SARIF text shows control and bidi characters as ⟦U+XXXX⟧, never raw.
  const run = sarif.runs[0]!;
  const texts = [
    ...run.results.map((r) => r.message.text),
    ...run.tool.driver.rules.flatMap((r) => [r.shortDescription?.text ?? '', r.fullDescription?.text ?? '']),
  ];
  for (const t of texts) expect(t).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  for (const target of ['comment', 'summary'] as const) {
    const md = renderMarkdown(decided, decision, { target });
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(md).toContain('MCP risk gate');
  }
}

// ---------------------------------------------------------------------------------------------
// Generators.

/** Strings that stress escaping and parsers: controls, bidi, astral, quotes, YAML and Markdown syntax. */
const nastyPiece = fc.constantFrom(
  '\u001b[2J', '\u001b]8;;http://x\u0007', '\r', '\n', '\t', '\u0000', '\u202e', '\u200b', '\ufeff', '\ud83d\ude00', '\ud800', '\udfff',
  '`', '```', '|', '</details>', '<!--', '-->', '<script>', '@everyone', '#1', '"', "'", '\\', '${x}', '__proto__', 'constructor',
  'prototype', ': ', '- ', '&a', '*a', '!!js/function', '!include', '{', '}', '[', ']', '%YAML', '---', '...', '#', '?', '<<',
  'toString', 'hasOwnProperty', 'NaN', '1e400', '-0', 'null', 'true', 'ÿ', 'ä', '\u0085', '\u2028',
);
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(nastyPiece, { maxLength: 8 }).map((a) => a.join('')),
);

/** JSON values whose strings and keys are nasty too. */
const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    nastyString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom('name', 'tools', 'inputSchema', 'annotations', 'packages', 'remotes', 'description', 'version', '$schema')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A plausible tool with nasty fields, to reach the tool-handling code and not only the schema errors. */
const nastyTool = fc.record(
  {
    name: nastyString,
    title: nastyString,
    description: nastyString,
    inputSchema: fc.oneof(fc.constant({ type: 'object' }), fc.record({ type: fc.constant('object'), properties: fc.dictionary(nastyString, fc.constant({ type: 'string' }), { maxKeys: 3 }) })),
    annotations: fc.record({ readOnlyHint: fc.boolean(), destructiveHint: fc.boolean(), openWorldHint: fc.boolean(), title: nastyString }, { requiredKeys: [] }),
  },
  { requiredKeys: ['name'] },
);

const fileName = fc.constantFrom(...CANDIDATE_NAMES);

/** YAML text assembled from its own syntax: anchors, aliases, tags, merges, documents, flow and block styles. */
const yamlToken = fc.constantFrom(
  'a', 'b', 'name', 'startCommand', 'type', 'stdio', 'tools', 'version', '1', 'waivers', 'id', 'expires', '2020-01-01',
  ':', ': ', ' ', '  ', '\n', '\n  ', '\n- ', '- ', '&x ', '*x', '&y ', '*y', '<<: *x', '!!js/function ', '!include ', '!!binary ', '!!str ',
  '!!map ', '!!set ', '!!omap ', '!<tag:yaml.org,2002:str> ', '!custom ', '%TAG ! tag:x,2000:\n', '%YAML 1.2\n', '---\n', '\n...\n', '{', '}', '[', ']', ',',
  '"', "'", '? ', '|', '>', '#', '__proto__', '~', '.inf', '0x1F', '\t', '\\', '\u0000', '\ufeff',
);
const yamlText = fc.array(yamlToken, { maxLength: 40 }).map((t) => t.join(''));

// Structural mutations of a parsed corpus document.
type Mutation =
  | { op: 'rename'; at: number; to: string }
  | { op: 'swap'; at: number; to: unknown }
  | { op: 'nest'; at: number; depth: number; array: boolean }
  | { op: 'huge'; at: number; size: number }
  | { op: 'unicode'; at: number; text: string }
  | { op: 'delete'; at: number }
  | { op: 'proto'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), to: fc.oneof(nastyString, fc.constantFrom('name', 'tools', 'type', 'inputSchema', 'annotations', 'readOnlyHint', '$schema', 'packages', 'transport')) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.oneof(nastyJson, fc.constantFrom(null, 0, -1, 1e308, '', [], {}, true, [null], { tools: 'x' })) }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 120 }), array: fc.boolean() }),
  fc.record({ op: fc.constant('huge' as const), at: fc.nat(), size: fc.integer({ min: 10_000, max: 300_000 }) }),
  fc.record({ op: fc.constant('unicode' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), nastyString) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('proto' as const), at: fc.nat() }),
);

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(root: unknown, limit = 2_000): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const v = stack.pop();
    if (Array.isArray(v)) v.forEach((c, i) => (out.push({ parent: v, key: i }), stack.push(c)));
    else if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) out.push({ parent: v as Record<string, unknown>, key: k }), stack.push(c);
  }
  return out;
}

function applyMutation(root: unknown, m: Mutation): unknown {
  const all = slots(root);
  const wrap = (v: unknown, depth: number, array: boolean): unknown => {
    let out = v;
    for (let i = 0; i < depth; i++) out = array ? [out] : { n: out };
    return out;
  };
  if (all.length === 0) {
    // A scalar or empty document: mutate the whole.
    if (m.op === 'nest') return wrap(root, m.depth, m.array);
    if (m.op === 'swap') return m.to;
    return root;
  }
  const slot = all[m.at % all.length]!;
  const { parent, key } = slot;
  const set = (v: unknown): void => {
    if (Array.isArray(parent)) parent[key as number] = v;
    else Object.defineProperty(parent, key, { value: v, enumerable: true, writable: true, configurable: true });
  };
  const current = Array.isArray(parent) ? parent[key as number] : parent[key as string];
  switch (m.op) {
    case 'rename':
      if (Array.isArray(parent)) set({ [m.to]: current });
      else {
        delete parent[key as string];
        Object.defineProperty(parent, m.to, { value: current, enumerable: true, writable: true, configurable: true });
      }
      break;
    case 'swap':
      set(m.to);
      break;
    case 'nest':
      set(wrap(current, m.depth, m.array));
      break;
    case 'huge':
      set('A'.repeat(m.size));
      break;
    case 'unicode':
      set(typeof current === 'string' ? `${current}${m.text}` : m.text);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'proto':
      if (!Array.isArray(parent)) Object.defineProperty(parent, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      break;
  }
  return root;
}

function serialise(value: unknown, syntax: 'json' | 'yaml'): string {
  if (syntax === 'json') return JSON.stringify(value, null, 2) ?? 'null';
  try {
    return dump(value, { noRefs: true, lineWidth: -1 });
  } catch {
    return JSON.stringify(value) ?? 'null';
  }
}

function syntaxOf(path: string): 'json' | 'yaml' {
  return /\.ya?ml$/.test(path) ? 'yaml' : 'json';
}

/** Text-level mutations: byte flips, truncation, duplicate keys, inserted noise. */
type TextMutation =
  | { op: 'flip'; at: number; char: string }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'bom' }
  | { op: 'crlf' };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('{', '}', '"', ':', ',', '[', ']', '\\', '\n', ' ', '-', '&', '*', '!', '\u0000', '\t')) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(nastyString, yamlText) }),
  fc.constant({ op: 'bom' as const }),
  fc.constant({ op: 'crlf' as const }),
);

function applyTextMutation(text: string, m: TextMutation): string {
  const at = text.length === 0 ? 0 : ('at' in m ? m.at : 0) % (text.length + 1);
  switch (m.op) {
    case 'flip':
      return text.slice(0, at) + m.char + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate': {
      // Repeat one line: in JSON and YAML this duplicates a key (or an item) in place.
      const lines = text.split('\n');
      const i = at % Math.max(1, lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'bom':
      return `\ufeff${text}`;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
  }
}

const corpusFile = fc.constantFrom(...corpus);

const structurallyMutated: fc.Arbitrary<RawFile> = fc.tuple(corpusFile, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([file, ms]) => {
  const syntax = syntaxOf(file.path);
  let value: unknown = syntax === 'json' ? JSON.parse(file.text) : (loadYaml(file.text) ?? null);
  for (const m of ms) value = applyMutation(value, m);
  return { path: file.path, text: serialise(value, syntax) };
});

const textMutated: fc.Arbitrary<RawFile> = fc.tuple(corpusFile, fc.array(textMutation, { minLength: 1, maxLength: 5 })).map(([file, ms]) => ({
  path: file.path,
  text: ms.reduce(applyTextMutation, file.text),
}));

const randomFile: fc.Arbitrary<RawFile> = fc.oneof(
  fc.tuple(fileName, nastyJson).map(([path, v]) => ({ path, text: serialise(v, syntaxOf(path)) })),
  fc.tuple(fc.constantFrom('tools.json', 'mcp-tools.json'), fc.array(nastyTool, { maxLength: 6 })).map(([path, tools]) => ({ path, text: JSON.stringify({ tools }) })),
  fc.tuple(fc.constantFrom('smithery.yaml', 'server.yaml', 'spec.yaml', '.mcp-risk.yml'), yamlText).map(([path, text]) => ({ path, text })),
  fc.tuple(fileName, fc.string({ unit: 'binary', maxLength: 200 })).map(([path, text]) => ({ path, text })),
);

/** Several files at once, with distinct paths (as a repository has). */
function distinct(files: RawFile[]): RawFile[] {
  const seen = new Map<string, RawFile>();
  files.forEach((f, i) => seen.set(seen.has(f.path) ? `${i}/${f.path}` : f.path, { ...f, path: seen.has(f.path) ? `${i}/${f.path}` : f.path }));
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------

describe('loadFiles never throws and is deterministic', () => {
  it('accepts every real corpus file unchanged', () => {
    const loaded = checkLoad(corpus);
    expect(loaded.errors).toEqual([]);
  });

  it('random JSON and YAML values under every candidate name', () => {
    fc.assert(fc.property(randomFile, (f) => void checkLoad([f])), runs(400));
  });

  it('corpus files with structural mutations (renamed keys, swapped types, deep nesting, huge strings, unicode, __proto__)', () => {
    fc.assert(fc.property(structurallyMutated, (f) => void checkLoad([f])), runs(300));
  });

  it('corpus files with byte flips, truncation, duplicated lines, inserted YAML syntax, BOM and CRLF', () => {
    fc.assert(fc.property(textMutated, (f) => void checkLoad([f])), runs(400));
  });

  it('several files at once, in any order, give the same result', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(randomFile, textMutated, corpusFile), { minLength: 1, maxLength: 5 }), (files) => {
        const list = distinct(files);
        const forward = checkLoad(list);
        expect(JSON.stringify(loadFiles([...list].reverse()))).toBe(JSON.stringify(forward));
      }),
      runs(100),
    );
  });
});

describe('analyze never throws, is deterministic, and every renderer accepts its result', () => {
  it('the real corpus, one file at a time', () => {
    for (const f of corpus) checkPipeline([f]);
  });

  it('mutated and random inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(structurallyMutated, textMutated, randomFile), { minLength: 1, maxLength: 3 }), (files) => void checkPipeline(distinct(files))),
      runs(60, 0.1),
    );
  });

  it('a mutated manifest next to a random .mcp-risk.yml', () => {
    const profile = fc.record(
      {
        version: fc.oneof(fc.constant(1), nastyJson),
        policy: fc.record({ 'fail-on-score': fc.double({ min: -1, max: 11, noNaN: true }), 'warn-only': fc.boolean(), 'require-lock': fc.boolean() }, { requiredKeys: [] }),
        waivers: fc.array(fc.record({ id: nastyString, justification: nastyString, expires: fc.oneof(fc.constantFrom('2020-01-01', '2099-12-31', '2026-11-21', '2026-02-30', '9999-99-99'), nastyString), tool: nastyString }, { requiredKeys: ['id'] }), { maxLength: 3 }),
        factors: fc.dictionary(fc.constantFrom('autonomy', 'toolUse', 'memoryUse', 'bogusFactor', 'x'), fc.record({ value: fc.double({ min: -1, max: 2, noNaN: true }), rationale: nastyString }), { maxKeys: 2 }),
        findings: fc.array(fc.record({ id: nastyString, cvss: fc.oneof(fc.constant('CVSS:4.0/AV:N'), fc.constant('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), nastyString), rationale: nastyString }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(structurallyMutated, corpusFile), profile, (manifest, p) => void checkPipeline(distinct([manifest, { path: '.mcp-risk.yml', text: dump(p, { lineWidth: -1 }) }]))),
      runs(40, 0.1),
    );
  });
});

describe('regressions', () => {
  let names: string[] = [];
  try {
    names = readdirSync(REGRESSIONS_DIR).filter((n) => !n.startsWith('.') && !n.endsWith('.md'));
  } catch {
    names = [];
  }
  it.each(names.length > 0 ? names : ['(none)'])('%s loads and analyses without an exception', (name) => {
    if (name === '(none)') return;
    const raw = readFileSync(join(REGRESSIONS_DIR, name));
    // Regression files are named <bug>.<original-name>, e.g. yaml-complex-key.smithery.yaml.
    const path = name.replace(/^[^.]+\./, '');
    checkPipeline([{ path, text: raw.toString('utf8') }]);
  });
});
