import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProfile, loadFiles } from '../../src/manifest/index.js';
import type { ServerProfile } from '../../src/model/index.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);

function load(name: string) {
  const result = loadFiles([{ path: name, text: readFileSync(new URL(name, CORPUS), 'utf8') }]);
  return { result, profile: buildProfile(result.fragments) };
}

/**
 * One row per real corpus file, as shared/corpus/real/INDEX.md describes it:
 * [file, detected format, tool count, secret names, transports ("remote:" = hosted endpoint)].
 */
const EXPECTED: [string, string, number, string[], string[]][] = [
  ['DeepLcom__deepl-mcp-server__smithery.yaml', 'smithery', 0, ["deepLApiKey"], ["stdio"]],
  ['anthropics__mcpb__examples__file-system-node__manifest.json', 'mcpb-manifest', 11, [], ["stdio"]],
  ['cloudflare__mcp-server-cloudflare__server.json', 'registry-server-json', 0, ["Authorization"], ["remote:streamable-http"]],
  ['configcat__mcp-server__glama.json', 'ignored', 0, [], []],
  ['configcat__mcp-server__server.json', 'registry-server-json', 0, ["CONFIGCAT_API_PASS","CONFIGCAT_API_USER"], ["stdio"]],
  ['docker__mcp-registry__servers__filesystem__server.yaml', 'docker-catalog', 0, [], ["stdio"]],
  ['docker__mcp-registry__servers__github-official__server.yaml', 'docker-catalog', 0, ["GITHUB_PERSONAL_ACCESS_TOKEN"], ["stdio"]],
  ['docker__mcp-registry__servers__paypal__server.yaml', 'docker-catalog', 0, [], ["remote:sse"]],
  ['docker__mcp-registry__servers__paypal__tools.json', 'tools-dump', 0, [], []],
  ['docker__mcp-registry__servers__stripe-remote__server.yaml', 'docker-catalog', 0, [], ["remote:streamable-http"]],
  ['docker__mcp-registry__servers__stripe-remote__tools.json', 'tools-dump', 25, [], []],
  ['getsentry__sentry-mcp__packages__mcp-core__src__toolDefinitions.json', 'tools-dump', 54, [], []],
  ['getsentry__sentry-mcp__plugins__sentry-mcp__mcp.json', 'client-config', 0, [], ["remote:streamable-http"]],
  ['github__github-mcp-server__gemini-extension.json', 'gemini-extension', 0, ["Authorization"], ["remote:streamable-http"]],
  ['github__github-mcp-server__pkg__github____toolsnaps____actions_run_trigger.snap', 'tool-snapshot', 1, [], []],
  ['github__github-mcp-server__pkg__github____toolsnaps____create_or_update_file.snap', 'tool-snapshot', 1, [], []],
  ['github__github-mcp-server__pkg__github____toolsnaps____delete_repository.snap', 'tool-snapshot', 1, [], []],
  ['github__github-mcp-server__pkg__github____toolsnaps____get_me.snap', 'tool-snapshot', 1, [], []],
  ['github__github-mcp-server__pkg__github____toolsnaps____merge_pull_request.snap', 'tool-snapshot', 1, [], []],
  ['github__github-mcp-server__server.json', 'registry-server-json', 0, ["Authorization","GITHUB_PERSONAL_ACCESS_TOKEN"], ["remote:streamable-http","stdio"]],
  ['grafana__mcp-grafana__gemini-extension.json', 'gemini-extension', 0, ["GRAFANA_SERVICE_ACCOUNT_TOKEN"], ["stdio"]],
  ['grafana__mcp-grafana__mcpb__manifest.template.json', 'mcpb-manifest', 0, ["password","service_account_token"], ["stdio"]],
  ['grafana__mcp-grafana__server.json', 'registry-server-json', 0, ["GRAFANA_PASSWORD","GRAFANA_SERVICE_ACCOUNT_TOKEN"], ["remote:streamable-http","stdio"]],
  ['hashicorp__terraform-mcp-server__gemini-extension.json', 'gemini-extension', 0, ["TFE_TOKEN"], ["stdio"]],
  ['hashicorp__terraform-mcp-server__server.json', 'registry-server-json', 0, ["TFE_TOKEN"], ["stdio"]],
  ['microsoft__playwright-mcp__server.json', 'registry-server-json', 0, [], ["stdio"]],
  ['modelcontextprotocol__servers__src__filesystem__server.json', 'registry-server-json', 0, [], ["stdio"]],
  ['modelcontextprotocol__servers__src__git__server.json', 'registry-server-json', 0, [], ["stdio"]],
  ['mongodb-js__mongodb-mcp-server__mcp-tools.json', 'tools-dump', 20, [], []],
  ['mongodb-js__mongodb-mcp-server__packages__mongodb-mcp-server__packaging__mcpb__manifest.json', 'mcpb-manifest', 0, ["atlas_client_id","atlas_client_secret","connection_string","voyage_api_key"], ["stdio"]],
  ['mongodb-js__mongodb-mcp-server__packages__mongodb-mcp-server__server.json', 'registry-server-json', 0, ["MDB_MCP_API_CLIENT_ID","MDB_MCP_API_CLIENT_SECRET","MDB_MCP_CONNECTION_STRING","MDB_MCP_VOYAGE_API_KEY"], ["stdio"]],
  ['neondatabase__mcp-server-neon__server.json', 'registry-server-json', 0, ["Authorization"], ["remote:streamable-http"]],
  ['oras-project__oras__mcp-tools.json', 'tools-dump', 4, [], []],
  ['stacklok__toolhive-registry__registry__filesystem__spec.yaml', 'toolhive-spec', 11, [], ["stdio"]],
  ['stacklok__toolhive-registry__registry__stripe__spec.yaml', 'toolhive-spec', 19, ["STRIPE_SECRET_KEY"], ["stdio"]],
  ['stripe__agent-toolkit__gemini-extension.json', 'gemini-extension', 0, [], ["remote:streamable-http"]],
  ['stripe__agent-toolkit__tools__modelcontextprotocol__manifest.json', 'mcpb-manifest', 23, ["stripe_secret_key"], ["stdio"]],
  ['stripe__agent-toolkit__tools__modelcontextprotocol__server.json', 'registry-server-json', 0, [], ["remote:streamable-http"]],
  ['supabase-community__supabase-mcp__packages__mcp-server-supabase__server.json', 'registry-server-json', 0, ["SUPABASE_ACCESS_TOKEN"], ["remote:streamable-http","stdio"]],
  ['upstash__context7__gemini-extension.json', 'gemini-extension', 0, ["CONTEXT7_API_KEY"], ["stdio"]],
  ['upstash__context7__packages__mcp__mcpb__manifest.json', 'mcpb-manifest', 2, [], ["stdio"]],
  ['upstash__context7__packages__mcp__smithery.yaml', 'smithery', 0, [], ["http"]],
  ['upstash__context7__server.json', 'registry-server-json', 0, ["Authorization","CONTEXT7_API_KEY"], ["remote:streamable-http","stdio"]],
  ['wonderwhy-er__DesktopCommanderMCP__.mcp.json', 'client-config', 0, [], ["stdio"]],
  ['wonderwhy-er__DesktopCommanderMCP__manifest.template.json', 'mcpb-manifest', 26, [], ["stdio"]],
  ['wonderwhy-er__DesktopCommanderMCP__plugin.json', 'ignored', 0, [], []],
  ['wonderwhy-er__DesktopCommanderMCP__server.json', 'registry-server-json', 0, [], ["stdio"]],
  ['wonderwhy-er__DesktopCommanderMCP__server.yaml', 'docker-catalog', 0, [], ["stdio"]],
  ['wonderwhy-er__DesktopCommanderMCP__smithery.yaml', 'smithery', 0, [], ["stdio"]],
];

