import { describe, expect, it } from 'vitest';
import { catalog, evaluateControls, summarizeLayers } from '../../src/maestro/index.js';
import type { Catalog, CatalogControl } from '../../src/maestro/index.js';
import type { ServerProfile } from '../../src/model/profile.js';
import { caps, destroyer, profile, repo, tool } from './builders.js';

const withConfig = (over: Partial<ServerProfile> = {}): ServerProfile =>
  profile({
    config: { version: 1, controls: [{ id: 'MAE-L5-01', evidence: 'https://wiki.example.com/audit', description: 'calls go to our SIEM' }] },
    configPath: '.mcp-risk.yml',
    ...over,
  });

function control(id: string, r: ReturnType<typeof evaluateControls>) {
  const c = r.controls.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
}

describe('evidence strength', () => {
  it('a control declared in .mcp-risk.yml is present but reported as declared, with a pointer', () => {
    const r = evaluateControls({ profile: withConfig(), capabilities: caps(['write']), repo: repo() });
    const c = control('MAE-L5-01', r);
    expect(c.status).toBe('present');
    expect(c.evidence[0]?.strength).toBe('declared');
    expect(c.evidence[0]?.detail).toContain('https://wiki.example.com/audit');
    expect(c.evidence[0]?.location).toEqual({ path: '.mcp-risk.yml' });
  });

  it('observed evidence is reported as observed even when also declared', () => {
    const r = evaluateControls({ profile: withConfig(), capabilities: caps(['write']), repo: repo({ 'src/a.ts': 'auditLog.write(x)' }) });
    expect(control('MAE-L5-01', r).evidence[0]?.strength).toBe('observed');
  });

  it('observed counter-evidence outweighs a declaration', () => {
    const p = profile({ config: { version: 1, controls: [{ id: 'MAE-L3-05', evidence: 'docs/sandbox.md' }] } });
    const r = evaluateControls({ profile: p, capabilities: caps(['code-execution']), repo: repo({ 'src/x.py': 'subprocess.run(cmd, shell=True)' }) });
    const c = control('MAE-L3-05', r);
    expect(c.status).toBe('missing');
    expect(c.evidence[0]).toMatchObject({ against: true, location: { path: 'src/x.py', line: 1 } });
    expect(r.findings.find((f) => f.id === 'MAE-L3-05')?.locations[0]).toEqual({ path: 'src/x.py', line: 1 });
  });

  it('says "not observed (scan truncated)" instead of a confident absent when the walk was cut short', () => {
    const r = evaluateControls({ profile: profile(), capabilities: caps(['write']), repo: repo({}, true) });
    const c = control('MAE-L5-01', r);
    expect(c.status).toBe('missing');
    expect(c.evidence.map((e) => e.detail).join(' ')).toContain('not observed (scan truncated)');
  });

  it('a shell-free scan only counts when source was really scanned and complete', () => {
    const src = { 'src/run.ts': "spawn('git', ['status'])" };
    expect(control('MAE-L3-05', evaluateControls({ profile: profile(), capabilities: caps(['code-execution']), repo: repo(src) })).status).toBe('present');
    expect(control('MAE-L3-05', evaluateControls({ profile: profile(), capabilities: caps(['code-execution']), repo: repo(src, true) })).status).toBe('missing');
    expect(control('MAE-L3-05', evaluateControls({ profile: profile(), capabilities: caps(['code-execution']), repo: repo() })).status).toBe('missing');
  });

  it('source signals ignore tests, vendored and minified code', () => {
    const files = { 'test/audit.test.ts': 'auditLog()', 'node_modules/x/audit.js': 'auditLog()', 'dist/app.min.js': 'auditLog()' };
    expect(control('MAE-L5-01', evaluateControls({ profile: profile(), capabilities: caps(['write']), repo: repo(files) })).status).toBe('missing');
  });
});

