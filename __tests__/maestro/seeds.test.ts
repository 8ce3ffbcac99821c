import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateControls } from '../../src/maestro/index.js';
import type { LayerId } from '../../src/model/layer.js';
import { loadRepo } from './helpers.js';

interface Concern {
  layer: LayerId;
  concern: string;
  /** Controls that must come out missing, each with a finding. */
  controls: string[];
}

/** What each seed threat model says per MAESTRO layer, mapped to catalog controls (research/maestro.md §5). */
const SEEDS: Record<string, { dir: string; caps: string[]; concerns: Concern[] }> = {
  configcat: {
    dir: 'configcat-like',
    caps: ['write', 'destructive', 'credentials', 'production-control'],
    concerns: [
      { layer: 'L1', concern: 'prompt injection toggles flags: confirmation and read-only limits', controls: ['MAE-L3-03', 'MAE-L3-04'] },
      { layer: 'L2', concern: 'exfiltration or poisoning of configuration state', controls: ['MAE-L2-02'] },
      { layer: 'L3', concern: 'no strict input validation on tool parameters', controls: ['MAE-L3-01'] },
      { layer: 'L4', concern: 'storage of management-API credentials', controls: ['MAE-L4-01'] },
      { layer: 'L5', concern: 'no audit logging or anomaly detection for flag toggles', controls: ['MAE-L5-01', 'MAE-L5-03'] },
      { layer: 'L6', concern: 'write scope of credentials, least privilege', controls: ['MAE-L6-03', 'MAE-L3-04'] },
      { layer: 'L7', concern: 'cascading failures from a compromised upstream agent', controls: ['MAE-L7-03'] },
    ],
  },
  cloudflare: {
    dir: 'cloudflare-like',
    caps: ['remote', 'code-execution', 'external-content', 'write', 'destructive', 'production-control'],
    concerns: [
      { layer: 'L1', concern: 'model-level threats are client-side; the server can still bound what it feeds the model', controls: ['MAE-L1-02'] },
      { layer: 'L2', concern: 'poisoned documentation or Radar data ingested during lookups', controls: ['MAE-L2-01', 'MAE-L2-02'] },
      { layer: 'L3', concern: 'tool misuse deploys malicious Worker code', controls: ['MAE-L3-03', 'MAE-L3-05', 'MAE-L3-01'] },
      { layer: 'L4', concern: 'API token storage and credential theft', controls: ['MAE-L4-01'] },
      { layer: 'L5', concern: 'unclear guardrails, logging and anomaly detection', controls: ['MAE-L5-01', 'MAE-L5-03'] },
      { layer: 'L6', concern: 'API token scoping and least privilege', controls: ['MAE-L6-03', 'MAE-L3-04'] },
      { layer: 'L7', concern: 'cascading failures from a compromised upstream agent', controls: ['MAE-L7-03'] },
    ],
  },
};

const fixture = (dir: string) => fileURLToPath(new URL(`../../fixtures/repos/${dir}`, import.meta.url));

describe.each(Object.entries(SEEDS))('seed %s, through the project loader', (_name, seed) => {
  const loaded = loadRepo(fixture(seed.dir));
  const result = evaluateControls(loaded);

  it('detects the capabilities the seed describes', () => {
    expect(loaded.capabilities.capabilities.map((c) => c.id)).toEqual(expect.arrayContaining(seed.caps));
  });

  it.each(seed.concerns)('$layer: $concern → missing with a finding naming its layers', ({ controls }) => {
    for (const id of controls) {
      const control = result.controls.find((c) => c.id === id);
      expect(control?.status, id).toBe('missing');
      const finding = result.findings.find((f) => f.id === id);
      expect(finding, id).toBeDefined();
      expect(finding?.layers).toContain(id.slice(4, 6));
      expect(finding?.message).toContain(`MAESTRO ${control?.layers.join(', ')}`);
      expect(finding?.locations.length).toBeGreaterThan(0);
    }
  });

  it('covers every one of the seven layers with at least one missing control', () => {
    const layers = new Set(seed.concerns.map((c) => c.layer));
    expect([...layers].sort()).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
  });

  it('puts the fix where it belongs: annotations and confirmations on tool lines, credentials on secret lines', () => {
    const l302 = result.findings.find((f) => f.id === 'MAE-L3-02');
    if (l302) expect(l302.locations.every((l) => l.path === 'mcp-tools.json' && typeof l.line === 'number')).toBe(true);
    const l401 = result.findings.find((f) => f.id === 'MAE-L4-01');
    expect(l401?.locations[0]?.path).toBe('server.json');
  });
});

describe('seed ConfigCat specifics', () => {
  const result = evaluateControls(loadRepo(fixture('configcat-like')));

  it('reports the secret credentials as observed (isSecret) while credential storage stays missing without CI secret scanning', () => {
    const c = result.controls.find((x) => x.id === 'MAE-L4-01');
    expect(c?.evidence.some((e) => e.strength === 'observed' && e.detail.includes('CONFIGCAT_API_PASS'))).toBe(true);
    expect(c?.status).toBe('missing');
  });

  it('treats stdio-only network controls as not applicable', () => {
    for (const id of ['MAE-L4-02', 'MAE-L6-01', 'MAE-L6-02']) {
      expect(result.controls.find((c) => c.id === id)?.status).toBe('not-applicable');
    }
  });
});

describe('seed Cloudflare specifics', () => {
  const result = evaluateControls(loadRepo(fixture('cloudflare-like')));

  it('observes HTTPS remotes for transport hardening', () => {
    expect(result.controls.find((c) => c.id === 'MAE-L4-02')?.status).toBe('present');
  });

  it('points the missing-annotation finding at the unannotated container and deploy tools', () => {
    const f = result.findings.find((x) => x.id === 'MAE-L3-02');
    const c = result.controls.find((x) => x.id === 'MAE-L3-02');
    expect(c?.evidence.map((e) => e.detail).join(' ')).toMatch(/container_exec|workers_deploy_script/);
    expect(f?.locations.length).toBeGreaterThan(0);
  });
});
