import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/repo/limits.js';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUT_MS } from '../../src/introspect/index.js';
import { MARKER_VARIABLE } from '../../src/introspect/isolation.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README states the bounds the code enforces (issue 13)', () => {
  it('names each size bound with its value and says a bound is an input error', () => {
    expect(README).toContain(`| ${LIMITS.maxTotalInputBytes / 1024 / 1024} MiB |`);
    expect(README).toContain(`| ${LIMITS.maxTools.toLocaleString('en-US')} |`);
    expect(README).toContain(`| ${LIMITS.maxToolTextChars / 1024} KB |`);
    expect(README).toContain(`| ${LIMITS.maxManifestBytes / 1024 / 1024} MB |`);
    expect(README).toContain(`${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MiB, ${DEFAULT_LIMITS.maxItems.toLocaleString('en-US')} items, ${DEFAULT_LIMITS.maxPages} pages, ${DEFAULT_TIMEOUT_MS / 1000} s`);
    expect(README).toMatch(/A bound reached is always an input error \(exit 2/);
  });

  it('says plainly what the introspected server can read, and recommends a separate job', () => {
    expect(README).not.toMatch(/server process gets only `PATH`, `HOME`/);
    expect(README).toContain('/proc/<pid>/environ');
    expect(README).toContain(`\`${MARKER_VARIABLE}\``);
    expect(README).toMatch(/run it in a separate job with no secrets/);
  });
});
