import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generateValidators, VALIDATORS_JS, DTS, VALIDATORS_DTS } from '../../scripts/gen-validators.mjs';

describe('the standalone validators compiled from schemas/', () => {
  it('are up to date with the schemas (run `npm run build` to regenerate)', () => {
    expect(readFileSync(VALIDATORS_JS as string, 'utf8')).toBe((generateValidators as () => string)());
    expect(readFileSync(VALIDATORS_DTS as string, 'utf8')).toBe(DTS as string);
  });
});
