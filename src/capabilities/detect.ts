import rulesData from '../../data/capabilities/rules.json' with { type: 'json' };
import {
  CAPABILITY_IDS,
  type Capability,
  type CapabilityId,
  type CapabilityProfile,
  type EffectId,
  type ToolEffect,
  type Evidence,
  type ServerProfile,
  type ToolRecord,
} from '../model/index.js';
import { nameWords } from './words.js';
import { classifyTool } from './effects.js';

type Rule =
  | { kind: 'annotation'; when: 'not-read-only' | 'destructive' | 'open-world-read' }
  | { kind: 'spec-default'; when: 'not-read-only' | 'destructive' }
  | { kind: 'name-word'; words: string[]; writable?: boolean }
  | { kind: 'description'; pattern: string; writable?: boolean }
  | { kind: 'http-method'; methods: string[] }
  | { kind: 'scope'; pattern: string }
  | { kind: 'input-property'; pattern: string; formats?: string[] }
  | { kind: 'profile'; fact: ProfileFact }
  | { kind: 'effect'; effect: EffectId };

type ProfileFact =
  | 'remote-endpoint'
  | 'local-http-transport'
  | 'published-port'
  | 'secret'
  | 'oauth-provider'
  | 'remote-without-credential-header'
  | 'oauth-callback'
  | 'filesystem-scope';

/** The strongest single reason a tool shows a capability, or undefined: one compiled rule. */
type Matcher = (f: ToolFacts) => Evidence | undefined;

interface ToolFacts {
  tool: ToolRecord;
  effect: ToolEffect;
  words: string[];
  description: string;
  props: [string, string | undefined][];
  /** Not read-only, or no annotations to say so. */
  writable: boolean;
}

function evidence(tool: ToolRecord, kind: string, detail: string): Evidence {
  return tool.location ? { kind, detail, tool: tool.name, location: tool.location } : { kind, detail, tool: tool.name };
}

function compileRule(rule: Rule): Matcher | undefined {
  switch (rule.kind) {
    case 'annotation':
      if (rule.when === 'not-read-only') {
        return ({ tool }) => (tool.annotationsDeclared && !tool.effective.readOnly ? evidence(tool, 'annotation', `${tool.name}: readOnlyHint is not true`) : undefined);
      }
      if (rule.when === 'destructive') {
        return ({ tool }) =>
          tool.annotationsDeclared && tool.effective.destructive
            ? evidence(
                tool,
                'annotation',
                `${tool.name}: ${tool.annotations?.destructiveHint === true ? 'destructiveHint: true' : 'not read-only and destructiveHint absent (spec default true)'}`,
              )
            : undefined;
      }
      return ({ tool }) =>
        tool.annotationsDeclared && tool.effective.readOnly && tool.annotations?.openWorldHint === true
          ? evidence(tool, 'annotation', `${tool.name}: read-only with openWorldHint: true (reads from outside the server)`)
          : undefined;
    case 'spec-default': {
      const effect = rule.when === 'not-read-only' ? 'not read-only' : 'destructive';
      return ({ tool }) => {
        if (tool.annotationsDeclared) return undefined;
        const why = tool.annotationsAllDefault ? 'only the all-default annotation set (SDK-emitted, not a declaration)' : 'no annotations';
        return evidence(tool, 'spec-default', `${tool.name}: ${why}; MCP defaults make it ${effect}`);
      };
    }
    case 'name-word': {
      const words = new Set(rule.words);
      const writableOnly = rule.writable === true;
      return ({ tool, words: toolWords, writable }) => {
        if (writableOnly && !writable) return undefined;
        for (const w of toolWords) if (words.has(w)) return evidence(tool, 'name-verb', `${tool.name}: name contains "${w}"`);
        return undefined;
      };
    }
    case 'description': {
      const re = new RegExp(rule.pattern, 'i');
      const writableOnly = rule.writable === true;
      return ({ tool, description, writable }) => {
        if ((writableOnly && !writable) || description === '') return undefined;
        const m = re.exec(description);
        return m ? evidence(tool, 'description', `${tool.name}: description mentions "${m[0]}"`) : undefined;
      };
    }
    case 'http-method': {
      const methods = new Set(rule.methods);
      return ({ tool }) => (tool.httpMethod && methods.has(tool.httpMethod) ? evidence(tool, 'http-method', `${tool.name}: HTTP ${tool.httpMethod}`) : undefined);
    }
    case 'scope': {
      const re = new RegExp(rule.pattern, 'i');
      return ({ tool }) => {
        const scope = tool.requiredScopes?.find((s) => re.test(s));
        return scope ? evidence(tool, 'scope', `${tool.name}: requires OAuth scope ${scope}`) : undefined;
      };
    }
    case 'input-property': {
      const re = new RegExp(rule.pattern, 'i');
      const formats = new Set(rule.formats ?? []);
      return ({ tool, props }) => {
        for (const [name, format] of props) {
          if (re.test(name) || (format !== undefined && formats.has(format))) {
            return evidence(tool, 'input-property', `${tool.name}: input "${name}"${format ? ` (format ${format})` : ''}`);
          }
        }
        return undefined;
      };
    }
    case 'profile':
      return undefined;
    case 'effect':
      // What the tool does, read from meaning (effects.ts): the one rule kind that sets impact capabilities.
      return ({ tool, effect }) => {
        if (!effect.effects.includes(rule.effect)) return undefined;
        const why = effect.reasons.find((r) => r.startsWith(`${rule.effect}:`)) ?? rule.effect;
        return evidence(tool, 'effect', `${tool.name}: ${why}`);
      };
  }
}

