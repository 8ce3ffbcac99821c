import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/surface/catalog.js';
import { checkDocsAnchor, renderChecksDoc } from '../../src/surface/docs.js';

const DOC = new URL('../../docs/checks.md', import.meta.url);

describe('docs/checks.md', () => {
  const rendered = renderChecksDoc();

  // Regenerate explicitly: UPDATE_DOCS=1 npx vitest run __tests__/docs/checks-doc.test.ts
  if (process.env['UPDATE_DOCS'] === '1') writeFileSync(DOC, rendered);

  it('is up to date with data/checks/tool-surface.json (regenerate: UPDATE_DOCS=1 npx vitest run __tests__/docs/checks-doc.test.ts)', () => {
    expect(existsSync(DOC)).toBe(true);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('every check links into docs/checks.md, and the anchor it names exists with its section', () => {
    for (const check of checkCatalog().checks) {
      const anchor = checkDocsAnchor(check);
      expect(anchor, `${check.id} docs field ${check.docs}`).toBeDefined();
      expect(anchor).toBe(check.id.toLowerCase());
      expect(rendered).toContain(`<a id="${anchor}"></a>\n### ${check.id} — ${check.title}\n`);
    }
  });

  it('anchors are unique', () => {
    const anchors = [...rendered.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('states each check\'s exposure vector and remediation', () => {
    for (const check of checkCatalog().checks) {
      expect(rendered).toContain(`\`${check.cvssVector}\``);
      expect(rendered).toContain(`**Fix:** ${check.remediation}`);
    }
  });

  it('links each check\'s control to an anchor that exists in docs/controls.md', () => {
    const controls = readFileSync(new URL('../../docs/controls.md', import.meta.url), 'utf8');
    for (const check of checkCatalog().checks) {
      if (!check.controlId) continue;
      const anchor = check.controlId.toLowerCase();
      expect(rendered).toContain(`[${check.controlId}](controls.md#${anchor})`);
      expect(controls).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('is deterministic', () => {
    expect(renderChecksDoc()).toBe(rendered);
  });
});
