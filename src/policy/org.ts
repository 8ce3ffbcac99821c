import type { InputError, Notice } from '../model/index.js';
import type { MissingPolicy, PolicyConfig, Waiver } from '../model/config.js';
import type { PolicyInputs } from './settings.js';

/**
 * The organisation policy (schemas/org-policy.schema.json): the floor every repository gets. A
 * repository's `.mcp-risk.yml` (and its workflow inputs) may tighten it, never loosen it, unless
 * the key is listed in `allow-loosening`.
 */
export interface OrgPolicy {
  version: 1;
  policy?: PolicyConfig;
  /** Policy keys a repository may set looser than the organisation's value. */
  'allow-loosening'?: LoosenableKey[];
  waivers?: {
    /** A repository waiver applies only when its owner is one of these (the org co-signs). */
    'allowed-owners'?: string[];
    /** Longest a waiver may run, in days from today. */
    'max-days'?: number;
  };
  /** Extra control catalogs (paths relative to the org policy file). */
  catalogs?: string[];
}

export type LoosenableKey = Exclude<keyof PolicyConfig, 'comment'>;

/** How each setting orders from loose to tight: `tighter(a, b)` is true when a is stricter than b. */
const MISSING_RANK: Record<MissingPolicy, number> = { none: 0, required: 1, recommended: 2 };
type Compare = (repo: unknown, org: unknown) => boolean;
const lowerIsTighter: Compare = (r, o) => (r as number) <= (o as number);
const LOOSENESS: Record<LoosenableKey, { atLeastAsTight: Compare; unset: 'loosest' | 'value' }> = {
  'fail-on-score': { atLeastAsTight: lowerIsTighter, unset: 'value' },
  // Unset means "not gated": the loosest value, so any repository value tightens it.
  'fail-on-posture': { atLeastAsTight: lowerIsTighter, unset: 'loosest' },
  'max-score-increase': { atLeastAsTight: lowerIsTighter, unset: 'loosest' },
  'fail-on-missing': { atLeastAsTight: (r, o) => MISSING_RANK[r as MissingPolicy] >= MISSING_RANK[o as MissingPolicy], unset: 'value' },
  'warn-only': { atLeastAsTight: (r, o) => !(r as boolean) || (o as boolean), unset: 'value' },
  'only-new': { atLeastAsTight: (r, o) => !(r as boolean) || (o as boolean), unset: 'value' },
  'require-lock': { atLeastAsTight: (r, o) => (r as boolean) || !(o as boolean), unset: 'value' },
};

const INPUT_KEY: Partial<Record<keyof PolicyInputs, keyof PolicyConfig>> = {
  failOnScore: 'fail-on-score',
  failOnPosture: 'fail-on-posture',
  failOnMissing: 'fail-on-missing',
  maxScoreIncrease: 'max-score-increase',
  warnOnly: 'warn-only',
  onlyNew: 'only-new',
  comment: 'comment',
};

export interface OrgMerge {
  /** The repository's policy with the org floor applied (goes where the profile's `policy:` went). */
  config: PolicyConfig;
  /** The inputs with every refused loosening removed. */
  inputs: PolicyInputs;
  /** One per refused loosening: the run is an input error (decision `error`, exit 2). */
  errors: InputError[];
}

/**
 * Applies the org policy under the repository's choices. Pure. Each key takes the repository's
 * value (input, else profile) when it is at least as tight as the org's or the org allows
 * loosening it; otherwise the org's value stands and the refusal is an error naming both files.
 */
export function mergeOrgPolicy(
  org: OrgPolicy,
  orgPath: string,
  repo: PolicyConfig | undefined,
  inputs: PolicyInputs,
  configPath: string,
): OrgMerge {
  const floor = org.policy ?? {};
  const allowed = new Set<string>(org['allow-loosening'] ?? []);
  const config: PolicyConfig = { ...floor, ...(repo ?? {}) };
  const outInputs: PolicyInputs = { ...inputs };
  const errors: InputError[] = [];
  const refuse = (key: LoosenableKey, value: unknown, where: string, path: string): void => {
    errors.push({
      path,
      message: `${where} ${key}: ${String(value)} is looser than the organisation policy's ${key}: ${String(floor[key])} (${orgPath}); a repository may only tighten it`,
      hint: `set ${key} to ${String(floor[key])} or stricter, remove it, or ask the organisation to list ${key} under allow-loosening in ${orgPath}`,
    });
  };
  for (const key of Object.keys(LOOSENESS) as LoosenableKey[]) {
    const orgValue = floor[key];
    if (orgValue === undefined) continue;
    const rule = LOOSENESS[key];
    const ok = (v: unknown): boolean => allowed.has(key) || rule.atLeastAsTight(v, orgValue);
    const repoValue = repo?.[key];
    if (repoValue !== undefined && !ok(repoValue)) {
      refuse(key, repoValue, 'policy', configPath);
      (config as Record<string, unknown>)[key] = orgValue;
    }
    const inputName = (Object.keys(INPUT_KEY) as (keyof PolicyInputs)[]).find((k) => INPUT_KEY[k] === key);
    const inputValue = inputName !== undefined ? outInputs[inputName] : undefined;
    if (inputName !== undefined && inputValue !== undefined && !ok(inputValue)) {
      refuse(key, inputValue, 'input', 'inputs');
      delete outInputs[inputName];
    }
  }
  return { config, inputs: outInputs, errors };
}

export interface WaiverScreen {
  /** The waivers that may apply. */
  kept: Waiver[];
  /** One per waiver the org did not co-sign or that runs too long. */
  notices: Notice[];
}

/** Keeps the waivers the org co-signs (owner in allowed-owners, within max-days). Pure. */
export function screenWaivers(org: OrgPolicy | undefined, orgPath: string, waivers: readonly Waiver[], today: string, configPath: string): WaiverScreen {
  const rules = org?.waivers;
  if (!rules) return { kept: [...waivers], notices: [] };
  const owners = rules['allowed-owners'];
  const maxDays = rules['max-days'];
  const kept: Waiver[] = [];
  const notices: Notice[] = [];
  for (const w of waivers) {
    if (owners !== undefined && (w.owner === undefined || !owners.includes(w.owner))) {
      notices.push({
        path: configPath,
        message: `waiver ${w.id}${w.tool ? ` (tool ${w.tool})` : ''} is not applied: the organisation co-signs only waivers owned by ${owners.join(', ')} (${orgPath}), and its owner is ${w.owner ?? 'not set'}`,
      });
      continue;
    }
    if (maxDays !== undefined && daysBetween(today, w.expires) > maxDays) {
      notices.push({ path: configPath, message: `waiver ${w.id} is not applied: it runs to ${w.expires}, beyond the organisation's ${maxDays}-day limit (${orgPath})` });
      continue;
    }
    kept.push(w);
  }
  return { kept, notices };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
