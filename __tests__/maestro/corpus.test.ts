import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateControls } from '../../src/maestro/index.js';
import { loadFilesAsRepo } from './helpers.js';

const DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => /\.(json|ya?ml|snap)$/i.test(f)).sort();

function evaluateFile(name: string) {
  return evaluateControls(loadFilesAsRepo([{ path: name, text: readFileSync(DIR + name, 'utf8') }]));
}

describe('every real corpus manifest', () => {
  it('is present in the fixture copy', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(FILES)('%s evaluates to a complete, deterministic result', (name) => {
    const a = evaluateFile(name);
    expect(a.controls).toHaveLength(34);
    expect(a.layers).toHaveLength(7);
    for (const c of a.controls) {
      if (c.requirement === 'not-applicable') expect(c.status).toBe('not-applicable');
      else expect(['present', 'missing']).toContain(c.status);
    }
    const ids = a.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of a.findings) expect(f.locations.length).toBeGreaterThan(0);
    expect(JSON.stringify(evaluateFile(name))).toBe(JSON.stringify(a));
  });
});

describe('corpus cases the research calls out', () => {
  it('PayPal\'s empty tools dump is an unknown surface, not a safe one', () => {
    expect(evaluateFile('docker__mcp-registry__servers__paypal__tools.json').findings.map((f) => f.id)).toContain('CHK-UNKNOWN-SURFACE');
  });

  it('Stripe\'s DXT secret key without `sensitive` is counter-evidence for credential declaration', () => {
    const r = evaluateFile('stripe__agent-toolkit__tools__modelcontextprotocol__manifest.json');
    const c = r.controls.find((x) => x.id === 'MAE-L4-01');
    expect(c?.status).toBe('missing');
    expect(c?.evidence.some((e) => e.against && /stripe_secret_key/i.test(e.detail))).toBe(true);
  });

  it('ConfigCat\'s server.json marks both credentials secret', () => {
    const c = evaluateFile('configcat__mcp-server__server.json').controls.find((x) => x.id === 'MAE-L4-01');
    expect(c?.evidence.filter((e) => e.strength === 'observed' && !e.against).map((e) => e.detail)).toEqual([
      'CONFIGCAT_API_USER (env) is marked secret',
      'CONFIGCAT_API_PASS (env) is marked secret',
    ]);
  });

  it('MongoDB\'s honest dump raises no annotation contradiction', () => {
    const r = evaluateFile('mongodb-js__mongodb-mcp-server__mcp-tools.json');
    expect(r.findings.filter((f) => f.kind === 'annotation-contradiction')).toEqual([]);
    expect(r.controls.find((c) => c.id === 'MAE-L3-02')?.status).toBe('present');
  });
});