describe('repository detectors', () => {
  const base = { 'package-lock.json': '{}', '.github/dependabot.yml': 'version: 2' };
  const l404 = (wf: string) =>
    control('MAE-L4-04', evaluateControls({ profile: profile(), capabilities: caps([]), repo: repo({ ...base, '.github/workflows/ci.yml': wf }) }));

  it('treats a tag-pinned third-party action as counter-evidence, located on its line', () => {
    const c = l404('jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: some/action@v1\n');
    expect(c.status).toBe('missing');
    expect(c.evidence.find((e) => e.against)?.location).toEqual({ path: '.github/workflows/ci.yml', line: 5 });
  });

  it('accepts SHA-pinned third-party actions and first-party tags', () => {
    const c = l404('steps:\n  - uses: actions/checkout@v4\n  - uses: some/action@0123456789abcdef0123456789abcdef01234567 # v1\n  - uses: ./local\n');
    expect(c.status).toBe('present');
  });

  it('needs both a lockfile and an update bot', () => {
    const onlyLock = evaluateControls({ profile: profile(), capabilities: caps([]), repo: repo({ 'package-lock.json': '{}' }) });
    expect(control('MAE-L4-04', onlyLock).status).toBe('missing');
  });

  it('reads the USER of the final Dockerfile stage only', () => {
    const df = 'FROM node:20 AS build\nUSER node\nRUN make\nFROM gcr.io/distroless/nodejs20\nCOPY --from=build /a /a\n';
    const c = control('MAE-L4-03', evaluateControls({ profile: profile(), capabilities: caps(['filesystem']), repo: repo({ Dockerfile: df }) }));
    expect(c.status).toBe('missing');
    expect(c.evidence[0]?.detail).toContain('final stage runs as root');
  });
});

describe('manifest and tool detectors', () => {
  it('a credential that only its name marks as secret is counter-evidence, located on the manifest line', () => {
    const p = profile({ secrets: [{ name: 'STRIPE_SECRET_KEY', kind: 'user-config', markedSecret: false, required: true, location: { path: 'manifest.json', line: 30 } }] });
    const r = evaluateControls({ profile: p, capabilities: caps(['credentials']), repo: repo({ '.gitleaks.toml': '' }) });
    expect(control('MAE-L4-01', r).status).toBe('missing');
    expect(r.findings.find((f) => f.id === 'MAE-L4-01')?.locations).toEqual([{ path: 'manifest.json', line: 30 }]);
  });

  it('a credential-like tool argument is counter-evidence for L4-01', () => {
    const p = profile({
      secrets: [{ name: 'TOKEN', kind: 'env', markedSecret: true, required: true }],
      tools: [tool('login', { inputSchema: { type: 'object', properties: { password: { type: 'string' } } } })],
    });
    const r = evaluateControls({ profile: p, capabilities: caps(['credentials']), repo: repo({ '.gitleaks.toml': '' }) });
    expect(control('MAE-L4-01', r).evidence.some((e) => e.against && e.detail.includes('password'))).toBe(true);
  });

  it('a limit without a maximum does not bound output', () => {
    const p = profile({ tools: [tool('list', { inputSchema: { type: 'object', properties: { limit: { type: 'integer' } } } })] });
    expect(control('MAE-L1-02', evaluateControls({ profile: p, capabilities: caps([]), repo: repo() })).status).toBe('missing');
  });

  it('confirmation must cover every destructive tool, and the finding points at the ones lacking it', () => {
    const confirm = { type: 'object', properties: { confirm: { type: 'string' } } };
    const p = profile({ tools: [destroyer('delete_a', { inputSchema: confirm, line: 2 }), destroyer('delete_b', { line: 7 })] });
    const r = evaluateControls({ profile: p, capabilities: caps(['destructive']), repo: repo() });
    expect(control('MAE-L3-03', r).status).toBe('missing');
    expect(r.findings.find((f) => f.id === 'MAE-L3-03')?.locations).toEqual([{ path: 'mcp-tools.json', line: 7 }]);
  });

  it('wildcard OAuth scopes on a write tool are counter-evidence for least privilege', () => {
    const p = profile({ tools: [destroyer('delete_project', { requiredScopes: ['project:*'] })] });
    const c = control('MAE-L6-03', evaluateControls({ profile: p, capabilities: caps(['write', 'credentials']), repo: repo({ 'README.md': 'least privilege' }) }));
    expect(c.status).toBe('missing');
  });

  it('a registry name and pinned versions satisfy L7-01; `latest` does not', () => {
    const pub = {
      sources: [{ path: 'server.json', format: 'registry-server-json' as const }],
      name: 'io.github.acme/srv',
      repositoryUrl: 'https://github.com/acme/srv',
    };
    const pkg = (version: string) => ({ registryType: 'npm', identifier: '@acme/srv', version, transport: 'stdio' as const, arguments: [] });
    const ok = evaluateControls({ profile: profile({ ...pub, packages: [pkg('1.2.3')] }), capabilities: caps([]), repo: repo() });
    const bad = evaluateControls({ profile: profile({ ...pub, packages: [pkg('latest')] }), capabilities: caps([]), repo: repo() });
    expect(control('MAE-L7-01', ok).status).toBe('present');
    expect(control('MAE-L7-01', bad).status).toBe('missing');
  });
});

