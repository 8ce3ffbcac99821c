import type { Condition } from './types.js';

/** A condition in words, for generated docs; mirrors evaluate.ts. */
export function describeCondition(c: Condition): string {
  if ('always' in c) return 'always';
  if ('capability' in c) return `capability \`${c.capability}\``;
  if ('effect' in c) {
    const extra = [c.with ? ` that also ${c.with.join(', ')}` : '', c.without ? ` but not ${c.without.join(', ')}` : ''].join('');
    return `${c.min !== undefined && c.min > 1 ? `at least ${c.min} tools` : 'a tool'} with effect \`${c.effect}\`${extra}`;
  }
  if ('surface' in c) return c.surface === 'any' ? 'any server' : `tool surface is ${c.surface}`;
  if ('transport' in c) return `transport \`${c.transport}\``;
  if ('source' in c) return `a \`${c.source}\` source is present`;
  if ('fact' in c) return `the server has ${c.fact === 'package' ? 'a package' : c.fact === 'remote' ? 'a remote endpoint' : c.fact}`;
  if ('stat' in c) return `${c.stat}${c.gte !== undefined ? ` ≥ ${c.gte}` : ''}${c.lte !== undefined ? ` ≤ ${c.lte}` : ''}`;
  if ('tools' in c) return `${c.min !== undefined && c.min > 1 ? `at least ${c.min} tools` : 'a tool'} matching ${JSON.stringify(c.tools)}`;
  if ('safetyKnob' in c) return `a \`${c.safetyKnob}\` setting`;
  if ('control' in c) return `${c.control} is ${Array.isArray(c.status) ? c.status.join(' or ') : c.status}`;
  if ('all' in c) return c.all.map(describeCondition).join(' and ');
  if ('any' in c) return `(${c.any.map(describeCondition).join(' or ')})`;
  return `not (${describeCondition(c.not)})`;
}
