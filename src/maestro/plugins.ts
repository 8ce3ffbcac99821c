import { Ajv } from 'ajv';
import catalogSchema from '../../schemas/maestro-catalog.schema.json' with { type: 'json' };
import conditionSchema from '../../schemas/condition.schema.json' with { type: 'json' };
import scenariosData from '../../data/aivss/scenarios.json' with { type: 'json' };
import type { InputError } from '../model/index.js';
import { parseDocument } from '../manifest/parse.js';
import { validateWith } from '../manifest/validate.js';
import type { StandaloneValidator } from '../manifest/generated/validators.js';
import { lazy } from '../lazy.js';
import type { Catalog, CatalogControl } from './types.js';

/** A catalog plug-in file as the adapter read it; `origin` says who named it. */
export interface PluginFile {
  path: string;
  text: string;
  origin: 'profile' | 'org';
}

/** Id prefixes the bundled knowledge owns; a plug-in picks its own (ACME-...). */
const RESERVED = ['MAE', 'MRG', 'CHK', 'SCN'];
const SCENARIO_IDS = new Set((scenariosData as { scenarios: { id: string }[] }).scenarios.map((s) => s.id));

// The published schema, compiled on first use only: most scans name no plug-in, and compiling
// costs more than a whole scan. `regex` and `uri` are checked here so ajv-formats need not ship.
const validator = lazy((): StandaloneValidator => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('regex', { type: 'string', validate: (s: string) => compiles(s) });
  ajv.addFormat('uri', { type: 'string', validate: (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s) });
  ajv.addSchema(conditionSchema);
  return ajv.compile(catalogSchema) as unknown as StandaloneValidator;
});

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * A quantified group that itself holds a quantifier (`(a+)+`) can backtrack for ever on a crafted
 * file; a plug-in's patterns run on every repository, so such a pattern is refused.
 */
export function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') {
      stack.push(inner);
      inner = false;
    } else if (ch === ')') {
      const had = inner;
      inner = stack.pop() ?? false;
      const next = source[i + 1];
      if (had && (next === '*' || next === '+' || next === '{')) return true;
      if (had) inner = true;
    } else if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      inner = true;
    }
  }
  return false;
}

function patternsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => patternsOf(v, out));
  return out;
}

const PATTERN_KEYS = ['pattern', 'contains', 'property', 'fields', 'forbidden', 'namePattern', 'invisible', 'phrases'];

/**
 * Reads one plug-in catalog: parse, validate against schemas/maestro-catalog.schema.json, then the
 * rules a schema cannot say (namespaced ids, home among the layers, known scenarios, safe
 * patterns). Pure; errors name the file, line and fix.
 */
export function parsePluginCatalog(file: PluginFile): { catalog: Catalog } | { errors: InputError[] } {
  const parsed = parseDocument(file.path, file.text, /\.ya?ml$/i.test(file.path) ? 'yaml' : 'json');
  if (!parsed.ok) return { errors: [parsed.error] };
  const doc = parsed.doc;
  const schemaErrors = validateWith(validator(), doc);
  if (schemaErrors.length > 0) {
    return { errors: schemaErrors.map((e) => ({ ...e, hint: `${e.hint ?? 'fix the value'} (catalog plug-ins follow schemas/maestro-catalog.schema.json)` })) };
  }
  const raw = doc.value as Omit<Catalog, 'checks'> & { checks?: Catalog['checks'] };
  const catalog: Catalog = { ...raw, checks: raw.checks ?? [] };
  if (file.origin === 'profile') {
    // A repository's own plug-in is pull-request content: its reports link to no page it chose.
    catalog.controls = catalog.controls.map(({ docs: _external, ...c }) => c);
  }
  const errors: InputError[] = [];
  const at = (path: (string | number)[], message: string, hint: string): void => {
    const { line, column } = doc.locate(path);
    errors.push({ path: file.path, line, column, message, hint });
  };
  if (catalog.checks.length > 0) at(['checks'], 'a catalog plug-in cannot add checks', 'remove `checks`; add controls instead (a check needs code: see docs/contributing-controls.md)');
  catalog.controls.forEach((c: CatalogControl, i) => {
    const prefix = c.id.split('-')[0] ?? '';
    if (RESERVED.includes(prefix)) {
      at(['controls', i, 'id'], `control id ${c.id} uses the reserved prefix ${prefix}-`, 'give plug-in controls your own prefix, e.g. ACME-SECRETS-01');
    }
    if (!c.layers.includes(c.home)) at(['controls', i, 'home'], `control ${c.id}: home ${c.home} is not one of its layers (${c.layers.join(', ')})`, `add ${c.home} to layers or pick one of them`);
    (c.mitigates ?? []).forEach((m, j) => {
      if (!SCENARIO_IDS.has(m.scenario)) {
        at(['controls', i, 'mitigates', j, 'scenario'], `control ${c.id} mitigates unknown scenario "${m.scenario}"`, `use one of ${[...SCENARIO_IDS].join(', ')}`);
      }
    });
    c.evidence.forEach((ref, j) => {
      for (const key of PATTERN_KEYS) {
        for (const p of patternsOf(ref.params?.[key])) {
          if (hasNestedQuantifier(p)) {
            at(['controls', i, 'evidence', j, 'params', key], `control ${c.id}: pattern /${p.slice(0, 60)}/ nests quantifiers and could run for ever on a crafted file`, 'remove the quantifier on the group, e.g. (ab)+ instead of (a+b)+');
          }
        }
      }
    });
  });
  return errors.length > 0 ? { errors } : { catalog };
}

/**
 * The bundled catalog plus the plug-ins, in the order given. A control id may be defined once:
 * a plug-in cannot replace a bundled control or another plug-in's. Pure.
 */
export function mergeCatalogs(base: Catalog, plugins: readonly { path: string; catalog: Catalog }[]): { catalog: Catalog; errors: InputError[] } {
  const seen = new Map(base.controls.map((c) => [c.id, 'the bundled catalog']));
  const controls = [...base.controls];
  const errors: InputError[] = [];
  for (const p of plugins) {
    for (const c of p.catalog.controls) {
      const owner = seen.get(c.id);
      if (owner !== undefined) {
        errors.push({ path: p.path, message: `control ${c.id} is already defined by ${owner}`, hint: 'give the control an id of its own' });
        continue;
      }
      seen.set(c.id, p.path);
      controls.push(c);
    }
  }
  return { catalog: { ...base, controls }, errors };
}
