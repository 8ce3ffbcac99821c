import rulesData from '../../data/capabilities/rules.json' with { type: 'json' };
import {
  CAPABILITY_IDS,
  type Capability,
  type CapabilityId,
  type CapabilityProfile,
  type Evidence,
  type ServerProfile,
  type ToolRecord,
} from '../model/index.js';
import { nameWords } from './words.js';

type Rule =
  | { kind: 'annotation'; when: 'not-read-only' | 'destructive' | 'open-world-read' }
  | { kind: 'spec-default'; when: 'not-read-only' | 'destructive' }
  | { kind: 'name-word'; words: string[]; writable?: boolean }
  | { kind: 'description'; pattern: string; writable?: boolean }
  | { kind: 'http-method'; methods: string[] }
  | { kind: 'scope'; pattern: string }
  | { kind: 'input-property'; pattern: string; formats?: string[] }
  | { kind: 'profile'; fact: ProfileFact };

type ProfileFact =
  | 'remote-endpoint'
  | 'local-http-transport'
  | 'published-port'
  | 'secret'
  | 'oauth-provider'
  | 'remote-without-credential-header'
  | 'oauth-callback'
  | 'filesystem-scope';

interface CompiledRule {
  rule: Rule;
  words?: Set<string>;
  re?: RegExp;
}

const COMPILED: { id: CapabilityId; rules: CompiledRule[] }[] = (rulesData.capabilities as { id: CapabilityId; rules: Rule[] }[]).map((c) => ({
  id: c.id,
  rules: c.rules.map((rule) => {
    if (rule.kind === 'name-word') return { rule, words: new Set(rule.words) };
    if (rule.kind === 'description' || rule.kind === 'scope' || rule.kind === 'input-property') return { rule, re: new RegExp(rule.pattern, 'i') };
    return { rule };
  }),
}));

/** Descriptions are matched on a bounded prefix: a hostile 10 MB description must not cost more than a normal one. */
const MAX_DESCRIPTION_SCAN = 4096;

/** Detects what the server can do, each capability with the tools, fields and files that show it. Pure. */
export function detectCapabilities(profile: ServerProfile): CapabilityProfile {
  // Facts each rule reads are computed once per tool, not once per rule.
  const facts = profile.tools.map((t) => ({
    tool: t,
    words: nameWords(t.name),
    description: (t.description ?? '').slice(0, MAX_DESCRIPTION_SCAN),
    props: inputProperties(t),
  }));
  const capabilities: Capability[] = [];
  for (const cap of COMPILED) {
    const evidence: Evidence[] = [];
    for (const f of facts) {
      const hit = toolEvidence(f, cap.rules);
      if (hit) evidence.push(hit);
    }
    for (const { rule } of cap.rules) if (rule.kind === 'profile') evidence.push(...profileEvidence(profile, rule.fact));
    if (evidence.length > 0) capabilities.push({ id: cap.id, evidence });
  }
  capabilities.sort((a, b) => CAPABILITY_IDS.indexOf(a.id) - CAPABILITY_IDS.indexOf(b.id));
  return { capabilities, surface: summarise(profile) };
}

/** The strongest single reason a tool shows a capability (rules are ordered strongest first). */
interface ToolFacts {
  tool: ToolRecord;
  words: string[];
  description: string;
  props: [string, string | undefined][];
}

function toolEvidence({ tool, words, description, props }: ToolFacts, rules: CompiledRule[]): Evidence | undefined {
  const writable = !tool.effective.readOnly || !tool.annotationsDeclared;
  const ev = (kind: string, detail: string): Evidence => ({ kind, detail, tool: tool.name, ...(tool.location && { location: tool.location }) });
  for (const { rule, words: ruleWords, re } of rules) {
    switch (rule.kind) {
      case 'annotation': {
        if (!tool.annotationsDeclared) break;
        if (rule.when === 'not-read-only' && !tool.effective.readOnly) return ev('annotation', `${tool.name}: readOnlyHint is not true`);
        if (rule.when === 'destructive' && tool.effective.destructive) {
          return ev('annotation', `${tool.name}: ${tool.annotations?.destructiveHint === true ? 'destructiveHint: true' : 'not read-only and destructiveHint absent (spec default true)'}`);
        }
        if (rule.when === 'open-world-read' && tool.effective.readOnly && tool.annotations?.openWorldHint === true) {
          return ev('annotation', `${tool.name}: read-only with openWorldHint: true (reads from outside the server)`);
        }
        break;
      }
      case 'spec-default': {
        if (tool.annotationsDeclared) break;
        const why = tool.annotationsAllDefault ? 'only the all-default annotation set (SDK-emitted, not a declaration)' : 'no annotations';
        if (rule.when === 'not-read-only') return ev('spec-default', `${tool.name}: ${why}; MCP defaults make it not read-only`);
        if (rule.when === 'destructive') return ev('spec-default', `${tool.name}: ${why}; MCP defaults make it destructive`);
        break;
      }
      case 'name-word': {
        if (rule.writable && !writable) break;
        if (!ruleWords) break;
        for (const w of words) if (ruleWords.has(w)) return ev('name-verb', `${tool.name}: name contains "${w}"`);
        break;
      }
      case 'description': {
        if (rule.writable && !writable) break;
        const m = description ? re?.exec(description) : null;
        if (m) return ev('description', `${tool.name}: description mentions "${m[0]}"`);
        break;
      }
      case 'http-method':
        if (tool.httpMethod && rule.methods.includes(tool.httpMethod)) return ev('http-method', `${tool.name}: HTTP ${tool.httpMethod}`);
        break;
      case 'scope': {
        const scope = tool.requiredScopes?.find((s) => re?.test(s));
        if (scope) return ev('scope', `${tool.name}: requires OAuth scope ${scope}`);
        break;
      }
      case 'input-property': {
        const prop = props.find(([name, format]) => re?.test(name) || (format !== undefined && rule.formats?.includes(format)));
        if (prop) return ev('input-property', `${tool.name}: input "${prop[0]}"${prop[1] ? ` (format ${prop[1]})` : ''}`);
        break;
      }
      case 'profile':
        break;
    }
  }
  return undefined;
}

function inputProperties(tool: ToolRecord): [string, string | undefined][] {
  const schema = tool.inputSchema;
  if (typeof schema !== 'object' || schema === null) return [];
  const props = (schema as { properties?: unknown }).properties;
  if (typeof props !== 'object' || props === null) return [];
  return Object.entries(props as Record<string, unknown>).map(([name, def]) => {
    const format = typeof def === 'object' && def !== null ? (def as { format?: unknown }).format : undefined;
    return [name, typeof format === 'string' ? format : undefined];
  });
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
