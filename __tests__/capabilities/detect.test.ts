import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { buildProfile, loadFiles, type RawFile } from '../../src/manifest/index.js';
import { detectCapabilities } from '../../src/capabilities/index.js';
import type { CapabilityId } from '../../src/model/index.js';
import rules from '../../data/capabilities/rules.json' with { type: 'json' };
import rulesSchema from '../../schemas/capability-rules.schema.json' with { type: 'json' };
import conditionSchema from '../../schemas/condition.schema.json' with { type: 'json' };

function capabilitiesOf(files: RawFile[]) {
  const loaded = loadFiles(files);
  expect(loaded.errors).toEqual([]);
  return detectCapabilities(buildProfile(loaded.fragments));
}

function dump(tools: unknown[]): RawFile {
  return { path: 'mcp-tools.json', text: JSON.stringify(tools) };
}

function ids(files: RawFile[]): CapabilityId[] {
  return capabilitiesOf(files).capabilities.map((c) => c.id);
}

function evidenceFor(files: RawFile[], id: CapabilityId) {
  return capabilitiesOf(files).capabilities.find((c) => c.id === id)?.evidence ?? [];
}

const readOnly = { readOnlyHint: true, openWorldHint: false };

describe('capability rules data (the shared condition language)', () => {
  it('validates against its JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(conditionSchema);
    const validate = ajv.compile(rulesSchema);
    expect(validate(rules), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('capability detection', () => {
  it('zero tools is an unknown surface, never a safe one', () => {
    const caps = capabilitiesOf([dump([])]);
    expect(caps.surface).toMatchObject({ toolCount: 0, unknown: true });
  });

  it('a tool without annotations is open-world by the MCP defaults, but only what it does makes it write or destructive', () => {
    const caps = capabilitiesOf([dump([{ name: 'list_things', inputSchema: { type: 'object' } }])]);
    expect(caps.capabilities.map((c) => c.id)).not.toContain('write');
    expect(caps.capabilities.map((c) => c.id)).not.toContain('destructive');
    // What the client is told stays in the surface summary (the annotations finding reads it).
    expect(caps.surface).toMatchObject({ destructive: 1, openWorld: 1, annotated: 0 });
    expect(caps.effects[0]).toMatchObject({ tool: 'list_things', action: 'read', actionSource: 'name' });
  });

  it('an all-default annotation set (SDK-emitted) counts as undeclared: it does not make a tool write', () => {
    const caps = capabilitiesOf([dump([{ name: 'version', inputSchema: {}, annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true } }])]);
    expect(caps.surface.annotated).toBe(0);
    expect(caps.effects[0]?.action).toBe('unknown');
    expect(caps.capabilities.map((c) => c.id)).not.toContain('write');
  });

  it('declared read-only tools are not write capabilities', () => {
    expect(ids([dump([{ name: 'get_me', inputSchema: {}, annotations: readOnly }])])).not.toContain('write');
  });

  it('a delete verb is destructive evidence even when the annotation claims read-only', () => {
    const ev = evidenceFor([dump([{ name: 'delete_repository', inputSchema: {}, annotations: readOnly }])], 'destructive');
    expect(ev).toEqual([expect.objectContaining({ kind: 'effect', tool: 'delete_repository', detail: 'delete_repository: destructive: name verb "delete"' })]);
  });

  it('an HTTP DELETE method is destructive evidence (OpenAPI-derived tools such as ConfigCat)', () => {
    const ev = evidenceFor([dump([{ name: 'zap-thing', inputSchema: {}, method: 'delete', annotations: { readOnlyHint: false, destructiveHint: false } }])], 'destructive');
    expect(ev[0]).toMatchObject({ kind: 'effect', detail: 'zap-thing: destructive: HTTP DELETE' });
  });

  it('per-tool OAuth scopes are least privilege, not write or credential evidence', () => {
    const scoped = capabilitiesOf([dump([{ name: 'list_events', inputSchema: {}, requiredScopes: ['event:write'] }])]);
    expect(scoped.capabilities.map((c) => c.id)).not.toContain('write');
    expect(scoped.capabilities.map((c) => c.id)).not.toContain('credentials');
    const ev = evidenceFor([dump([{ name: 'annotate', inputSchema: {}, requiredScopes: ['event:write'], annotations: { readOnlyHint: false, destructiveHint: false } }])], 'write');
    expect(ev[0]).toMatchObject({ kind: 'effect', detail: 'annotate: write: declared annotations' });
  });

  it('url inputs are url-parameters; path inputs are filesystem', () => {
    const files = [dump([{ name: 'grab', inputSchema: { type: 'object', properties: { url: { type: 'string' } } }, annotations: readOnly }, { name: 'stat', inputSchema: { type: 'object', properties: { target: { type: 'string', format: 'filepath' } } }, annotations: readOnly }])];
    expect(evidenceFor(files, 'url-parameters')[0]?.tool).toBe('grab');
    expect(evidenceFor(files, 'filesystem')[0]?.tool).toBe('stat');
  });

  it('production control needs a tool that can write: a read-only flag lister is not', () => {
    expect(ids([dump([{ name: 'list_feature_flags', inputSchema: {}, annotations: readOnly }])])).not.toContain('production-control');
    expect(evidenceFor([dump([{ name: 'update_feature_flag', inputSchema: {} }])], 'production-control')[0]?.detail).toBe('update_feature_flag: infrastructure: changes feature');
  });

  it('reads remote, credentials and OAuth-at-the-remote from a registry server.json', () => {
    const text = readFileSync(new URL('../../fixtures/corpus/stripe__agent-toolkit__tools__modelcontextprotocol__server.json', import.meta.url), 'utf8');
    const caps = ids([{ path: 'server.json', text }]);
    expect(caps).toEqual(expect.arrayContaining(['remote', 'oauth-proxy']));
    expect(caps).not.toContain('credentials');
  });

  it('a published OAuth callback port is local HTTP (GitHub server.json)', () => {
    const text = readFileSync(new URL('../../fixtures/corpus/github__github-mcp-server__server.json', import.meta.url), 'utf8');
    expect(evidenceFor([{ path: 'server.json', text }], 'local-http')[0]?.detail).toMatch(/-p 127\.0\.0\.1:8085:8085/);
  });

  it('finds what the ConfigCat-like fixture can do: write, delete, credentials, production control', () => {
    const dir = new URL('../../fixtures/repos/configcat-like/', import.meta.url);
    const caps = ids(['server.json', 'mcp-tools.json'].map((f) => ({ path: f, text: readFileSync(new URL(f, dir), 'utf8') })));
    expect(caps).toEqual(expect.arrayContaining(['write', 'destructive', 'credentials', 'production-control']));
    expect(caps).not.toContain('remote');
  });

  it('gives the same answer for the same input (deterministic)', () => {
    const dir = new URL('../../fixtures/repos/cloudflare-like/', import.meta.url);
    const files = ['server.json', 'mcp-tools.json'].map((f) => ({ path: f, text: readFileSync(new URL(f, dir), 'utf8') }));
    expect(JSON.stringify(capabilitiesOf(files))).toBe(JSON.stringify(capabilitiesOf([...files].reverse())));
  });
});
