// Bundles the Action entry (dist/index.js) and the CLI entry (dist/cli.js) as ESM for node20+/node24.
// Code that only some runs need (the MCP SDK for live introspection) goes to a chunk loaded on demand.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// Bundled CommonJS dependencies call require(); ESM has none, so define it.
const banner = "import { createRequire as __mrgCreateRequire } from 'node:module';\nconst require = __mrgCreateRequire(import.meta.url);";

// Schemas first: the bundle requires the validators compiled from them.
const { generateValidators, writeValidators } = await import('./gen-validators.mjs');
writeValidators(generateValidators());
// And the base scores of the bundled CVSS vectors, so a scan need not load the calculator.
const { generateCvssScores, writeCvssScores } = await import('./gen-cvss-scores.mjs');
writeCvssScores(generateCvssScores());
// And the literals of the poisoning screen's patterns, so a scan compiles only patterns that can match.
const { generateScreenLiterals, screenSpecs, writeScreenLiterals } = await import('./gen-screen-literals.mjs');
writeScreenLiterals(generateScreenLiterals(await screenSpecs()));

// Code the core loads on first use through `lazy(() => require(...))` is bundled apart, as CommonJS
// files under dist/vendor: the libraries only some scans need (YAML manifests, CVSS vectors not in
// the precomputed table, JSON syntax errors) and the validator of each input format. A scan of
// JSON manifests neither reads nor compiles the 600 KB it does not use.
const VENDOR_LIBRARIES = ['js-yaml', 'jsonc-parser', 'ae-cvss-calculator'];
const VALIDATORS = 'src/manifest/generated/validators';
const VENDOR_MARK = '@mrg-vendor/';

rmSync('dist', { recursive: true, force: true });
const vendored = [
  ...VENDOR_LIBRARIES.map((name) => ({ out: `${name}.cjs`, contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.' })),
  ...readdirSync(VALIDATORS).map((f) => ({ out: `validators/${f}`, contents: readFileSync(join(VALIDATORS, f), 'utf8'), resolveDir: VALIDATORS })),
];
for (const v of vendored) {
  await build({
    stdin: { contents: v.contents, resolveDir: v.resolveDir, loader: 'js' },
    outfile: `dist/vendor/${v.out}`,
    bundle: true,
    platform: 'node',
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    const libraries = new RegExp(`^(${VENDOR_LIBRARIES.join('|')})$`);
    b.onResolve({ filter: libraries }, (args) => (args.kind === 'require-call' ? { path: `${VENDOR_MARK}${args.path}.cjs`, external: true } : undefined));
    b.onResolve({ filter: /^\.\/validators\/[a-z-]+\.cjs$/ }, (args) =>
      args.kind === 'require-call' ? { path: `${VENDOR_MARK}${args.path.slice(2)}`, external: true } : undefined,
    );
  },
};
// The data files (catalog, rubrics, check patterns, the CVSS table: about 400 KB) are bundled as
// JSON.parse of a string, not as object literals: V8 parses JSON several times faster than the same
// object as JavaScript, and a scan pays that parse on every start (the bench showed ~10 ms).
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => ({ contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`, loader: 'js' }));
  },
};
// The Action and the CLI are bundled apart: each gets chunks only for the code it loads on
// demand, instead of chunks cut along what the two entries share. A CLI scan then loads four
// modules rather than a dozen, and each module costs Node a resolve, a load and a link.
for (const [name, entry] of [['index', 'src/action/entry.ts'], ['cli', 'src/cli/main.ts']]) {
  await build({
    entryPoints: { [name]: entry },
    outdir: 'dist',
    chunkNames: `chunks/${name}-[name]-[hash]`,
    splitting: true,
    bundle: true,
    platform: 'node',
    // jsonc-parser's UMD entry hides its requires from the bundler; its ESM entry bundles cleanly.
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    legalComments: 'none',
    logLevel: 'warning',
    minify: false,
    plugins: [vendorPlugin, jsonAsParse],
  });
}
// Each output file requires the vendor files through its own `require` (the banner's, made from
// its own URL), by a path relative to where it sits: dist/ or dist/chunks/.
for (const dir of ['dist', 'dist/chunks']) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = join(dir, f);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(VENDOR_MARK)) continue;
    const rel = relative(dirname(file), 'dist/vendor');
    const prefix = rel.startsWith('..') ? `${rel}/` : `./${rel}/`;
    const out = text.replaceAll(/__require\("@mrg-vendor\/([^"]+)"\)/g, (_, name) => `require(${JSON.stringify(prefix + name)})`);
    if (out.includes(VENDOR_MARK)) throw new Error(`${file}: a vendor require the build could not rewrite`);
    writeFileSync(file, out);
  }
}
const cli = 'dist/cli.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
