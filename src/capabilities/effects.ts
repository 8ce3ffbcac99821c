import effectsData from '../../data/capabilities/effects.json' with { type: 'json' };
import { EFFECT_IDS, type Confidence, type EffectId, type ToolAction, type ToolEffect } from '../model/capability.js';
import type { ToolRecord } from '../model/tool.js';
import { inputProperties } from './inputs.js';
import { nameWords } from './words.js';

type ObjectKind = keyof typeof effectsData.objects;

const verbAction = new Map<string, Exclude<ToolAction, 'unknown'>>();
for (const action of ['read', 'write', 'destructive', 'execute'] as const) {
  for (const w of effectsData.actions[action]) if (!verbAction.has(w)) verbAction.set(w, action);
}
const weakVerbs = new Set(effectsData.weakVerbs);
const methodVerbs = new Set(effectsData.methodVerbs);
const codeObjects = new Set(effectsData.codeObjects);
const egressVerbs = new Set(effectsData.egressVerbs);
const objectSets = Object.fromEntries(Object.entries(effectsData.objects).map(([k, v]) => [k, new Set(v)])) as Record<ObjectKind, Set<string>>;
const urlProperty = new RegExp(effectsData.urlProperties, 'i');
const urlFormats = new Set(effectsData.urlFormats);
const descriptionPrefix = new RegExp(effectsData.descriptionPrefix);

/** The end of the first sentence: a stop followed by a space, or a line break. */
const SENTENCE_END = /[.!?]\s|\n/;

const HTTP_ACTION: Record<string, Exclude<ToolAction, 'unknown' | 'execute'>> = { GET: 'read', HEAD: 'read', POST: 'write', PUT: 'write', PATCH: 'write', DELETE: 'destructive' };

/** The first sentence of a description, without a "Product |" style prefix, in words. */
function leadWords(description: string | undefined): string[] {
  if (!description) return [];
  const text = description.slice(0, 400).replace(descriptionPrefix, '');
  const end = SENTENCE_END.exec(text);
  return [...nameWords(end ? text.slice(0, end.index + 1) : text)];
}

type Verb = { verb: string; action: Exclude<ToolAction, 'unknown'> };

/** The first verb of the words that is not `deferred`, else the first that is. */
function firstVerb(words: readonly string[], deferred: ReadonlySet<string>): Verb | undefined {
  let fallback: Verb | undefined;
  for (const w of words) {
    const action = verbAction.get(w);
    if (!action) continue;
    if (!deferred.has(w)) return { verb: w, action };
    fallback ??= { verb: w, action };
  }
  return fallback;
}

/** The action a name's words say: its first verb, unless that is an HTTP method word (`API-post-search`) and a verb follows. */
const nameVerb = (words: readonly string[]): Verb | undefined => firstVerb(words, methodVerbs);

/** The action a sentence states: its first strong verb, else the first weak one. */
const verbIn = (words: readonly string[]): Verb | undefined => firstVerb(words, weakVerbs);

function annotationAction(tool: ToolRecord): ToolAction {
  if (!tool.annotationsDeclared || !tool.annotations) return 'unknown';
  const a = tool.annotations;
  if (a.readOnlyHint === true) return 'read';
  if (a.destructiveHint === true) return 'destructive';
  if (a.readOnlyHint === false || a.destructiveHint === false) return a.destructiveHint === false ? 'write' : 'destructive';
  return 'unknown';
}

function hasUrlInput(tool: ToolRecord): string | undefined {
  return inputProperties(tool.inputSchema).find(([name, format]) => urlProperty.test(name) || (format !== undefined && urlFormats.has(format)))?.[0];
}

const classified = new WeakMap<ToolRecord, ToolEffect>();

/**
 * Classifies one tool's effect from what it is: the verb of its name (the action, not any word
 * in it), else the lead verb of its description, else its HTTP method, else its declared
 * annotations. What the action reaches comes from the objects its name and lead sentence name.
 * Pure and computed once per tool; incidental words deeper in the description are not evidence.
 */
export function classifyTool(tool: ToolRecord): ToolEffect {
  let effect = classified.get(tool);
  if (!effect) {
    effect = classifyUncached(tool);
    classified.set(tool, effect);
  }
  return effect;
}

