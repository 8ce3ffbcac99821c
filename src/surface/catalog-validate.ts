import { Ajv } from 'ajv';
import catalogSchema from '../../schemas/checks.schema.json' with { type: 'json' };
import { regexesOf, unsafePatternReason, type CheckCatalog } from './catalog.js';

// Kept apart from catalog.ts so the scan itself never loads a schema compiler: the bundled
// catalog is validated by the test suite.
/** Schema errors, unsafe or uncompilable patterns, and duplicate ids, in words. */
export function validateCatalog(value: unknown): string[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(catalogSchema);
  if (!validate(value)) return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  const catalog = value as unknown as CheckCatalog;
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const check of catalog.checks) {
    if (ids.has(check.id)) problems.push(`${check.id}: duplicate id`);
    ids.add(check.id);
    for (const spec of regexesOf(check.detector)) {
      const unsafe = unsafePatternReason(spec.source);
      if (unsafe) problems.push(`${check.id} "${spec.label}": ${unsafe}`);
      try {
        new RegExp(spec.source, spec.flags ?? '');
      } catch (err) {
        problems.push(`${check.id} "${spec.label}": ${(err as Error).message}`);
      }
    }
  }
  return problems;
}
