/**
 * A live listing the gate could not read to the end is not a complete surface: the tools it did
 * not see could be anything. Such a run is an input error (exit 2, decision `error`), the surface
 * is marked incomplete, and the message says which list stopped and why. The repository otherwise
 * passes the default gate (fixtures/e2e/readonly-server), and every tool the server does list is
 * benign, so only the truncation can make the difference.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const PASSING = fileURLToPath(new URL('../../fixtures/e2e/readonly-server', import.meta.url));
const SERVER = fileURLToPath(new URL('../../fixtures/servers/truncating.mjs', import.meta.url));

interface Report {
  surface: { incomplete: boolean };
  introspection?: { truncated: boolean; tools: number };
  decision: { result: string; reasons: string[] };
  errors: { path: string; message: string; hint?: string }[];
}

async function scanLive(mode: string): Promise<{ code: number; r: Report; stderr: string }> {
  const run = await cli('scan', PASSING, '--format', 'json', '--introspect-command', `${process.execPath} ${SERVER} ${mode}`);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
  return { code: run.code, r: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe('a truncated live listing fails closed', () => {
  it('a server that repeats its nextCursor', async () => {
    const { code, r, stderr } = await scanLive('repeat-cursor');
    expect(r.introspection?.truncated).toBe(true);
    expect(r.surface.incomplete).toBe(true);
    expect(r.decision.result).toBe('error');
    expect(code).toBe(2);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^live introspection is incomplete: tools\/list returned the cursor "again" twice/);
    expect(r.errors[0]!.message).toMatch(/the tools it did not list were never seen/);
    expect(r.errors[0]!.hint).toMatch(/tools dump/);
    expect(stderr).toMatch(/live introspection is incomplete/);
  });

  it('a server with more pages than the page limit', async () => {
    const { code, r } = await scanLive('endless');
    expect(r.surface.incomplete).toBe(true);
    expect(r.decision.result).toBe('error');
    expect(code).toBe(2);
    expect(r.errors[0]!.message).toMatch(/tools\/list stopped after 100 pages/);
  });

  it('a server with more tools than the item limit', async () => {
    const { code, r } = await scanLive('many-items');
    expect(r.introspection?.tools).toBe(2000);
    expect(r.surface.incomplete).toBe(true);
    expect(r.decision.result).toBe('error');
    expect(code).toBe(2);
    expect(r.errors[0]!.message).toMatch(/tools\/list stopped at 2000 items/);
  });
});
