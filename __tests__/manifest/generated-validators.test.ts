import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generateValidators, GENERATED_DIR } from '../../scripts/gen-validators.mjs';
import { mcpTool, registryServer } from '../../src/manifest/generated/validators.js';

const expected = (generateValidators as () => Record<string, string>)();

describe('the standalone validators compiled from schemas/', () => {
  it('are up to date with the schemas, one file per schema (run `npm run build` to regenerate)', () => {
    for (const [file, text] of Object.entries(expected)) expect(readFileSync(file, 'utf8'), file).toBe(text);
    const onDisk = readdirSync(join(GENERATED_DIR as string, 'validators')).map((f) => join(GENERATED_DIR as string, 'validators', f));
    expect(onDisk.sort()).toEqual(Object.keys(expected).filter((f) => f.endsWith('.cjs')).sort());
  });

  it('load on first use and report the errors of the last call', () => {
    expect(mcpTool({ name: 'x', inputSchema: { type: 'object' } })).toBe(true);
    expect(mcpTool.errors).toBeNull();
    expect(mcpTool({ name: 42 })).toBe(false);
    expect(mcpTool.errors?.[0]).toMatchObject({ instancePath: '/name', keyword: 'type' });
    expect(registryServer({})).toBe(false);
    expect(registryServer.errors?.map((e) => e.keyword)).toContain('required');
  });
});