describe('the real corpus', () => {
  it('covers every file copied from shared/corpus/real', () => {
    const files = readdirSync(CORPUS).sort();
    expect(EXPECTED.map((r) => r[0]).sort()).toEqual(files);
  });

  it.each(EXPECTED)('%s loads as %s with %i tools, its secrets and transports', (file, format, tools, secrets, transports) => {
    const { result, profile } = load(file);
    expect(result.errors).toEqual([]);
    if (format === 'ignored') {
      expect(result.fragments).toHaveLength(0);
      expect(result.notices[0]?.message).toMatch(/^ignored: /);
      return;
    }
    expect(result.fragments[0]?.source.format).toBe(format);
    expect(profile.tools).toHaveLength(tools);
    expect([...new Set(profile.secrets.map((s) => s.name))].sort()).toEqual(secrets);
    expect([...new Set(profile.transports.map((t) => (t.via === 'remote' ? `remote:${t.type}` : t.type)))].sort()).toEqual(transports);
  });
});

describe('what INDEX.md singles out in the corpus', () => {
  const tool = (p: ServerProfile, name: string) => p.tools.find((t) => t.name === name)!;

  it('reads the legacy snake_case server.json of Cloudflare: 13 remotes, 11 secret Authorization headers', () => {
    const { result, profile } = load('cloudflare__mcp-server-cloudflare__server.json');
    expect(result.fragments[0]?.source.schemaVersion).toBe('2025-07-09');
    expect(profile.remotes).toHaveLength(13);
    expect(profile.secrets.filter((s) => s.kind === 'header' && s.markedSecret)).toHaveLength(11);
  });

  it('finds the GitHub PAT hidden in a docker -e argument with a secret variable', () => {
    const { profile } = load('github__github-mcp-server__server.json');
    const pat = profile.secrets.find((s) => s.name === 'GITHUB_PERSONAL_ACCESS_TOKEN');
    expect(pat).toMatchObject({ kind: 'argument', markedSecret: true });
    expect(pat?.location?.line).toBeGreaterThan(1);
  });

  it('applies MCP defaults: merge_pull_request has readOnlyHint false and no destructiveHint, so it is destructive', () => {
    const { profile } = load('github__github-mcp-server__pkg__github____toolsnaps____merge_pull_request.snap');
    const t = tool(profile, 'merge_pull_request');
    expect(t.annotationsDeclared).toBe(true);
    expect(t.effective).toMatchObject({ readOnly: false, destructive: true });
  });

  it('treats the ORAS all-default annotation sets (mcp-go NewTool) as undeclared', () => {
    const { profile } = load('oras-project__oras__mcp-tools.json');
    expect(profile.tools.every((t) => t.annotationsAllDefault && !t.annotationsDeclared)).toBe(true);
  });

  it('counts the MongoDB dump: 3 destructive, 5 non-destructive writes, 12 read-only', () => {
    const { profile } = load('mongodb-js__mongodb-mcp-server__mcp-tools.json');
    const readOnly = profile.tools.filter((t) => t.effective.readOnly).length;
    const destructive = profile.tools.filter((t) => t.effective.destructive).length;
    expect([readOnly, destructive, profile.tools.length - readOnly - destructive]).toEqual([12, 3, 5]);
  });

  it('reads Sentry per-tool OAuth scopes', () => {
    const { profile } = load('getsentry__sentry-mcp__packages__mcp-core__src__toolDefinitions.json');
    expect(profile.tools.filter((t) => t.requiredScopes?.some((s) => s.endsWith(':write'))).length).toBeGreaterThan(5);
  });

  it('notices the Stripe DXT secret key that is not marked sensitive', () => {
    const { profile } = load('stripe__agent-toolkit__tools__modelcontextprotocol__manifest.json');
    expect(profile.secrets).toEqual([expect.objectContaining({ name: 'stripe_secret_key', kind: 'user-config', markedSecret: false, required: true })]);
  });

  it('marks generated tool lists incomplete (Grafana tools_generated, Docker dynamic tools)', () => {
    expect(load('grafana__mcp-grafana__mcpb__manifest.template.json').profile.toolsIncomplete).toBe(true);
    expect(load('docker__mcp-registry__servers__paypal__server.yaml').profile.toolsIncomplete).toBe(true);
  });

  it('reads network posture from catalogs: GitHub allow-list, filesystem network disabled', () => {
    expect(load('docker__mcp-registry__servers__github-official__server.yaml').profile.network.allowHosts).toContain('api.github.com:443');
    expect(load('docker__mcp-registry__servers__filesystem__server.yaml').profile.network.disableNetwork).toBe(true);
    expect(load('stacklok__toolhive-registry__registry__filesystem__spec.yaml').profile.network.disableNetwork).toBe(true);
  });

  it('records risk-reducing knobs declared as configuration (MongoDB read-only, Neon x-read-only)', () => {
    const mongo = load('mongodb-js__mongodb-mcp-server__packages__mongodb-mcp-server__server.json').profile;
    expect(mongo.safetyKnobs.map((k) => k.kind)).toEqual(expect.arrayContaining(['read-only', 'disabled-tools', 'confirmation']));
    expect(load('neondatabase__mcp-server-neon__server.json').profile.safetyKnobs.map((k) => k.name)).toContain('x-read-only');
  });

  it('keeps template versions as written (GitHub ${VERSION})', () => {
    expect(load('github__github-mcp-server__server.json').profile.version).toBe('${VERSION}');
  });
});
