import type { ToolEffect } from '../model/capability.js';
import type { FindingDraft } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { ToolRecord } from '../model/tool.js';
import { checkCatalog, type CheckDefinition } from './catalog.js';
import { visible } from './visible.js';

/**
 * Toxic flows: tools harmless alone that together give an injected agent a path to exfiltrate.
 * One tool brings in content others write (the injection), one reads private data (the loot),
 * one can send data out (the way out). Read from the per-tool effects, never from words. Pure.
 */

export interface FlowInput {
  tools: readonly ToolRecord[];
  /** Each tool's inferred effect, in the order of `tools`. */
  effects: readonly ToolEffect[];
  /** Servers the repository's MCP client configuration lists; with two or more the flow is looked for across them. */
  clientServers?: readonly { name: string; location?: Location }[];
  /** What to call the server when the tools are not attributed to a configured one. */
  serverName?: string;
}

interface Leg {
  tool: ToolRecord;
  effect: ToolEffect;
  server: string;
  index: number;
  /** Lower is a clearer case for this leg. */
  rank: number;
}

type LegName = 'untrusted' | 'private' | 'out';

/** At most this many candidates per leg are tried when choosing the three tools to report. */
const CANDIDATES = 12;

function flowCheck(): CheckDefinition | undefined {
  return checkCatalog().checks.find((c) => c.detector.type === 'builtin' && c.detector.rule === 'toxic-flow');
}

/** The configured server whose name is a folder on the path of a tool's dump, if any. */
function serverOf(tool: ToolRecord, servers: readonly string[]): string | undefined {
  for (const origin of tool.origins) {
    const folders = origin.path.split(/[\\/]/).slice(0, -1).map((s) => s.toLowerCase());
    const hit = servers.find((s) => folders.includes(s.toLowerCase()));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function reasonFor(effect: ToolEffect, ids: readonly string[]): string {
  const line = effect.reasons.find((r) => ids.some((id) => r.startsWith(`${id}:`)));
  return line === undefined ? '' : line.slice(line.indexOf(':') + 1).trim();
}

export function detectToxicFlows(input: FlowInput): FindingDraft[] {
  const check = flowCheck();
  if (!check) return [];
  const configured = (input.clientServers ?? []).map((s) => s.name);
  const across = new Set(configured).size >= 2;
  const home = input.serverName ?? 'this server';
  const legs: Record<LegName, Leg[]> = { untrusted: [], private: [], out: [] };
  input.tools.forEach((tool, index) => {
    const effect = input.effects[index];
    if (!effect) return;
    const server = (across ? serverOf(tool, configured) : undefined) ?? home;
    const e = effect.effects;
    if (e.includes('untrusted-content')) legs.untrusted.push({ tool, effect, server, index, rank: e.includes('private-data') ? 1 : 0 });
    if (e.includes('private-data')) legs.private.push({ tool, effect, server, index, rank: e.includes('untrusted-content') ? 1 : 0 });
    // A tool that sends or publishes by itself is a clearer way out than one that only takes a URL.
    if (e.includes('egress') || e.includes('publish')) legs.out.push({ tool, effect, server, index, rank: e.includes('publish') || effect.action !== 'read' ? 0 : 1 });
  });
  if (legs.untrusted.length === 0 || legs.private.length === 0 || legs.out.length === 0) return [];
  const best = (list: Leg[]): Leg[] => [...list].sort((a, b) => a.rank - b.rank || a.index - b.index).slice(0, CANDIDATES);
  let chosen: [Leg, Leg, Leg] | undefined;
  let score = -Infinity;
  // Prefer three different tools, then (with a client configuration) more servers, then clearer cases.
  for (const u of best(legs.untrusted)) {
    for (const p of best(legs.private)) {
      for (const o of best(legs.out)) {
        const tools = new Set([u.index, p.index, o.index]).size;
        const servers = new Set([u.server, p.server, o.server]).size;
        const s = tools * 100 + (across ? servers * 10 : 0) - (u.rank + p.rank + o.rank);
        if (s > score) {
          score = s;
          chosen = [u, p, o];
        }
      }
    }
  }
  if (!chosen) return [];
  const [u, p, o] = chosen;
  const servers = new Set([u.server, p.server, o.server]);
  const name = (l: Leg): string => (across ? `${visible(l.server, 64)}/${visible(l.tool.name, 64)}` : visible(l.tool.name, 64));
  const path = `${name(u)} (untrusted content) → ${name(p)} (private data) → ${name(o)} (sends it out)`;
  const counts = `${legs.untrusted.length} tool${legs.untrusted.length === 1 ? '' : 's'} bring in untrusted content, ${legs.private.length} read private data, ${legs.out.length} can send data out`;
  const where = across && servers.size > 1 ? `Across the servers of the MCP client configuration (${[...servers].map((s) => `"${visible(s, 64)}"`).join(', ')})` : `Within ${across ? `"${visible(u.server, 64)}"` : 'this server'}`;
  const message =
    `${where}, an agent steered by injected content can walk ${path}. ` +
    `"${visible(u.tool.name, 64)}" returns content others can write (${reasonFor(u.effect, ['untrusted-content'])}); ` +
    `"${visible(p.tool.name, 64)}" reads private data (${reasonFor(p.effect, ['private-data'])}); ` +
    `"${visible(o.tool.name, 64)}" can carry it out (${reasonFor(o.effect, ['publish', 'egress'])}). ` +
    `${counts}. Broken by MAE-L3-03 (a human confirms each call of "${visible(o.tool.name, 64)}"), MAE-L2-03 (it reaches only allow-listed destinations) or MAE-L2-01 (what "${visible(u.tool.name, 64)}" returns is labelled as untrusted data).`;
  const locations: Location[] = [];
  for (const l of chosen) {
    const loc = l.tool.location ?? l.tool.origins.find((x) => x.format !== 'introspection');
    if (loc && !locations.some((x) => x.path === loc.path && x.line === loc.line)) locations.push(loc.line !== undefined ? { path: loc.path, line: loc.line } : { path: loc.path });
  }
  const finding: FindingDraft = {
    id: across && servers.size > 1 ? `${check.id}:across-servers` : check.id,
    kind: 'toxic-flow',
    title: check.title,
    message,
    layers: [...check.layers],
    cvssVector: check.cvssVector,
    locations,
    remediation: check.remediation,
    docs: check.docs,
  };
  if (check.scenario) finding.scenarioId = check.scenario;
  return [finding];
}