function classifyUncached(tool: ToolRecord): ToolEffect {
  const words = nameWords(tool.name);
  const lead = leadWords(tool.description);
  const reasons: string[] = [];

  let action: ToolAction = 'unknown';
  let source: ToolEffect['actionSource'] = 'none';
  let confidence: Confidence = 'low';
  let verb: string | undefined;
  // The title is read only when the name has no verb (most names have one).
  const fromName = nameVerb(words) ?? (tool.title ? nameVerb(nameWords(tool.title)) : undefined);
  const fromLead = verbIn(lead);
  // The name's verb wins unless it is only an HTTP method word (`API-post-page`) and the description says more.
  const pick = fromName && (!methodVerbs.has(fromName.verb) || !fromLead) ? fromName : (fromLead ?? fromName);
  if (pick) {
    action = pick.action;
    verb = pick.verb;
    source = pick === fromName ? 'name' : 'description';
    confidence = pick === fromName && !weakVerbs.has(pick.verb) ? 'high' : 'medium';
  }
  // The HTTP method is what the call does; annotations are what the client is told, so they come last.
  if (action === 'unknown' && tool.httpMethod && HTTP_ACTION[tool.httpMethod.toUpperCase()]) {
    action = HTTP_ACTION[tool.httpMethod.toUpperCase()]!;
    source = 'http-method';
    confidence = 'medium';
  }
  const declared = annotationAction(tool);
  if (action === 'unknown' && declared !== 'unknown') {
    action = declared;
    source = 'annotation';
    confidence = 'medium';
  }
  // Executing only counts as running code when what it runs is code; `execute_saved_search` is a read.
  const objectWords = [...words, ...lead.slice(0, 8)];
  if (action === 'execute' && !objectWords.some((w) => codeObjects.has(w))) action = 'write';
  // A declared destructive hint on a writer is believed: it only ever raises the effect.
  if (action === 'write' && declared === 'destructive' && tool.annotations?.destructiveHint === true) action = 'destructive';

  const effects = new Set<EffectId>();
  const say = (effect: EffectId, why: string): void => {
    if (effects.has(effect)) return;
    effects.add(effect);
    reasons.push(`${effect}: ${why}`);
  };
  const where = source === 'name' ? `name verb "${verb}"` : source === 'description' ? `description starts "${verb}"` : source === 'annotation' ? 'declared annotations' : source === 'http-method' ? `HTTP ${tool.httpMethod}` : '';
  if (action === 'read') say('read', where);
  if (action === 'write' || action === 'destructive' || action === 'execute') say('write', where);
  if (action === 'destructive') say('destructive', where);
  if (action === 'execute') say('execute', `${where} on code`);

  const has = (kind: ObjectKind): string | undefined => objectWords.find((w) => objectSets[kind].has(w));
  const changes = action === 'write' || action === 'destructive' || action === 'execute';
  const money = has('money');
  if (changes && money) say('money', `changes ${money}`);
  const infra = has('infrastructure');
  if (changes && infra) say('infrastructure', `changes ${infra}`);
  if (changes && (verb === 'deploy' || verb === 'deploys' || verb === 'publish' || verb === 'release' || (verb === 'push' && has('code')))) say('publish', `${verb} ships to other systems`);
  const memory = has('memory');
  if ((changes || action === 'read') && memory) say('memory', `${action === 'read' ? 'reads' : 'writes'} ${memory}`);
  const url = hasUrlInput(tool);
  if (action === 'read' && !url) {
    const files = has('files');
    const secrets = has('secrets');
    if (files) say('private-data', `reads ${files}`);
    else if (secrets) say('private-data', `reads ${secrets}`);
  }
  if (action === 'read' || action === 'unknown') {
    const content = has('content');
    if (verb === 'fetch' || verb === 'scrape' || verb === 'crawl' || verb === 'browse' || verb === 'navigate') say('untrusted-content', `"${verb}" reads outside content`);
    else if (url) say('untrusted-content', `reads the URL in "${url}"`);
    else if (content && !memory) say('untrusted-content', `returns ${content} text others can write`);
    else if (tool.annotationsDeclared && tool.annotations?.openWorldHint === true) say('untrusted-content', 'openWorldHint: true');
  }
  if (url) say('egress', `sends requests to the URL in "${url}"`);
  else if (changes && verb !== undefined && egressVerbs.has(verb)) say('egress', `${verb} sends data out`);

  return { tool: tool.name, action, actionSource: source, confidence, effects: EFFECT_IDS.filter((e) => effects.has(e)), reasons };
}

/** Classifies every tool, in profile order. */
export function classifyTools(tools: readonly ToolRecord[]): ToolEffect[] {
  return tools.map(classifyTool);
}
