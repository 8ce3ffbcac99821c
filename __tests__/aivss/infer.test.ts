import { describe, expect, it } from 'vitest';
import { FactorOverrideError, inferFactors, postureOf, unknownFactorOverrides } from '../../src/aivss/index.js';
import type { ControlResult, FactorResult, RiskProfileConfig } from '../../src/model/index.js';
import { capabilities, profile, tool } from './build.js';

const byId = (fs: FactorResult[]) => Object.fromEntries(fs.map((f) => [f.id, f]));

function control(id: string, status: ControlResult['status']): ControlResult {
  return { id, title: `${id} title`, layers: ['L5'], status, requirement: 'required', reason: 'test', evidence: [] };
}

const flagServer = () => {
  const p = profile({
    tools: [tool('list-flags', { httpMethod: 'get' }), tool('update-flag', { httpMethod: 'patch' }), tool('delete-flag', { httpMethod: 'delete' })],
  });
  return {
    profile: p,
    capabilities: capabilities(p, {
      write: ['update-flag', 'delete-flag'],
      destructive: ['delete-flag'],
      'production-control': ['update-flag', 'delete-flag'],
    }),
  };
};

describe('zero tools is an unknown surface, never a safe one', () => {
  const p = profile();
  const caps = capabilities(p);
  for (const version of ['0.8', '0.5'] as const) {
    it(`v${version}: no factor that depends on tools is graded 0`, () => {
      const fs = inferFactors({ profile: p, capabilities: caps }, version);
      for (const f of fs) {
        expect(f.value, f.id).toBe(0.5);
        expect(f.reasons[0]!.text).toMatch(/No tool list was found|not evaluated/);
      }
      expect(postureOf(fs).sum).toBe(5);
    });
  }
});

describe('a read-only server with typed outputs grades low', () => {
  const p = profile({
    tools: ['get_forecast', 'convert_units'].map((n) =>
      tool(n, { readOnly: true, openWorld: false, outputSchema: { type: 'object' } }),
    ),
  });
  const fs = byId(inferFactors({ profile: p, capabilities: capabilities(p), controls: [control('MAE-L5-01', 'not-applicable')] }, '0.8'));
  it('no autonomy, no write surface, no state, no self-modification, full traceability', () => {
    expect(fs.executionAutonomy!.value).toBe(0);
    expect(fs.externalToolControlSurface!.value).toBe(0);
    expect(fs.persistentStateRetention!.value).toBe(0);
    expect(fs.selfModification!.value).toBe(0);
    expect(fs.opacityReflexivity!.value).toBe(0);
    expect(fs.behavioralNonDeterminism!.value).toBe(0);
  });
  it('natural language still picks its tools (retrieval, not execution)', () => {
    expect(fs.naturalLanguageInterface!.value).toBe(0.5);
  });
});

describe('execution autonomy: destructive production tools without server-enforced confirmation', () => {
  it('is 1, and the reason names the tools', () => {
    const f = byId(inferFactors(flagServer(), '0.8')).executionAutonomy!;
    expect(f.value).toBe(1);
    expect(f.reasons[0]!.text).toContain('delete-flag');
    expect(f.reasons[0]!.text).toMatch(/no confirmation/);
  });

  it('drops to 0.5 with a confirmation setting', () => {
    const s = flagServer();
    s.profile.safetyKnobs.push({ name: 'CONFIRMATION_REQUIRED_TOOLS', kind: 'confirmation', location: { path: 'server.json', line: 12 } });
    expect(byId(inferFactors(s, '0.8')).executionAutonomy!.value).toBe(0.5);
  });

  it('drops to 0.5 when MAESTRO finds human confirmation (MAE-L3-03) present', () => {
    const s = { ...flagServer(), controls: [control('MAE-L3-03', 'present')] };
    expect(byId(inferFactors(s, '0.5')).autonomyOfAction!.value).toBe(0.5);
  });
});

