import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, renderControlsDoc } from '../../src/maestro/index.js';

const DOC = new URL('../../docs/controls.md', import.meta.url);

describe('docs/controls.md', () => {
  const rendered = renderControlsDoc();

  // The only place a test writes a file: regenerate explicitly with UPDATE_DOCS=1.
  if (process.env['UPDATE_DOCS'] === '1') writeFileSync(DOC, rendered);

  it('is up to date with the catalog (regenerate: UPDATE_DOCS=1 npx vitest run __tests__/maestro/docs.test.ts)', () => {
    expect(existsSync(DOC)).toBe(true);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('has one section per control and check, under the anchor the catalog names', () => {
    for (const c of [...catalog().controls, ...catalog().checks]) {
      expect(rendered).toContain(`<a id="${c.docsAnchor}"></a>\n### ${c.id} — ${c.title}`);
    }
  });

  it('states each control\'s exposure vector, requirement rules and remediation example', () => {
    for (const c of catalog().controls) {
      expect(rendered).toContain(c.cvss);
      expect(rendered).toContain(c.remediation.example);
    }
    expect(rendered).toContain('| required | capability `destructive` |');
  });

  it('is deterministic', () => {
    expect(renderControlsDoc()).toBe(rendered);
  });
});