interface CompiledCapability {
  id: CapabilityId;
  /** Tool rules, strongest first. */
  matchers: Matcher[];
  facts: ProfileFact[];
}

const COMPILED: CompiledCapability[] = (rulesData.capabilities as { id: CapabilityId; rules: Rule[] }[]).map((c) => ({
  id: c.id,
  matchers: c.rules.map(compileRule).filter((m): m is Matcher => m !== undefined),
  facts: c.rules.flatMap((r) => (r.kind === 'profile' ? [r.fact] : [])),
}));

/** Descriptions are matched on a bounded prefix: a hostile 10 MB description must not cost more than a normal one. */
const MAX_DESCRIPTION_SCAN = 4096;

/** Detects what the server can do, each capability with the tools, fields and files that show it. Pure. */
export function detectCapabilities(profile: ServerProfile): CapabilityProfile {
  // Facts each rule reads are computed once per tool, not once per rule.
  const facts: ToolFacts[] = profile.tools.map((t) => ({
    tool: t,
    effect: classifyTool(t),
    words: nameWords(t.name),
    description: (t.description ?? '').slice(0, MAX_DESCRIPTION_SCAN),
    props: inputProperties(t),
    writable: !t.effective.readOnly || !t.annotationsDeclared,
  }));
  const capabilities: Capability[] = [];
  for (const cap of COMPILED) {
    const found: Evidence[] = [];
    for (const f of facts) {
      for (const match of cap.matchers) {
        const hit = match(f);
        if (hit) {
          found.push(hit);
          break;
        }
      }
    }
    for (const fact of cap.facts) found.push(...profileEvidence(profile, fact));
    if (found.length > 0) capabilities.push({ id: cap.id, evidence: found });
  }
  capabilities.sort((a, b) => CAPABILITY_IDS.indexOf(a.id) - CAPABILITY_IDS.indexOf(b.id));
  return { capabilities, surface: summarise(profile), effects: facts.map((f) => f.effect) };
}

function inputProperties(tool: ToolRecord): [string, string | undefined][] {
  const schema = tool.inputSchema;
  if (typeof schema !== 'object' || schema === null) return [];
  const props = (schema as { properties?: unknown }).properties;
  if (typeof props !== 'object' || props === null) return [];
  const out: [string, string | undefined][] = [];
  for (const name in props) {
    const def = (props as Record<string, unknown>)[name];
    const format = typeof def === 'object' && def !== null ? (def as { format?: unknown }).format : undefined;
    out.push([name, typeof format === 'string' ? format : undefined]);
  }
  return out;
}

function profileEvidence(profile: ServerProfile, fact: ProfileFact): Evidence[] {
  switch (fact) {
    case 'remote-endpoint':
      return profile.remotes.map((r) => ({ kind: 'manifest-field', detail: `remote ${r.type} endpoint ${r.url}`, ...(r.location && { location: r.location }) }));
    case 'local-http-transport':
      return profile.transports
        .filter((t) => t.via === 'package' && t.type !== 'stdio')
        .map((t) => ({ kind: 'manifest-field', detail: `the server process listens over ${t.type}${t.url ? ` at ${t.url}` : ''}`, ...(t.location && { location: t.location }) }));
    case 'published-port':
      return profile.packages.flatMap((p) =>
        p.arguments
          .filter((a) => /^(-p|--publish|--port)\b/.test(a))
          .map((a) => ({ kind: 'manifest-field', detail: `runtime argument "${a}" opens a local port`, ...(p.location && { location: p.location }) })),
      );
    case 'secret':
      return profile.secrets.map((s) => ({
        kind: 'manifest-field',
        detail: `${s.kind} ${s.name}${s.markedSecret ? ' (marked secret)' : ' (secret by name, not marked)'}`,
        ...(s.location && { location: s.location }),
      }));
    case 'oauth-provider':
      return profile.oauthProviders.map((p) => ({ kind: 'manifest-field', detail: `OAuth provider ${p}` }));
    case 'remote-without-credential-header':
      return profile.remotes
        .filter((r) => r.url.startsWith('https://') && !r.headers.some((h) => h.isSecret && h.isRequired))
        .map((r) => ({
          kind: 'manifest-field',
          detail: `remote ${r.url} requires no credential header: authorization happens at the remote (OAuth)`,
          ...(r.location && { location: r.location }),
        }));
    case 'oauth-callback':
      return profile.packages.flatMap((p) =>
        p.arguments
          .filter((a) => /OAUTH/i.test(a))
          .map((a) => ({ kind: 'manifest-field', detail: `runtime argument "${a}" configures an OAuth flow`, ...(p.location && { location: p.location }) })),
      );
    case 'filesystem-scope':
      return profile.filesystemScopes.map((l) => ({ kind: 'manifest-field', detail: 'a path input or volume mount gives filesystem access', location: l }));
  }
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
