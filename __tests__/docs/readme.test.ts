import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.js';
import profileSchema from '../../schemas/mcp-risk.schema.json' with { type: 'json' };

/** The README documents interfaces that live elsewhere; these tests fail when it falls behind. */

const read = (p: string): string => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const README = read('README.md');

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** Documented key paths of the profile schema: `a`, `a.b`, `a[].b`, `factors.<factorId>.value`. */
function schemaPaths(schema: Dict): string[] {
  const out: string[] = [];
  const props = schema['properties'];
  if (!isDict(props)) return out;
  for (const [key, sub] of Object.entries(props)) {
    if (!isDict(sub)) continue;
    const items = sub['items'];
    if (isDict(sub['properties'])) {
      for (const child of Object.keys(sub['properties'])) out.push(`${key}.${child}`);
    } else if (sub['type'] === 'array' && isDict(items) && isDict(items['properties'])) {
      for (const child of Object.keys(items['properties'])) out.push(`${key}[].${child}`);
    } else if (isDict(sub['additionalProperties']) && isDict(sub['additionalProperties']['properties'])) {
      for (const child of Object.keys(sub['additionalProperties']['properties'])) out.push(`${key}.<factorId>.${child}`);
    } else {
      out.push(key);
    }
  }
  return out;
}

describe('README.md', () => {
  it('shows the CLI usage exactly as the CLI prints it', () => {
    expect(README).toContain(USAGE);
  });

  it('gives the two set-up commands', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(README).toContain(`\`${pkg.scripts['start']}\``);
  });

  it('has a row for every Action input and output in action.yml', () => {
    const action = load(read('action.yml')) as { inputs: Dict; outputs: Dict };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(README, name).toContain(`| \`${name}\` |`);
    }
  });

  it('says that policy inputs have no defaults in action.yml, and they indeed have none', () => {
    const action = load(read('action.yml')) as { inputs: Record<string, Dict> };
    const policy = ['aivss-version', 'fail-on-score', 'fail-on-posture', 'fail-on-missing', 'max-score-increase', 'warn-only', 'comment'];
    for (const name of policy) expect(action.inputs[name], name).not.toHaveProperty('default');
    expect(README).toContain('no defaults in `action.yml`');
  });

  it('documents every key of the profile schema', () => {
    const paths = schemaPaths(profileSchema as Dict);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(README, path).toContain(`| \`${path}\` |`);
  });

  it('its example profile is valid against schemas/mcp-risk.schema.json', () => {
    const profile = yamlBlocks(README).find((b) => /^version: 1$/m.test(b));
    expect(profile).toBeDefined();
    expect(profile).toMatch(/^# yaml-language-server: \$schema=/);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(profileSchema);
    const ok = validate(load(profile ?? ''));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('every YAML snippet parses', () => {
    for (const block of yamlBlocks(README)) expect(() => load(block)).not.toThrow();
  });

  it('links only to files that exist', () => {
    const links = [...README.matchAll(/\]\((?!https?:|#)([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(new URL(`../../${link}`, import.meta.url)), link).toBe(true);
  });
});

describe('examples/feature-flags-server/.mcp-risk.yml', () => {
  it('is valid and declares only controls with evidence that exists in the example', () => {
    const text = read('examples/feature-flags-server/.mcp-risk.yml');
    const profile = load(text) as { controls?: { id: string; evidence: string }[]; policy?: Dict };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(profileSchema);
    expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
    expect(profile.policy).toBeDefined();
    for (const c of profile.controls ?? []) {
      // The evidence starts with a file of the example.
      const file = c.evidence.split(/\s/)[0] ?? '';
      expect(() => read(`examples/feature-flags-server/${file}`), `${c.id}: ${file}`).not.toThrow();
    }
  });
});
