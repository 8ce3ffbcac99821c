/**
 * Plain words for the jargon every report uses: one sentence each, shared by the Markdown and
 * terminal renderers so both say the same thing. Links point at docs/terms.md next to controls.md.
 */
import pkg from '../../package.json' with { type: 'json' };

export interface Term {
  /** Anchor in docs/terms.md. */
  anchor: string;
  text: string;
}

export const TERMS = {
  aivss: { anchor: 'aivss', text: "OWASP's Agentic AI Vulnerability Scoring System: a CVSS v4.0 score raised by ten agentic factors, from 0 to 10." },
  maestro: { anchor: 'maestro', text: "CSA's seven-layer threat model for agentic AI; control MAE-L3-02 is control 2 of layer 3." },
  posture: { anchor: 'posture', text: 'The sum of the ten agentic factors (0 to 10): how much agency the tools hand to a model, whatever the controls.' },
  scenario: { anchor: 'threat-scenarios', text: 'A threat scenario is one way this server can be misused, scored with a CVSS v4.0 vector built from its own tools.' },
} as const satisfies Record<string, Term>;

/** Short labels (charts, 80-column terminals) and one-sentence meanings, by factor id (v0.8 and v0.5). */
export const FACTORS: Record<string, { short: string; means: string }> = {
  executionAutonomy: { short: 'Autonomy', means: 'how far the agent acts through these tools without a person approving each step' },
  autonomyOfAction: { short: 'Autonomy', means: 'how far the agent acts through these tools without a person approving each step' },
  externalToolControlSurface: { short: 'Tool control', means: 'how much of the outside world the tools can change' },
  dynamicToolUse: { short: 'Tool use', means: 'how much of the outside world the tools can change, chosen at run time' },
  naturalLanguageInterface: { short: 'Language', means: 'the agent is steered by natural-language text, so by prompt injection too' },
  goalDrivenPlanning: { short: 'Planning', means: 'the agent plans several steps towards a goal with these tools' },
  contextualAwareness: { short: 'Context', means: 'how much outside content reaches the model through the tools' },
  behavioralNonDeterminism: { short: 'Non-determinism', means: 'how unpredictable the results are (free-form output)' },
  nonDeterminism: { short: 'Non-determinism', means: 'how unpredictable the results are (free-form output)' },
  opacityReflexivity: { short: 'Opacity', means: 'how hard it is to see afterwards what the agent did and why' },
  persistentStateRetention: { short: 'Memory', means: 'whether the tools keep state across calls' },
  persistentMemory: { short: 'Memory', means: 'whether the tools keep state across calls' },
  dynamicIdentity: { short: 'Identity', means: 'whether the tools change who holds which permissions' },
  multiAgentInteractions: { short: 'Multi-agent', means: 'whether the server exchanges work with other agents' },
  selfModification: { short: 'Self-modification', means: "whether the tools can change the server's own tools, prompts or code" },
};

export function factorShort(id: string, name: string): string {
  return FACTORS[id]?.short ?? name;
}

interface PackageInfo {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/**
 * The one default for every docs link (Markdown and terminal): the docs/ folder of package.json's
 * GitHub `repository` (or `homepage`) at this version's tag; with neither, the relative `docs/`
 * of this package (it ships docs/*.md), never a guessed URL.
 */
export function docsHome(p: PackageInfo): string {
  const repo = typeof p.repository === 'string' ? p.repository : p.repository?.url;
  const m = /github\.com[/:]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?(?:[#/?].*)?$/.exec(repo ?? p.homepage ?? '');
  return m !== null ? `https://github.com/${m[1]}/blob/v${p.version}/docs/` : 'docs/';
}

export const DOCS_HOME: string = docsHome(pkg as PackageInfo);

/**
 * A docs page ("controls.md#mae-l4-01", "docs/checks.md#x") under the folder of the given
 * docs/controls.md URL (the Action passes its own repository at the ref that ran), else under DOCS_HOME.
 */
export function docsHref(page: string, docsUrl?: string): string {
  const base = docsUrl !== undefined && /(?:^|\/)controls\.md$/.test(docsUrl) ? docsUrl.replace(/controls\.md$/, '') : DOCS_HOME;
  return base + page.replace(/^docs\//, '');
}

/** The page and anchor a finding's `docs` field names, reduced to safe characters; controls.md when it names none. */
export function docsPage(docs: string | undefined, fallbackAnchor: string): string {
  const m = /^(?:docs\/)?([a-z][a-z0-9-]*\.md)#(.+)$/.exec(docs ?? '');
  const slug = (m?.[2] ?? fallbackAnchor).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? '' : `${m?.[1] ?? 'controls.md'}#${slug}`;
}

/** docs/terms.md beside the given docs/controls.md URL (or under DOCS_HOME). */
export function termsUrl(docsUrl: string | undefined, anchor: string): string {
  return docsHref(`terms.md#${anchor}`, docsUrl);
}

/** A text strip for a value in [0, 1]: ten cells, half cells for 0.05 steps. */
export function bar(value: number, cells = 10): string {
  const v = Math.max(0, Math.min(1, value));
  const full = Math.floor(v * cells);
  const half = v * cells - full >= 0.5 ? 1 : 0;
  return '█'.repeat(full) + (half ? '▌' : '') + '░'.repeat(cells - full - half);
}
