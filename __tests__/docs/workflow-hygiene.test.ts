import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * Workflow hygiene for the project's own CI and the workflows it documents for users:
 * no expressions inside shell scripts (script injection), every remote action pinned to a
 * commit SHA, and explicit least-privilege `permissions:` on every workflow and job.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['.github/workflows', 'docs/workflows'];
/** The documented stand-in for this action's own release commit (see docs/workflows/mcp-risk-gate.yml). */
const OWN_PLACEHOLDER = '<owner>/mcp-risk-gate@<full-sha>';
const SHA_PIN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Workflow {
  path: string;
  text: string;
  doc: Dict;
}

function workflows(): Workflow[] {
  const out: Workflow[] = [];
  for (const folder of FOLDERS) {
    const abs = join(ROOT, folder);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = `${folder}/${name}`;
      const text = readFileSync(join(abs, name), 'utf8');
      const doc = load(text);
      if (!isDict(doc)) throw new Error(`${path} is not a YAML mapping`);
      out.push({ path, text, doc });
    }
  }
  return out;
}

function jobsOf(w: Workflow): [string, Dict][] {
  const jobs = w.doc['jobs'];
  if (!isDict(jobs)) throw new Error(`${w.path} has no jobs mapping`);
  return Object.entries(jobs).map(([id, job]) => {
    if (!isDict(job)) throw new Error(`${w.path} job ${id} is not a mapping`);
    return [id, job];
  });
}

function stepsOf(job: Dict): Dict[] {
  const steps = job['steps'];
  return Array.isArray(steps) ? steps.filter(isDict) : [];
}

/** Every `uses:` reference: step actions and reusable-workflow calls at job level. */
function usesOf(w: Workflow): { where: string; ref: string }[] {
  const out: { where: string; ref: string }[] = [];
  for (const [id, job] of jobsOf(w)) {
    if (typeof job['uses'] === 'string') out.push({ where: `${w.path} job ${id}`, ref: job['uses'] });
    stepsOf(job).forEach((step, i) => {
      if (typeof step['uses'] === 'string') out.push({ where: `${w.path} job ${id} step ${i + 1}`, ref: step['uses'] });
    });
  }
  return out;
}

/** Why a `uses:` reference is not acceptable, or undefined when it is. */
function pinProblem(ref: string): string | undefined {
  if (ref.startsWith('./')) return undefined;
  if (ref === OWN_PLACEHOLDER) return undefined;
  if (ref.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(ref) ? undefined : 'a docker:// action must be pinned by @sha256: digest';
  if (!ref.includes('@')) return 'no ref: pin it to a full commit SHA';
  if (!SHA_PIN.test(ref)) return `"${ref.slice(ref.indexOf('@') + 1)}" is not a 40-character commit SHA`;
  return undefined;
}

const all = workflows();

describe('workflow hygiene', () => {
  it('finds the project CI and the documented workflows', () => {
    const paths = all.map((w) => w.path);
    expect(paths).toContain('.github/workflows/ci.yml');
    expect(paths).toEqual(expect.arrayContaining(['docs/workflows/mcp-risk-gate.yml', 'docs/workflows/mcp-risk-gate-analyze.yml', 'docs/workflows/mcp-risk-gate-report.yml']));
  });

  it('the pin rule itself: SHAs pass, tags, branches, short SHAs and unpinned docker images fail', () => {
    expect(pinProblem('actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955')).toBeUndefined();
    expect(pinProblem('github/codeql-action/upload-sarif@ff0a06e83cb2de871e5a09832bc6a81e7276941f')).toBeUndefined();
    expect(pinProblem('octo/repo/.github/workflows/x.yml@08eba0b27e820071cde6df949e0beb9ba4906955')).toBeUndefined();
    expect(pinProblem('./')).toBeUndefined();
    expect(pinProblem(OWN_PLACEHOLDER)).toBeUndefined();
    expect(pinProblem('actions/checkout@v4')).toBeDefined();
    expect(pinProblem('actions/checkout@main')).toBeDefined();
    expect(pinProblem('actions/checkout@08eba0b')).toBeDefined();
    expect(pinProblem('actions/checkout@08EBA0B27E820071CDE6DF949E0BEB9BA4906955')).toBeDefined();
    expect(pinProblem('actions/checkout')).toBeDefined();
    expect(pinProblem('docker://alpine:3.20')).toBeDefined();
    expect(pinProblem(`docker://alpine@sha256:${'a'.repeat(64)}`)).toBeUndefined();
  });

  for (const w of all) {
    describe(w.path, () => {
      it('has no ${{ }} expression inside a run: script (pass values through env:)', () => {
        const offenders: string[] = [];
        for (const [id, job] of jobsOf(w)) {
          stepsOf(job).forEach((step, i) => {
            const run = step['run'];
            if (typeof run === 'string' && run.includes('${{')) offenders.push(`job ${id} step ${i + 1} (${String(step['name'] ?? step['id'] ?? 'unnamed')})`);
          });
        }
        expect(offenders).toEqual([]);
      });

      it('pins every remote action to a full commit SHA', () => {
        const problems = usesOf(w)
          .map(({ where, ref }) => {
            const problem = pinProblem(ref);
            return problem === undefined ? undefined : `${where}: ${ref}: ${problem}`;
          })
          .filter((p) => p !== undefined);
        expect(problems).toEqual([]);
      });

      it('names the release of every SHA pin in a trailing comment', () => {
        const lines = w.text.split('\n').filter((l) => /^\s*(-\s+)?uses:\s*\S+@[0-9a-f]{40}\b/.test(l));
        const bare = lines.filter((l) => !/@[0-9a-f]{40}\s+#\s*v\d+(\.\d+)*\b/.test(l));
        expect(bare).toEqual([]);
      });

      it('declares permissions: for the workflow and for every job', () => {
        expect(Object.keys(w.doc), 'top-level permissions:').toContain('permissions');
        const missing = jobsOf(w)
          .filter(([, job]) => !('permissions' in job))
          .map(([id]) => id);
        expect(missing, 'jobs without permissions:').toEqual([]);
      });
    });
  }

  it('pins each action to the same commit everywhere', () => {
    const seen = new Map<string, Set<string>>();
    for (const w of all) {
      for (const { ref } of usesOf(w)) {
        const at = ref.lastIndexOf('@');
        if (ref.startsWith('./') || ref === OWN_PLACEHOLDER || at === -1) continue;
        const name = ref.slice(0, at);
        seen.set(name, new Set([...(seen.get(name) ?? []), ref.slice(at + 1)]));
      }
    }
    const split = [...seen].filter(([, shas]) => shas.size > 1).map(([name, shas]) => `${name}: ${[...shas].join(', ')}`);
    expect(split).toEqual([]);
  });
});