describe('opacity follows the audit-logging control (MAE-L5-01)', () => {
  it('not evaluated: partial', () => {
    const f = byId(inferFactors(flagServer(), '0.8')).opacityReflexivity!;
    expect(f.value).toBe(0.5);
    expect(f.reasons[0]!.text).toMatch(/MAE-L5-01 not evaluated/);
  });
  it('missing: 0.5, naming the control (the host keeps only its own fragmented record of calls)', () => {
    const f = byId(inferFactors({ ...flagServer(), controls: [control('MAE-L5-01', 'missing')] }, '0.8')).opacityReflexivity!;
    expect(f.value).toBe(0.5);
    expect(f.reasons[0]!.text).toContain('MAE-L5-01 missing (MAE-L5-01 title)');
  });
  it('missing, with an upstream audit trail the tools expose: still partial', () => {
    const s = flagServer();
    s.profile.tools.push(tool('list-auditlogs', { httpMethod: 'get' }));
    const f = byId(inferFactors({ ...s, controls: [control('MAE-L5-01', 'missing')] }, '0.8')).opacityReflexivity!;
    expect(f.value).toBe(0.5);
  });
  it('present: 0', () => {
    expect(byId(inferFactors({ ...flagServer(), controls: [control('MAE-L5-01', 'present')] }, '0.8')).opacityReflexivity!.value).toBe(0);
  });
});

describe('other factors read the tool surface and profile facts', () => {
  it('memory and knowledge-graph tools raise persistence to 1', () => {
    const p = profile({ tools: [tool('create_entities', { description: 'Add entities to the knowledge graph' }), tool('read_graph', { readOnly: true })] });
    const fs = byId(inferFactors({ profile: p, capabilities: capabilities(p, { write: ['create_entities'] }) }, '0.8'));
    expect(fs.persistentStateRetention!.value).toBe(1);
    expect(fs.persistentStateRetention!.reasons[0]!.tool).toBe('create_entities');
  });

  it('account switching raises dynamic identity to 1; per-user OAuth alone is 0.5', () => {
    const switching = profile({ tools: [tool('set_active_account')] });
    expect(byId(inferFactors({ profile: switching, capabilities: capabilities(switching) }, '0.8')).dynamicIdentity!.value).toBe(1);
    const oauth = profile({ tools: [tool('list_issues', { readOnly: true })], oauthProviders: ['github'] });
    const f = byId(inferFactors({ profile: oauth, capabilities: capabilities(oauth) }, '0.8')).dynamicIdentity!;
    expect(f.value).toBe(0.5);
    expect(f.reasons[0]!.text).toContain('OAuth provider github');
  });

  it('tools that fetch any URL raise contextual awareness to 1', () => {
    const p = profile({ tools: [tool('fetch', { readOnly: true, inputSchema: { type: 'object', properties: { url: { type: 'string' } } } })] });
    expect(byId(inferFactors({ profile: p, capabilities: capabilities(p) }, '0.5')).contextualAwareness!.value).toBe(1);
  });

  it('code execution on a local package can rewrite the server itself (v0.5 Self-Modification 1); on a hosted service only 0.5', () => {
    const local = profile({ tools: [tool('run_command')], packages: [{ transport: 'stdio', arguments: [], identifier: 'x' }] });
    expect(byId(inferFactors({ profile: local, capabilities: capabilities(local, { 'code-execution': ['run_command'] }) }, '0.5')).selfModification!.value).toBe(1);
    const hosted = profile({ tools: [tool('container_exec')], remotes: [{ type: 'streamable-http', url: 'https://x.example/mcp', headers: [] }] });
    expect(byId(inferFactors({ profile: hosted, capabilities: capabilities(hosted, { 'code-execution': ['container_exec'] }) }, '0.5')).selfModification!.value).toBe(0.5);
    expect(byId(inferFactors({ profile: hosted, capabilities: capabilities(hosted, { 'code-execution': ['container_exec'] }) }, '0.8')).selfModification!.value).toBe(1);
  });

  it('a reason carries the location of its evidence', () => {
    const p = profile({ tools: [tool('deploy_worker', { location: { path: 'mcp-tools.json', line: 40 } })] });
    const caps = capabilities(p);
    caps.capabilities.push({ id: 'code-execution', evidence: [{ kind: 'name-verb', detail: 'name says deploy', tool: 'deploy_worker', location: { path: 'mcp-tools.json', line: 40 } }] });
    const f = byId(inferFactors({ profile: p, capabilities: caps }, '0.8')).selfModification!;
    expect(f.reasons[0]).toMatchObject({ tool: 'deploy_worker', location: { path: 'mcp-tools.json', line: 40 } });
  });
});

