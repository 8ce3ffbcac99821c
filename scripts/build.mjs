// Bundles the Action entry (dist/index.js) and the CLI entry (dist/cli.js) as ESM for node20+/node24.
// Code that only some runs need (the MCP SDK for live introspection) goes to a chunk loaded on demand.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

// Bundled CommonJS dependencies call require(); ESM has none, so define it.
const banner = "import { createRequire as __mrgCreateRequire } from 'node:module';\nconst require = __mrgCreateRequire(import.meta.url);";

// Schemas first: the bundle imports the validators compiled from them.
const { generateValidators, writeValidators } = await import('./gen-validators.mjs');
writeValidators(generateValidators());
// And the base scores of the bundled CVSS vectors, so a scan need not load the calculator.
const { generateCvssScores, writeCvssScores } = await import('./gen-cvss-scores.mjs');
writeCvssScores(generateCvssScores());

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
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
});
const cli = 'dist/cli.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
