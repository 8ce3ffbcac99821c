// Bundles the Action entry and the CLI entry into dist/ as ESM for node20+/node24.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

// Bundled CommonJS dependencies call require(); ESM has none, so define it.
const banner = {
  js: "import { createRequire as __mrgCreateRequire } from 'node:module';\nconst require = __mrgCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  // jsonc-parser's UMD entry hides its requires from the bundler; its ESM entry bundles cleanly.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
  minify: false,
};

if (existsSync('src/action/main.ts')) {
  await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/index.js' });
}
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js },
});