describe('profile overrides', () => {
  const withConfig = (factors: RiskProfileConfig['factors']) => {
    const s = flagServer();
    s.profile.config = { version: 1, factors };
    s.profile.configPath = '.mcp-risk.yml';
    return s;
  };

  it('replace the value, keep the inferred one, and cite the rationale', () => {
    const f = byId(inferFactors(withConfig({ executionAutonomy: { value: 0.5, rationale: 'Writes need a second approver in ConfigCat.' } }), '0.8')).executionAutonomy!;
    expect(f).toMatchObject({ value: 0.5, inferred: 1, overridden: true, rationale: 'Writes need a second approver in ConfigCat.' });
    expect(f.continuous).toBeUndefined();
    expect(f.reasons[0]).toMatchObject({ location: { path: '.mcp-risk.yml' } });
    expect(f.reasons[0]!.text).toMatch(/inferred 1/);
  });

  it('accept continuous values as a flagged extension, and the posture shows the snapped sum beside the raw one', () => {
    const seed = [0.6, 0.3, 0, 0.8, 0.1, 0.4, 0.2, 0.3, 0.2, 0.3];
    const ids = ['autonomyOfAction', 'goalDrivenPlanning', 'selfModification', 'dynamicToolUse', 'persistentMemory', 'contextualAwareness', 'dynamicIdentity', 'multiAgentInteractions', 'nonDeterminism', 'opacityReflexivity'];
    const fs = inferFactors(withConfig(Object.fromEntries(ids.map((id, i) => [id, { value: seed[i]!, rationale: 'ConfigCat seed threat model' }]))), '0.5');
    expect(fs.filter((f) => f.continuous).map((f) => f.id)).toEqual(ids.filter((_, i) => ![0, 0.5, 1].includes(seed[i]!)));
    expect(postureOf(fs)).toEqual({ sum: 3.2, snappedSum: 3.5, continuous: true });
  });

  it('the Cloudflare seed values give posture 4.4, snapped 4.5', () => {
    const seed = [0.6, 0.4, 0.1, 0.8, 0.2, 0.5, 0.6, 0.5, 0.4, 0.3];
    const fs = seed.map((value, i): FactorResult => ({ id: `f${i}`, name: `F${i}`, value, inferred: value, reasons: [], overridden: false }));
    expect(postureOf(fs)).toEqual({ sum: 4.4, snappedSum: 4.5, continuous: true });
  });

  it('match a factor by its display name too', () => {
    expect(byId(inferFactors(withConfig({ 'Opacity & Reflexivity': { value: 0, rationale: 'OTEL audit log to SIEM' } }), '0.8')).opacityReflexivity!.value).toBe(0);
  });

  it('require a rationale', () => {
    expect(() => inferFactors(withConfig({ executionAutonomy: { value: 0, rationale: '  ' } }), '0.8')).toThrow(FactorOverrideError);
    expect(() => inferFactors(withConfig({ executionAutonomy: { value: 0, rationale: '' } }), '0.8')).toThrow(/factors\.executionAutonomy: a rationale is required/);
  });

  it('refuse values outside [0, 1]', () => {
    expect(() => inferFactors(withConfig({ executionAutonomy: { value: 1.5, rationale: 'x' } }), '0.8')).toThrow(/value must be a number from 0 to 1/);
  });

  it('report keys that name no factor of the version', () => {
    const config: RiskProfileConfig = { version: 1, factors: { goalDrivenPlanning: { value: 0, rationale: 'x' }, executionAutonomy: { value: 0, rationale: 'x' } } };
    expect(unknownFactorOverrides(config, '0.8')).toEqual(['goalDrivenPlanning']);
    expect(unknownFactorOverrides(config, '0.5')).toEqual(['executionAutonomy']);
  });
});
