import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyTools } from '../../src/capabilities/effects.js';
import { scanRepository } from '../../src/scan.js';
import { detectToxicFlows, toolRecordsFromIntrospection } from '../../src/surface/index.js';
import { readFileSync } from 'node:fs';

const CAL = fileURLToPath(new URL('../../fixtures/calibration/', import.meta.url));
const CLIENT = fileURLToPath(new URL('../../fixtures/flows/client-config/', import.meta.url));

function flowsOf(server: string) {
  const json = JSON.parse(readFileSync(`${CAL}${server}/tools.json`, 'utf8')) as unknown;
  const list = Array.isArray(json) ? json : (json as { tools: unknown[] }).tools;
  const tools = toolRecordsFromIntrospection(list, `${server}/tools.json`).tools;
  return detectToxicFlows({ tools, effects: classifyTools(tools) });
}

describe('toxic flows', () => {
  it('finds the exfiltration path in real calibration servers that have all three legs', () => {
    const [cf] = flowsOf('cloudflare');
    expect(cf!.id).toBe('MRG-FLOW-EXFIL');
    expect(cf!.kind).toBe('toxic-flow');
    expect(cf!.scenarioId).toBe('exfiltration-flow');
    // Content others write (a Worker or queue message), private data (KV keys, env vars, secrets), a way out (deploy, queue send).
    expect(cf!.message).toMatch(/can walk (?:worker_get|queue_get_message) \(untrusted content\) → (?:kv_list|env_var_list|secret_list) \(private data\) → (?:worker_deploy|queue_send_message|queue_send_batch) \(sends it out\)/);
    for (const control of ['MAE-L3-03', 'MAE-L2-03', 'MAE-L2-01']) expect(cf!.message).toContain(control);
    expect(flowsOf('sentry').map((f) => f.id)).toEqual(['MRG-FLOW-EXFIL']);
  });

  it('is silent on real servers that lack a leg', () => {
    expect(flowsOf('filesystem')).toEqual([]); // private data and content, no way out
    expect(flowsOf('fetch')).toEqual([]); // content and a way out, no private data
    expect(flowsOf('git')).toEqual([]); // no private-data tool
    expect(flowsOf('memory')).toEqual([]);
  });

  it('prefers three different tools over one tool filling two legs', () => {
    const tools = toolRecordsFromIntrospection(
      [
        { name: 'read_file', description: 'Read a file.', inputSchema: { type: 'object', properties: { path: { type: 'string' } } }, annotations: { readOnlyHint: true } },
        { name: 'fetch_page', description: 'Fetch a web page.', inputSchema: { type: 'object', properties: { url: { type: 'string' } } } },
        { name: 'send_message', description: 'Send a message to a channel.', inputSchema: { type: 'object', properties: { text: { type: 'string' } } } },
      ],
      'x',
    ).tools;
    const [f] = detectToxicFlows({ tools, effects: classifyTools(tools) });
    expect(f!.message).toContain('fetch_page (untrusted content) → read_file (private data) → send_message (sends it out)');
  });

  it('looks across the servers of a client configuration and scores the flow as its scenario', async () => {
    const { result } = await scanRepository({ dir: CLIENT, today: '2026-11-30' });
    expect(result.profile.clientServers?.map((s) => s.name)).toEqual(['notes', 'browser', 'mailer', 'notes', 'browser']);
    const flow = result.findings!.find((f) => f.kind === 'toxic-flow');
    expect(flow!.id).toBe('MRG-FLOW-EXFIL:across-servers');
    expect(flow!.message).toContain('browser/browse_page (untrusted content) → notes/');
    expect(flow!.message).toContain('→ mailer/send_email (sends it out)');
    const scenario = result.scenarios!.find((s) => s.id === 'exfiltration-flow');
    expect(scenario).toBeDefined();
    expect(flow!.cvss.vector).toBe(scenario!.vector);
    expect(flow!.aivss).toBe(scenario!.aivss);
    // The flow finding stands in for the scenario's own finding.
    expect(result.findings!.some((f) => f.id === 'SCN-exfiltration-flow')).toBe(false);
  });
});
