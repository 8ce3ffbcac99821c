import type { FindingDraft } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { CapabilityProfile } from '../model/capability.js';
import type { ServerProfile } from '../model/profile.js';
import type { ToolRecord } from '../model/tool.js';
import type { CatalogCheck, CheckId } from './types.js';
import { nameWords } from '../capabilities/words.js';

interface CheckInput {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
}

type CheckFn = (check: CatalogCheck, input: CheckInput) => FindingDraft[];

function stringList(params: CatalogCheck['params'], key: string): string[] {
  const v = params?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function draft(check: CatalogCheck, id: string, message: string, locations: Location[], tool?: string): FindingDraft {
  return {
    id,
    kind: check.kind,
    title: check.title,
    message,
    layers: [...check.layers],
    ...(tool !== undefined ? { tool } : {}),
    cvssVector: check.cvss,
    locations,
    remediation: `${check.remediation.text} Example: ${check.remediation.example}`,
    fix: { text: check.remediation.text, snippet: { ...check.remediation.snippet } },
    docs: `docs/controls.md#${check.docsAnchor}`,
  };
}

function toolLocations(tool: ToolRecord): Location[] {
  if (tool.location) return [tool.location];
  const o = tool.origins[0];
  return o ? [{ path: o.path, ...(o.line !== undefined ? { line: o.line } : {}) }] : [];
}

/**
 * Verbs count only at the start or end of a name, and not after a read verb: `list_merge_requests`
 * and `get_deploy_status` read; `kv_namespace_delete` and `delete_flag` do not.
 */
function actionVerb(words: string[], verbs: ReadonlySet<string>, readVerbs: ReadonlySet<string>): string | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (first !== undefined && readVerbs.has(first)) return undefined;
  if (first !== undefined && verbs.has(first)) return first;
  if (last !== undefined && verbs.has(last)) return last;
  return undefined;
}

const annotationContradiction: CheckFn = (check, { profile }) => {
  const destructive = new Set(stringList(check.params, 'destructiveVerbs'));
  const mutating = new Set(stringList(check.params, 'mutatingVerbs'));
  const readVerbs = new Set(stringList(check.params, 'readVerbs'));
  const destructiveMethods = new Set(stringList(check.params, 'destructiveMethods'));
  const mutatingMethods = new Set(stringList(check.params, 'mutatingMethods'));
  const out: FindingDraft[] = [];
  for (const tool of profile.tools) {
    const a = tool.annotations;
    if (!a) continue;
    const words = nameWords(tool.name);
    const method = tool.httpMethod?.toUpperCase();
    const dVerb = actionVerb(words, destructive, readVerbs);
    const mVerb = actionVerb(words, mutating, readVerbs);
    const deletes = dVerb !== undefined || (method !== undefined && destructiveMethods.has(method));
    const changes = deletes || mVerb !== undefined || (method !== undefined && mutatingMethods.has(method));
    const signal = dVerb ?? mVerb ?? (method ? `HTTP ${method}` : '');
    const problems: string[] = [];
    if (changes && a.readOnlyHint === true) problems.push('readOnlyHint: true');
    if (deletes && a.destructiveHint === false) problems.push('destructiveHint: false');
    if (problems.length === 0) continue;
    out.push(
      draft(
        check,
        `${check.id}:${tool.name}`,
        `Tool ${tool.name} ${deletes ? 'deletes' : 'changes'} data by its ${signal.startsWith('HTTP') ? 'method' : 'name'} ('${signal}') but is annotated ${problems.join(' and ')}; hosts may run it without asking.`,
        toolLocations(tool),
        tool.name,
      ),
    );
  }
  return out;
};

const toolName: CheckFn = (check, { profile }) => {
  const configured = check.params?.['namePattern'];
  const pattern = new RegExp(typeof configured === 'string' ? configured : '^[A-Za-z0-9_.-]{1,128}$');
  return profile.tools
    .filter((t) => !pattern.test(t.name))
    .map((t) =>
      draft(
        check,
        `${check.id}:${t.name}`,
        `Tool name ${JSON.stringify(t.name)} is outside ${pattern.source} (${t.name.length} characters).`,
        toolLocations(t),
        t.name,
      ),
    );
};

const duplicateTool: CheckFn = (check, { profile }) => {
  const byName = new Map<string, ToolRecord[]>();
  for (const t of profile.tools) {
    const list = byName.get(t.name);
    if (list) list.push(t);
    else byName.set(t.name, [t]);
  }
  const out: FindingDraft[] = [];
  for (const [name, tools] of byName) {
    // The loader may merge same-named tools: two origins in one file still reveal a duplicate.
    const origins = tools.length === 1 ? tools[0]!.origins : tools.flatMap((t) => t.origins);
    if (tools.length === 1 && origins.length === 1) continue;
    const perPath = new Map<string, number>();
    for (const o of origins) perPath.set(o.path, (perPath.get(o.path) ?? 0) + 1);
    const inOneFile = [...perPath.entries()].find(([, n]) => n > 1);
    if (tools.length < 2 && !inOneFile) continue;
    const locations = tools.length > 1 ? tools.flatMap(toolLocations) : origins.filter((o) => o.path === inOneFile?.[0]).map((o) => ({ path: o.path, ...(o.line !== undefined ? { line: o.line } : {}) }));
    const count = tools.length > 1 ? tools.length : (inOneFile?.[1] ?? 2);
    out.push(draft(check, `${check.id}:${name}`, `Tool name ${JSON.stringify(name)} is declared ${count} times.`, locations, name));
  }
  return out;
};

const unknownSurface: CheckFn = (check, { profile, capabilities }) => {
  if (profile.tools.length > 0 && !capabilities.surface.unknown) return [];
  const first = profile.sources[0];
  return [
    draft(
      check,
      check.id,
      `No source lists any tool${profile.sources.length ? ` (read: ${profile.sources.map((s) => s.path).join(', ')})` : ''}; the tool surface is unknown, which is not the same as safe.`,
      [{ path: first ? first.path : '.' }],
    ),
  ];
};

export const CHECKS: Readonly<Record<CheckId, CheckFn>> = {
  'CHK-ANNOTATION-CONTRADICTION': annotationContradiction,
  'CHK-TOOL-NAME': toolName,
  'CHK-DUPLICATE-TOOL': duplicateTool,
  'CHK-UNKNOWN-SURFACE': unknownSurface,
};

export function runChecks(checks: readonly CatalogCheck[], input: CheckInput): FindingDraft[] {
  return checks.flatMap((c) => CHECKS[c.id](c, input));
}
