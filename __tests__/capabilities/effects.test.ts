import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { buildProfile, loadFiles } from '../../src/manifest/index.js';
import { classifyTool } from '../../src/capabilities/effects.js';
import type { EffectId, ToolAction, ToolRecord } from '../../src/model/index.js';
import lexicon from '../../data/capabilities/effects.json' with { type: 'json' };
import lexiconSchema from '../../schemas/tool-effects.schema.json' with { type: 'json' };

// Real tools, read through the real loader from the calibration servers' own tools/list results.
const cache = new Map<string, ToolRecord[]>();
function toolOf(server: string, name: string): ToolRecord {
  let tools = cache.get(server);
  if (!tools) {
    const text = readFileSync(new URL(`../../fixtures/calibration/${server}/tools.json`, import.meta.url), 'utf8');
    const loaded = loadFiles([{ path: 'tools.json', text }]);
    tools = buildProfile(loaded.fragments).tools;
    cache.set(server, tools);
  }
  const tool = tools.find((t) => t.name === name);
  if (!tool) throw new Error(`${server} has no tool ${name}`);
  return tool;
}

type Row = [server: string, tool: string, action: ToolAction, has: EffectId[], hasNot: EffectId[]];

const TABLE: Row[] = [
  // False positives of word matching that the effect must not repeat.
  ['weather', 'get-alerts', 'read', [], ['write', 'infrastructure', 'untrusted-content']],
  ['weather', 'get-forecast', 'read', [], ['write', 'infrastructure']],
  ['time', 'current_time', 'read', [], ['write', 'destructive']],
  ['time', 'relative_time', 'read', [], ['write', 'destructive']],
  ['time', 'days_in_month', 'read', [], ['write', 'destructive']],
  ['time', 'convert_time', 'read', [], ['write', 'destructive']],
  ['time', 'get_timestamp', 'read', [], ['write', 'destructive']],
  ['time', 'get_week_year', 'read', [], ['write', 'destructive']],
  ['sentry', 'add_issue_note', 'write', [], ['execute', 'money', 'infrastructure']],
  ['sentry', 'get_issue_details', 'read', ['untrusted-content'], ['write', 'execute']],
  ['sentry', 'get_issue_tag_values', 'read', [], ['write']],
  ['sentry', 'get_release_details', 'read', [], ['write', 'publish', 'execute']],
  ['sentry', 'search_docs', 'read', ['untrusted-content'], ['execute', 'money']],
  ['sentry', 'find_releases', 'read', [], ['publish', 'execute']],
  ['sentry', 'execute_sentry_tool', 'write', [], ['execute']],
  ['sentry', 'update_issue', 'write', [], ['destructive', 'execute', 'money']],
  ['sentry', 'remove_team_from_project', 'destructive', ['write'], ['execute']],
  ['sentry', 'create_uptime_monitor', 'write', [], ['execute', 'money']],
  ['sequential-thinking', 'sequentialthinking', 'read', [], ['write', 'destructive']],
  ['context7', 'query-docs', 'read', ['untrusted-content'], ['write']],
  ['context7', 'resolve-library-id', 'read', [], ['write']],
  ['notion', 'API-post-search', 'read', ['untrusted-content'], ['write', 'destructive']],
  ['notion', 'API-post-page', 'destructive', ['write'], ['execute']],
  ['notion', 'API-retrieve-a-page', 'read', ['untrusted-content'], ['write']],
  ['notion', 'API-query-data-source', 'read', [], ['write']],
  // True effects.
  ['cloudflare', 'worker_deploy', 'write', ['publish', 'infrastructure'], []],
  ['cloudflare', 'worker_delete', 'destructive', ['infrastructure'], []],
  ['cloudflare', 'd1_delete_database', 'destructive', ['infrastructure'], []],
  ['cloudflare', 'kv_put', 'write', ['infrastructure'], []],
  ['cloudflare', 'kv_get', 'read', [], ['write']],
  ['cloudflare', 'secret_list', 'read', ['private-data'], ['write']],
  ['cloudflare', 'workflow_execute', 'execute', ['infrastructure'], []],
  ['stripe', 'create_refund', 'write', ['money'], []],
  ['stripe', 'cancel_subscription', 'destructive', ['money'], []],
  ['stripe', 'create_payment_link', 'write', ['money'], []],
  ['stripe', 'create_customer', 'write', [], ['money']],
  ['stripe', 'list_customers', 'read', ['untrusted-content'], ['money', 'write']],
  ['kubernetes', 'exec_in_pod', 'execute', ['infrastructure'], []],
  ['kubernetes', 'kubectl_generic', 'execute', ['infrastructure'], []],
  ['kubernetes', 'kubectl_delete', 'destructive', ['infrastructure'], []],
  ['kubernetes', 'kubectl_get', 'read', [], ['write']],
  ['kubernetes', 'kubectl_logs', 'read', ['untrusted-content'], ['write']],
  ['filesystem', 'write_file', 'destructive', ['write'], ['execute']],
  ['filesystem', 'edit_file', 'destructive', ['write'], []],
  ['filesystem', 'create_directory', 'write', [], ['destructive']],
  ['filesystem', 'read_text_file', 'read', ['private-data'], ['write']],
  ['filesystem', 'list_directory', 'read', ['private-data'], ['write']],
  ['git', 'git_push', 'write', ['publish', 'egress'], []],
  ['git', 'git_reset', 'destructive', [], []],
  ['git', 'git_log', 'read', ['untrusted-content'], ['write']],
  ['memory', 'create_entities', 'write', ['memory'], ['infrastructure']],
  ['memory', 'delete_entities', 'destructive', ['memory'], []],
  ['memory', 'read_graph', 'read', ['memory'], ['write']],
  ['fetch', 'fetch_html', 'read', ['untrusted-content', 'egress'], ['write', 'private-data']],
  ['fetch', 'fetch_json', 'read', ['untrusted-content', 'egress'], ['private-data']],
];

