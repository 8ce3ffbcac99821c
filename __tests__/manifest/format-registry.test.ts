import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObject, manifestFormats, registerManifestFormat } from '../../src/manifest/formats/index.js';
import { fromToolsDump } from '../../src/manifest/formats/tools-dump.js';
import { detectFormat } from '../../src/manifest/detect.js';
import { parseDocument } from '../../src/manifest/parse.js';
import { isCandidate } from '../../src/repo/candidates.js';
import { cli } from '../helpers/run-cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

// A fixture format: ONE registry entry gives discovery, recognition and loading.
registerManifestFormat({
  format: 'acme-mcp',
  describe: 'ACME internal MCP descriptor',
  fileNames: ['acme-mcp.json'],
  byShape: (v) => (isObject(v) && v['acmeMcp'] === 1 && Array.isArray(v['tools']) ? {} : undefined),
  load: (doc) => ({ ...fromToolsDump({ ...doc, value: { tools: (doc.value as { tools: unknown[] }).tools } }), source: { path: doc.path, format: 'acme-mcp' } }),
});

describe('the manifest format registry', () => {
  it('a registered format is discovered, recognised and loaded', async () => {
    expect(isCandidate('sub/acme-mcp.json')).toBe(true);
    const repo = tempRepo({
      'acme-mcp.json': JSON.stringify({ acmeMcp: 1, tools: [{ name: 'delete_flag', description: 'Deletes a feature flag', inputSchema: { type: 'object' } }] }),
    });
    const report = JSON.parse((await cli('scan', repo, '--format', 'json')).stdout) as { server: { sources: { format: string }[] }; tools: { name: string }[] };
    expect(report.server.sources.map((s) => s.format)).toEqual(['acme-mcp']);
    expect(report.tools.map((t) => t.name)).toEqual(['delete_flag']);
  });

  it('no corpus or fixture manifest is claimed by two formats (recognition has no order)', () => {
    // Plus the client configs of the toxic-flow fixture (VS Code's is recognised by its file name).
    const files = [...readdirSync('fixtures/corpus').map((f) => `fixtures/corpus/${f}`), 'fixtures/flows/client-config/.mcp.json', 'fixtures/flows/client-config/.vscode/mcp.json'];
    let recognised = 0;
    for (const path of files) {
      const parsed = parseDocument(path, readFileSync(path, 'utf8'), /\.ya?ml$/.test(path) ? 'yaml' : 'json');
      if (!parsed.ok) continue;
      const value = parsed.doc.value;
      const byShape = manifestFormats().filter((f) => f.byShape?.(value, path.split('/').pop() ?? path) !== undefined).map((f) => f.format);
      const schema = isObject(value) && typeof value['$schema'] === 'string' ? value['$schema'] : undefined;
      const bySchema = schema === undefined ? [] : manifestFormats().filter((f) => f.bySchema?.(schema, value as Record<string, unknown>) !== undefined).map((f) => f.format);
      expect(byShape.length, `${path} by shape: ${byShape.join(', ')}`).toBeLessThanOrEqual(1);
      expect(bySchema.length, `${path} by $schema: ${bySchema.join(', ')}`).toBeLessThanOrEqual(1);
      const d = detectFormat(value, path);
      if (d.kind === 'format') recognised++;
      expect(d.kind === 'error' && /several manifest formats/.test(d.message)).toBe(false);
    }
    expect(recognised).toBeGreaterThan(30);
  });

  it('reports a document two formats claim instead of letting list order decide', () => {
    const both = { startCommand: { type: 'stdio' }, transport: 'stdio', tools: ['a'] };
    expect(detectFormat(both, 'x.yaml')).toMatchObject({ kind: 'error', message: expect.stringMatching(/several manifest formats by shape \(smithery, toolhive-spec\)/) });
  });
});
