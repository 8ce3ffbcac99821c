// Renders the bundled example's PR comment and job summary as people see them: GitHub-flavoured
// Markdown (markdown-it with raw HTML, as GitHub allows <details>), Mermaid's own library for the
// diagrams, headless Chromium (Debian's `chromium`) for the page. Fails when a diagram does not
// render or the page shows raw Markdown; writes docs/screenshots/*.png.
// Usage: npm run screenshots   (needs `chromium` on PATH; not part of `npm test`)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'mrg-render-'));
await build({
  entryPoints: [join(root, 'scripts/render-report.ts')], outfile: join(work, 'render-report.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __c } from 'node:module';\nconst require = __c(import.meta.url);" },
});
// The bundled example (its screenshots go in the README), a passing server (its comment must be a
// few lines) and the 89-tool Cloudflare server (the longest comment); the last two are checked and
// their screenshots left in the temporary folder.
const TARGETS = [
  { name: 'example', dir: 'examples/feature-flags-server', out: join(root, 'docs/screenshots') },
  { name: 'clock', dir: 'examples/clock-server', out: work },
  { name: 'cloudflare', dir: 'fixtures/calibration/cloudflare', out: work },
];
for (const t of TARGETS) execFileSync(process.execPath, [join(work, 'render-report.mjs'), join(root, t.dir), join(work, t.name)], { stdio: 'inherit' });

const md = new MarkdownIt({ html: true, linkify: true });
const fence = md.renderer.rules.fence;
// GitHub turns ```mermaid blocks into diagrams; do the same with Mermaid's own library.
md.renderer.rules.fence = (tokens, idx, ...rest) =>
  tokens[idx].info.trim() === 'mermaid' ? `<pre class="mermaid">${md.utils.escapeHtml(tokens[idx].content)}</pre>\n` : fence(tokens, idx, ...rest);
const mermaid = readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8');
mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
const chromium = (args) =>
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mrg-chromium-'))}`, '--virtual-time-budget=8000', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

let failed = false;
for (const t of TARGETS) for (const kind of ['comment', 'summary']) {
  const markdown = readFileSync(join(work, `${t.name}.${kind}.md`), 'utf8');
  // Open every <details> so the screenshot shows the diagrams too.
  const body = md.render(markdown).replace(/<details>/g, '<details open>');
  const page = `<!doctype html><meta charset="utf-8"><style>body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:880px;margin:16px auto;color:#1f2328}code,pre{font:12px ui-monospace,monospace;background:#f6f8fa}pre{padding:12px;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}blockquote{border-left:4px solid #d0d7de;margin:0;padding:0 12px;color:#59636e}</style>
<body>${body}<script>${mermaid}</script><script>
mermaid.initialize({ startOnLoad: false, theme: 'default' });
mermaid.run({ querySelector: 'pre.mermaid' }).then(() => { document.body.dataset.mermaid = 'done'; }, (e) => { document.body.dataset.mermaid = 'error: ' + e; });
</script></body>`;
  const file = join(work, `${t.name}.${kind}.html`);
  writeFileSync(file, page);
  const dom = chromium(['--dump-dom', `file://${file}`]);
  const diagrams = (markdown.match(/^```mermaid$/gm) ?? []).length;
  const svgs = (dom.match(/<pre class="mermaid"[^>]*data-processed="true"[^>]*>\s*<svg/g) ?? []).length;
  const text = dom.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, '').replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
  // `**` inside a glob (`**/*.rego`, `policies/**`) is text the report means; `**` next to a word is unrendered bold.
  const raw = [['**', /(?<![/\w*])\*\*(?![/*.\s])|(?<=\w)\*\*(?![/\w])/], ['```', /```/], ['|---', /\|---/], ['<details', /<details/], ['\\`', /\\`/]].filter(([, re]) => re.test(text)).map(([s]) => s);
  const errors = /Syntax error in text|Parse error/.test(dom);
  console.log(`${t.name} ${kind}: ${diagrams} diagrams, ${svgs} rendered, mermaid ${/data-mermaid="([^"]*)"/.exec(dom)?.[1] ?? 'not finished'}, raw Markdown: ${raw.join(' ') || 'none'}`);
  if (svgs !== diagrams || errors || raw.length > 0) failed = true;
  const shot = join(t.out, `${t.name}-${kind}.png`);
  chromium([`--screenshot=${shot}`, `--window-size=940,${kind === 'comment' ? (t.name === 'clock' ? 700 : 2400) : 4200}`, '--hide-scrollbars', `file://${file}`]);
  console.log(`  ${shot}`);
}
process.exit(failed ? 1 : 0);
