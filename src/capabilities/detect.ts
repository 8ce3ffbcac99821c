import rulesData from '../../data/capabilities/rules.json' with { type: 'json' };
import { evaluate, regex, toolOfHit, type Hit } from '../conditions/evaluate.js';
import type { Condition } from '../conditions/types.js';
import {
  CAPABILITY_IDS,
  type Capability,
  type CapabilityId,
  type CapabilityProfile,
  type Evidence,
  type ServerProfile,
  type ToolEffect,
  type ToolRecord,
} from '../model/index.js';
import { classifyTool } from './effects.js';
import { inputProperties } from './inputs.js';
import { nameWords } from './words.js';

interface CapabilityRule {
  id: CapabilityId;
  /** Conditions in the shared language; every tool or field that meets one is evidence. */
  when: Condition[];
}

const RULES = rulesData.capabilities as unknown as CapabilityRule[];

/**
 * Evidence in words for one hit of one condition: what the tool does (its effect), which word of
 * its name or which input showed it, or the manifest field the condition read.
 */
function evidenceOf(cond: Condition, hit: Hit, tool: ToolRecord | undefined, effect: ToolEffect | undefined): Evidence {
  const where = hit.location ?? tool?.location;
  let kind = 'manifest-field';
  let detail = hit.detail ?? '';
  if (tool !== undefined && 'effect' in cond) {
    kind = 'effect';
    detail = `${tool.name}: ${effect?.reasons.find((r) => r.startsWith(`${cond.effect}:`)) ?? cond.effect}`;
  } else if (tool !== undefined && 'tools' in cond && cond.tools.nameWords !== undefined) {
    const words = new Set(cond.tools.nameWords);
    kind = 'name-word';
    detail = `${tool.name}: name contains "${nameWords(tool.name).find((w) => words.has(w)) ?? ''}"`;
  } else if (tool !== undefined && 'tools' in cond) {
    kind = 'input-property';
    detail = `${tool.name}: ${inputDetail(tool, cond.tools.inputProperty, cond.tools.inputFormats)}`;
  } else if (tool !== undefined) {
    kind = 'tool';
    detail = `${tool.name}${hit.detail !== undefined ? `: ${hit.detail}` : ''}`;
  }
  const e: Evidence = { kind, detail };
  if (tool !== undefined) e.tool = tool.name;
  if (where !== undefined) e.location = where;
  return e;
}

function inputDetail(tool: ToolRecord, pattern: string | undefined, formats: string[] | undefined): string {
  const re = pattern !== undefined ? regex(pattern) : undefined;
  const hit = inputProperties(tool.inputSchema).find(([name, format]) => re?.test(name) === true || (format !== undefined && formats?.includes(format) === true));
  if (!hit) return 'input';
  const [name, format] = hit;
  return `input "${name}"${format !== undefined ? ` (format ${format})` : ''}`;
}

/** Detects what the server can do, each capability with the tools, fields and files that show it. Pure. */
export function detectCapabilities(profile: ServerProfile): CapabilityProfile {
  const effects = profile.tools.map(classifyTool);
  // Conditions read each tool's effect from the profile being built: capabilities do not exist yet.
  const provisional: CapabilityProfile = { capabilities: [], surface: summarise(profile), effects };
  const input = { profile, capabilities: provisional };
  const index = new Map<ToolRecord, number>();
  profile.tools.forEach((t, i) => index.set(t, i));
  const capabilities: Capability[] = [];
  for (const rule of RULES) {
    const found: Evidence[] = [];
    const seenTools = new Set<ToolRecord>();
    for (const cond of rule.when) {
      const outcome = evaluate(cond, input);
      if (!outcome.ok) continue;
      for (const hit of outcome.hits) {
        const tool = toolOfHit(hit);
        if (tool !== undefined) {
          if (seenTools.has(tool)) continue;
          seenTools.add(tool);
        }
        found.push(evidenceOf(cond, hit, tool, tool !== undefined ? effects[index.get(tool) ?? -1] : undefined));
      }
    }
    if (found.length > 0) capabilities.push({ id: rule.id, evidence: found });
  }
  capabilities.sort((a, b) => CAPABILITY_IDS.indexOf(a.id) - CAPABILITY_IDS.indexOf(b.id));
  return { capabilities, surface: provisional.surface, effects };
}

function summarise(profile: ServerProfile): CapabilityProfile['surface'] {
  const tools = profile.tools;
  return {
    toolCount: tools.length,
    unknown: tools.length === 0,
    incomplete: profile.toolsIncomplete,
    annotated: tools.filter((t) => t.annotationsDeclared).length,
    readOnly: tools.filter((t) => t.effective.readOnly).length,
    destructive: tools.filter((t) => t.effective.destructive).length,
    openWorld: tools.filter((t) => t.effective.openWorld).length,
  };
}
