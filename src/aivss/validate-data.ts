import { Ajv } from 'ajv';
import rubricSchema from '../../schemas/aivss-rubric.schema.json' with { type: 'json' };
import conditionSchema from '../../schemas/condition.schema.json' with { type: 'json' };
import scenariosSchema from '../../schemas/aivss-scenarios.schema.json' with { type: 'json' };
import scenariosData from '../../data/aivss/scenarios.json' with { type: 'json' };
import scoringSchema from '../../schemas/aivss-scoring.schema.json' with { type: 'json' };
import categoriesSchema from '../../schemas/aivss-categories.schema.json' with { type: 'json' };
import scoringData from '../../data/aivss/scoring.json' with { type: 'json' };
import categoriesData from '../../data/aivss/owasp-categories.json' with { type: 'json' };
import type { AivssVersion } from '../model/config.js';
import { RubricError, collectPatterns, factorIdsOf, type Rubric } from './rubric.js';

// Schema validation of the bundled AIVSS data, for the test suite. Kept out of the modules a scan
// loads, so start-up never compiles a schema.

/** Checks a rubric document: schema, factor order of its version, and every regular expression. */
export function validateRubric(data: unknown, version: AivssVersion): Rubric {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(conditionSchema);
  const validate = ajv.compile(rubricSchema);
  if (!validate(data)) {
    throw new RubricError(`AIVSS v${version} rubric does not match schemas/aivss-rubric.schema.json: ${ajv.errorsText(validate.errors)}`);
  }
  const rubric = data as unknown as Rubric;
  if (rubric.version !== version) {
    throw new RubricError(`AIVSS rubric declares version ${rubric.version}, expected ${version}`);
  }
  const ids = rubric.factors.map((f) => f.id);
  const expected = factorIdsOf(version);
  if (ids.join(',') !== expected.join(',')) {
    throw new RubricError(`AIVSS v${version} rubric lists factors ${ids.join(', ')}; the specification order is ${expected.join(', ')}`);
  }
  for (const factor of rubric.factors) {
    const patterns: string[] = [];
    factor.rules.forEach((r) => collectPatterns(r.when, patterns));
    for (const p of patterns) {
      try {
        new RegExp(p, 'i');
      } catch (e) {
        throw new RubricError(`AIVSS v${version} rubric, factor ${factor.id}: bad regular expression /${p}/: ${(e as Error).message}`);
      }
    }
  }
  return rubric;
}

/** Schema problems of the scoring data, for the test suite (empty when valid). */
export function validateScoringData(data: unknown = scoringData): string[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(scoringSchema);
  return validate(data) ? [] : [ajv.errorsText(validate.errors)];
}

/** Schema problems of the category data, for the test suite (empty when valid). */
export function validateCategoryData(data: unknown = categoriesData): string[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(categoriesSchema);
  return validate(data) ? [] : [ajv.errorsText(validate.errors)];
}

/** Checks the threat scenario rules against their schema (conditions in the shared language). */
export function validateScenarios(data: unknown = scenariosData): void {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(conditionSchema);
  const validate = ajv.compile(scenariosSchema);
  if (!validate(data)) throw new RubricError(`data/aivss/scenarios.json does not match schemas/aivss-scenarios.schema.json: ${ajv.errorsText(validate.errors)}`);
}
