import { Ajv } from 'ajv';
import conditionSchema from '../../schemas/condition.schema.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import categories from '../../data/aivss/owasp-categories.json' with { type: 'json' };
import rubric05 from '../../data/aivss/rubric-v0.5.json' with { type: 'json' };
import rubric08 from '../../data/aivss/rubric-v0.8.json' with { type: 'json' };
import scoring from '../../data/aivss/scoring.json' with { type: 'json' };
import categoriesSchema from '../../schemas/aivss-categories.schema.json' with { type: 'json' };
import rubricSchema from '../../schemas/aivss-rubric.schema.json' with { type: 'json' };
import scoringSchema from '../../schemas/aivss-scoring.schema.json' with { type: 'json' };
import { FACTOR_IDS, RubricError, rubricFor } from '../../src/aivss/index.js';
import { validateRubric } from '../../src/aivss/validate-data.js';

function validator(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(conditionSchema);
  return ajv.compile(schema);
}

describe('AIVSS data files match their JSON Schemas', () => {
  it.each([
    ['rubric-v0.8.json', rubric08, rubricSchema],
    ['rubric-v0.5.json', rubric05, rubricSchema],
    ['scoring.json', scoring, scoringSchema],
    ['owasp-categories.json', categories, categoriesSchema],
  ] as const)('%s', (_name, data, schema) => {
    const validate = validator(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('factor lists follow the specifications exactly (SPEC §4, §10)', () => {
  it('v0.8: ten factors, names and ids in the calculation-vector order', () => {
    const r = rubricFor('0.8');
    expect(r.factors.map((f) => f.name)).toEqual([
      'Execution Autonomy',
      'External Tool Control Surface',
      'Natural Language Interface',
      'Contextual Awareness',
      'Behavioral Non-Determinism',
      'Opacity & Reflexivity',
      'Persistent State Retention',
      'Dynamic Identity',
      'Multi-Agent Interactions',
      'Self-Modification',
    ]);
    expect(r.factors.map((f) => f.id)).toEqual(FACTOR_IDS['0.8']);
    expect(r.factors.map((f) => f.appendixKey)).toEqual([
      'autonomy', 'tools', 'language', 'context', 'non_determinism', 'opacity', 'persistence', 'identity', 'multi_agent', 'self_mod',
    ]);
  });

  it('v0.5: ten factors in the order of v0.5 Part 2 §1', () => {
    const r = rubricFor('0.5');
    expect(r.factors.map((f) => f.name)).toEqual([
      'Autonomy of Action',
      'Goal-Driven Planning',
      'Self-Modification',
      'Dynamic Tool Use',
      'Persistent Memory',
      'Contextual Awareness',
      'Dynamic Identity',
      'Multi-Agent Interactions',
      'Non-Determinism',
      'Opacity & Reflexivity',
    ]);
    expect(r.factors.map((f) => f.id)).toEqual([
      'autonomyOfAction', 'goalDrivenPlanning', 'selfModification', 'dynamicToolUse', 'persistentMemory',
      'contextualAwareness', 'dynamicIdentity', 'multiAgentInteractions', 'nonDeterminism', 'opacityReflexivity',
    ]);
  });

  it('vector keys are unique within a version', () => {
    for (const v of ['0.8', '0.5'] as const) {
      const keys = rubricFor(v).factors.map((f) => f.vectorKey);
      expect(new Set(keys).size).toBe(10);
    }
  });
});

describe('validateRubric refuses a broken rubric with a message that says what is wrong', () => {
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  it('an unknown condition', () => {
    const bad = clone(rubric08) as { factors: { rules: { when: unknown }[] }[] };
    bad.factors[0]!.rules[0]!.when = { capabilty: 'write' };
    expect(() => validateRubric(bad, '0.8')).toThrow(RubricError);
    expect(() => validateRubric(bad, '0.8')).toThrow(/does not match schemas\/aivss-rubric\.schema\.json/);
  });

  it('a level the specification does not allow', () => {
    const bad = clone(rubric08) as { factors: { rules: { level: number }[] }[] };
    bad.factors[1]!.rules[0]!.level = 0.7;
    expect(() => validateRubric(bad, '0.8')).toThrow(/does not match/);
  });

  it('factors out of order', () => {
    const bad = clone(rubric05) as { factors: unknown[] };
    bad.factors.reverse();
    expect(() => validateRubric(bad, '0.5')).toThrow(/the specification order is autonomyOfAction, goalDrivenPlanning/);
  });

  it('a rubric of the other version', () => {
    expect(() => validateRubric(rubric05, '0.8')).toThrow(/declares version 0.5, expected 0.8/);
  });

  it('a regular expression that does not compile', () => {
    const bad = clone(rubric08) as { factors: { rules: { when: unknown }[] }[] };
    bad.factors[0]!.rules[0]!.when = { tools: { name: '([' } };
    expect(() => validateRubric(bad, '0.8')).toThrow(/factor executionAutonomy: bad regular expression/);
  });
});