describe('the effect lexicon', () => {
  it('validates against schemas/tool-effects.schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(lexiconSchema);
    expect(validate(lexicon), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('holds patterns that compile', () => {
    expect(() => new RegExp(lexicon.urlProperties, 'i')).not.toThrow();
    expect(() => new RegExp(lexicon.descriptionPrefix)).not.toThrow();
  });
});

describe(`what ${TABLE.length} real tools do, read from meaning`, () => {
  it('covers at least 40 tools', () => expect(TABLE.length).toBeGreaterThanOrEqual(40));
  it.each(TABLE)('%s %s: %s', (server, name, action, has, hasNot) => {
    const effect = classifyTool(toolOf(server, name));
    expect(effect.action).toBe(action);
    for (const e of has) expect(effect.effects, `${name} should ${e}`).toContain(e);
    for (const e of hasNot) expect(effect.effects, `${name} should not ${e}`).not.toContain(e);
    expect(effect.reasons.length).toBe(effect.effects.length);
  });
});

describe('what the client is told stays apart from what the tool does', () => {
  it('per-tool OAuth scopes (Sentry requiredScopes) set no effect', () => {
    const t = toolOf('sentry', 'find_projects');
    expect(t.requiredScopes?.length).toBeGreaterThan(0);
    expect(classifyTool(t).effects).toEqual(['read']);
  });
  it('incidental words deep in a description are not evidence', () => {
    const e = classifyTool({ ...toolOf('weather', 'get-forecast'), description: 'Get the forecast. Unlike tools that deploy code or take payments, this one only reads.' });
    expect(e.effects).toEqual(['read']);
  });
  it('an unannotated tool with no verb is unknown, not destructive', () => {
    const e = classifyTool({ name: 'thing', annotationsDeclared: false, annotationsAllDefault: false, effective: { readOnly: false, destructive: true, idempotent: false, openWorld: true }, origins: [] });
    expect(e).toMatchObject({ action: 'unknown', confidence: 'low', effects: [] });
  });
});
