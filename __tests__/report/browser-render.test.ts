import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The comment and the job summary as people see them: GitHub-flavoured Markdown with Mermaid in a
// real headless Chromium (.ci/run installs Debian's chromium when the machine lacks it).
describe('the PR comment and job summary in a real browser', () => {
  it('render every Mermaid diagram and show no raw Markdown (example, passing server, 89-tool server)', () => {
    const script = fileURLToPath(new URL('../../scripts/render-check.mjs', import.meta.url));
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.error, 'chromium must be on PATH (apt-get install chromium)').toBeUndefined();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => / (comment|summary): /.test(l));
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(line).toMatch(/mermaid done, raw Markdown: none$/);
      const [, diagrams, rendered] = /: (\d+) diagrams, (\d+) rendered/.exec(line)!;
      expect(rendered).toBe(diagrams);
    }
    expect(lines.some((l) => /example comment: [1-9]\d* diagrams/.test(l))).toBe(true);
  }, 180_000);
});
