import { describe, expect, it } from 'vitest';
import { buildProfile, loadFiles, parseDocument } from '../../src/manifest/index.js';

describe('locating values in manifests', () => {
  it('points at the key line in JSON and YAML alike', () => {
    const json = parseDocument('a.json', '{\n  "a": 1,\n  "b": [\n    {"c": 2},\n    {"d": 3}\n  ]\n}', 'json');
    const yaml = parseDocument('s.yaml', 'a: 1\nb:\n  - c: 2\n  - d: 3\n    e: 4\n', 'yaml');
    if (!json.ok || !yaml.ok) throw new Error('fixture did not parse');
    expect(json.doc.locate(['b', 1, 'd']).line).toBe(5);
    expect(yaml.doc.locate(['b', 1, 'e']).line).toBe(5);
    expect(yaml.doc.locate(['b', 0]).line).toBe(3);
    // A path that does not exist falls back to its nearest existing ancestor.
    expect(yaml.doc.locate(['b', 1, 'missing']).line).toBe(4);
  });

  it('rejects YAML custom tags with a hint', () => {
    const r = parseDocument('x.yaml', 'a: !js/function "() => 1"\n', 'yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ line: 1, hint: expect.stringMatching(/custom tag/) });
  });
});

describe('one ServerProfile from many sources', () => {
  const manifest = {
    manifest_version: '0.3',
    name: 'demo',
    version: '1.0.0',
    description: 'demo',
    author: { name: 'x' },
    server: { type: 'node', entry_point: 'index.js', mcp_config: { command: 'node', args: ['index.js'] } },
    tools: [{ name: 'delete_note', description: 'Deletes a note' }, { name: 'list_notes' }],
    user_config: { api_token: { type: 'string', title: 'Token', sensitive: true, required: true } },
  };
  const tools = [
    { name: 'list_notes', description: 'Lists notes', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true } },
    { name: 'delete_note', inputSchema: { type: 'object', properties: { id: { type: 'string' } } }, annotations: { readOnlyHint: false, destructiveHint: true } },
  ];
  const files = [
    { path: 'manifest.json', text: JSON.stringify(manifest, null, 2) },
    { path: 'mcp-tools.json', text: JSON.stringify(tools, null, 2) },
  ];

  it('merges a tool described twice and keeps where each part came from', () => {
    const loaded = loadFiles(files);
    const profile = buildProfile(loaded.fragments);
    const del = profile.tools.find((t) => t.name === 'delete_note')!;
    expect(del.origins.map((o) => [o.path, o.provenance])).toEqual([
      ['mcp-tools.json', 'dump'],
      ['manifest.json', 'declared'],
    ]);
    // The dump wins on what it has; the manifest fills in the description the dump lacks.
    expect(del.description).toBe('Deletes a note');
    expect(del.annotationsDeclared).toBe(true);
    expect(del.effective.destructive).toBe(true);
    expect(profile.tools.find((t) => t.name === 'list_notes')?.effective.readOnly).toBe(true);
  });

  it('takes identity, secrets and transports from the manifest', () => {
    const profile = buildProfile(loadFiles(files).fragments);
    expect(profile).toMatchObject({ name: 'demo', version: '1.0.0', serverType: 'node' });
    expect(profile.secrets).toEqual([expect.objectContaining({ name: 'api_token', kind: 'user-config', markedSecret: true, location: { path: 'manifest.json', line: 29 } })]);
    expect(profile.transports.map((t) => t.type)).toEqual(['stdio']);
  });

  it('is independent of the order files are given in', () => {
    const a = buildProfile(loadFiles(files).fragments);
    const b = buildProfile(loadFiles([...files].reverse()).fragments);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('reads the project profile and exposes it on the ServerProfile', () => {
    const loaded = loadFiles([...files, { path: '.mcp-risk.yml', text: 'version: 1\npolicy:\n  fail-on-score: 6.5\ncontrols:\n  - id: MAE-L5-01\n    evidence: src/audit.ts\n' }]);
    expect(loaded.errors).toEqual([]);
    const profile = buildProfile(loaded.fragments, loaded.config, loaded.configPath);
    expect(profile.config?.policy?.['fail-on-score']).toBe(6.5);
    expect(profile.config?.controls?.[0]?.id).toBe('MAE-L5-01');
    expect(profile.configPath).toBe('.mcp-risk.yml');
  });
});
