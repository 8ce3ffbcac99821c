import { build } from 'esbuild';
const banner = "import { createRequire as __mrgCreateRequire } from 'node:module';\nconst require = __mrgCreateRequire(import.meta.url);";
await build({ entryPoints: ['/tmp/det.mts'], outfile: '/tmp/det.mjs', bundle: true, platform: 'node', mainFields: ['module','main'], format: 'esm', target: 'node20', banner: { js: banner }, logLevel: 'error' });