describe('the engine', () => {
  it('evaluates a control added as a record only, without engine changes', () => {
    const extra: CatalogControl = {
      ...structuredClone(catalog().controls[0] as CatalogControl),
      id: 'MAE-L5-09',
      layers: ['L5'],
      home: 'L5',
      requirement: [{ level: 'required', when: { all: [{ capability: 'write' }, { not: { transport: 'stdio' } }] }, because: 'test rule for a new control' }],
      evidence: [{ detector: 'repo-file', label: 'a runbook', params: { paths: ['RUNBOOK.md'] } }],
      docsAnchor: 'mae-l5-09',
    };
    const cat: Catalog = { ...catalog(), controls: [extra], checks: [] };
    const run = (files: Record<string, string>) =>
      evaluateControls({ profile: profile(), capabilities: caps(['write']), repo: repo(files) }, { catalog: cat });
    expect(run({}).controls[0]?.status).toBe('missing');
    expect(run({ 'RUNBOOK.md': '#' }).controls[0]?.status).toBe('present');
    expect(run({}).layers.find((l) => l.layer === 'L5')).toMatchObject({ required: 1, missing: 1 });
  });

  it('fails loudly when a catalog names a detector that does not exist', () => {
    const broken = structuredClone(catalog());
    const first = broken.controls[0];
    if (!first) throw new Error('empty');
    (first.evidence[0] as { detector: string }).detector = 'no-such-detector';
    expect(() => evaluateControls({ profile: profile(), capabilities: caps([]), repo: repo() }, { catalog: broken })).toThrow(/no-such-detector/);
  });

  it('is deterministic: same input, same output', () => {
    const input = { profile: profile({ tools: [destroyer('delete_x')] }), capabilities: caps(['write', 'destructive']), repo: repo({ 'a.ts': 'x' }) };
    expect(JSON.stringify(evaluateControls(input))).toBe(JSON.stringify(evaluateControls(input)));
  });

  it('summarizes seven layers, counting required controls once under their home layer, waivers included', () => {
    const r = evaluateControls({ profile: profile(), capabilities: caps(['write']), repo: repo() });
    expect(r.layers.map((l) => l.name)).toEqual([
      'Foundation Models',
      'Data Operations',
      'Agent Frameworks',
      'Deployment and Infrastructure',
      'Evaluation and Observability',
      'Security and Compliance',
      'Agent Ecosystem',
    ]);
    for (const l of r.layers) expect(l.required).toBe(l.present + l.missing + l.waived);
    const required = r.controls.filter((c) => c.requirement === 'required').length;
    expect(r.layers.reduce((n, l) => n + l.required, 0)).toBe(required);
    const waived = r.controls.map((c) => (c.id === 'MAE-L5-01' ? { ...c, status: 'waived' as const } : c));
    expect(summarizeLayers(waived).find((l) => l.layer === 'L5')).toMatchObject({ waived: 1 });
  });
});
