import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../data/redact/secrets.json' with { type: 'json' };
import schema from '../../schemas/redact-secrets.schema.json' with { type: 'json' };
import { introspectionSecrets } from '../../src/introspect/secrets.js';
import { createRedactor, defaultRedactor } from '../../src/redact/index.js';
import { unsafePatternReason } from '../../src/surface/index.js';

const r = defaultRedactor();

describe('the secret formats data', () => {
  it('is valid against schemas/redact-secrets.schema.json, with safe, compilable patterns and unique ids', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const ids = data.formats.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of data.formats as { id: string; source: string; flags?: string; truncated?: string }[]) {
      for (const source of [f.source, ...(f.truncated !== undefined ? [f.truncated] : [])]) {
        expect(unsafePatternReason(source), `${f.id}: ${source}`).toBeUndefined();
        expect(() => new RegExp(source, `g${f.flags ?? ''}`)).not.toThrow();
      }
    }
  });
});

describe('redactor.text', () => {
  it.each([
    ['GitHub token', 'token ghp_Abcdefghijklmnopqrstuvwxyz0123456789 here', 'token [redacted: GitHub token] here'],
    ['GitHub app token', 'ghs_Abcdefghijklmnopqrstuvwxyz0123456789', '[redacted: GitHub token]'],
    ['fine-grained PAT', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', '[redacted: GitHub token]'],
    ['AWS key', 'aws AKIAZ7Y6X5W4V3U2T1S0.', 'aws [redacted: AWS access key].'],
    ['Slack', 'xoxb-1234567890-abcdefghijKLMN', '[redacted: Slack token]'],
    ['Stripe live', "'sk_live_51Hq2w3e4r5t6y7u8i9o0pAbCd'", "'[redacted: Stripe key]'"],
    ['Stripe restricted', 'rk_live_abcdefghij0123', '[redacted: Stripe key]'],
    ['JWT', 'Authorization eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl', 'Authorization [redacted: JWT]'],
    ['Bearer', 'Authorization: Bearer abc.def-123456', 'Authorization: Bearer [redacted: bearer token]'],
    ['PEM block', 'a -----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY----- b', 'a [redacted: private key] b'],
    ['cut PEM block', 'x -----BEGIN PRIVATE KEY----- MIIEvQIBADANBg', 'x [redacted: private key]'],
    ['env assignment', 'fatal: API_TOKEN=s3cr3tvalue rejected', 'fatal: API_TOKEN=[redacted: credential value] rejected'],
    ['quoted assignment', 'const apiKey = "abcdef123456";', 'const apiKey = "[redacted: credential value]";'],
    ['URL userinfo', 'see https://user:tok3n@host.example/x', 'see https://[redacted: URL credentials]@host.example/x'],
    ['URL query', 'GET https://h.example/mcp?api_key=abc123&mode=ro#top', 'GET https://h.example/mcp?api_key=[redacted: URL query value]&mode=[redacted: URL query value]#top'],
    ['flag value', 'node s.js --token abc123 --api-key=xyz789 --verbose', 'node s.js --token [redacted: credential argument] --api-key=[redacted: credential argument] --verbose'],
    // Wherever a flag can start: the text's start, after a quote, a bracket, a comma or `=`.
    ['flag at the start', '--token abc123', '--token [redacted: credential argument]'],
    ['flag after punctuation', 'args=["--token abc123"] (-password=hunter22) ,--secret s3cr3t! =--key k3y-v4l', 'args=["--token [redacted: credential argument]"] (-password=[redacted: credential argument]) ,--secret [redacted: credential argument] =--key [redacted: credential argument]'],
    ['dates and ids are no flags', 'MAE-L3-01 since 2026-11-30', 'MAE-L3-01 since 2026-11-30'],
    ['a URL without userinfo or query stays', 'see https://example.com/docs/x-y', 'see https://example.com/docs/x-y'],
    ['cut GitHub token', 'src/config.ts:1: ghp_Comm012…', 'src/config.ts:1: [redacted: GitHub token]'],
  ])('%s', (_, input, output) => {
    expect(r.text(input)).toBe(output);
  });

  it('leaves report text alone: hashes, CVSS vectors, ids, paths, plain URLs, prose', () => {
    const ordinary = [
      'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N',
      'MRG-POISON-IMPERATIVE:fetch_report at src/server.ts:12',
      'https://github.com/o/r/blob/v1/docs/controls.md#mae-l4-01',
      'uses: actions/checkout@8f4b7f84864484a7bf31766abe9204da3cbe65b3 # v4.1.1',
      'The server needs credentials; a bearer token or an API key is read from the environment.',
      'pass --token to the server (see docs)',
    ];
    for (const text of ordinary) expect(r.text(text)).toBe(text);
  });

  it('replaces the run secrets it was given, and a quote cut inside one', () => {
    const red = createRedactor([{ value: 'EnvValue0p9o8i7u6y5t', label: 'introspect-env value' }]);
    expect(red.text('key EnvValue0p9o8i7u6y5t!')).toBe('key [redacted: introspect-env value]!');
    expect(red.text('send the key EnvVa…')).toBe('send the key [redacted: introspect-env value]');
    // Too short a prefix before the ellipsis says nothing.
    expect(red.text('the Env…')).toBe('the Env…');
  });

  it('is idempotent, also on what it produced', () => {
    const red = createRedactor([{ value: 'S3cretValue99', label: 'introspect-env value' }]);
    const pieces = ['S3cretValue99', 'ghp_Abcdefghijklmnopqrstuvwxyz0123456789', 'https://u:p4ss@h/x?k=v1', '--token abc', ' ', 'x', '=', '…', '[redacted: y]', 'Bearer 1234567890'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const once = red.text(parts.join(''));
        expect(red.text(once)).toBe(once);
        expect(once).not.toContain('S3cretValue99');
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 200), ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) },
    );
  });

  it('stays linear on long hostile text', () => {
    const hostile = [
      'a'.repeat(1_000_000),
      'ghp_'.repeat(250_000),
      'https://'.repeat(100_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(20_000),
      `Bearer ${'1'.repeat(500_000)}`,
      'API_TOKEN'.repeat(100_000),
      `${'x…'.repeat(200_000)}`,
    ];
    const red = createRedactor([{ value: 'xxxxxxxxyz', label: 'v' }]);
    for (const text of hostile) {
      const start = performance.now();
      red.text(text);
      expect(performance.now() - start, text.slice(0, 20)).toBeLessThan(2_000);
    }
  });
});

describe('redactor.deep', () => {
  it('redacts every string and key of a JSON-shaped value, and argument lists as command lines', () => {
    const value = {
      packages: [{ arguments: ['node', 'server.js', '--token', 'plainword', '--password', '${user_config.password}', 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm', '/very/long/path/to/the/server/index.js'] }],
      remotes: [{ url: 'https://api.example.com/mcp?key=abc12345' }],
      hashes: { 'ghp_Abcdefghijklmnopqrstuvwxyz0123456789': 'x' },
      n: 1,
      ok: true,
      none: null,
    };
    expect(r.deep(value)).toEqual({
      packages: [{ arguments: ['node', 'server.js', '--token', '[redacted: credential argument]', '--password', '${user_config.password}', '[redacted: token-like argument]', '/very/long/path/to/the/server/index.js'] }],
      remotes: [{ url: 'https://api.example.com/mcp?key=[redacted: URL query value]' }],
      hashes: { '[redacted: GitHub token]': 'x' },
      n: 1,
      ok: true,
      none: null,
    });
  });

  it('keeps a __proto__ key a key, does not touch the input, and returns its own output as is', () => {
    const input = JSON.parse('{"__proto__": {"a": "ghp_Abcdefghijklmnopqrstuvwxyz0123456789"}}') as Record<string, unknown>;
    const out = r.deep(input);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"a":"[redacted: GitHub token]"}}');
    expect(JSON.stringify(input)).toContain('ghp_');
    expect(r.deep(out)).toBe(out);
  });
});

describe('redactor.stringify', () => {
  const secretish = fc.constantFrom(
    'ghp_Abcdefghijklmnopqrstuvwxyz0123456789',
    '--token',
    'plainword',
    'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm',
    'https://u:p4ssw0rd@api.example.com/mcp?key=abc12345',
    'sk_live_abcdefghijklmnop',
    'API_KEY=hunter2hunter2',
    'run-secret-value',
    'args',
    'arguments',
    'ok',
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, secretish, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.dictionary(fc.oneof(secretish, fc.string()), tie('value'), { maxKeys: 5 }),
  })).value;

  it('writes exactly what JSON.stringify writes of the deep-redacted value', () => {
    const withRun = createRedactor([{ value: 'run-secret-value', label: 'run secret' }]);
    fc.assert(
      fc.property(json, (value) => {
        expect(withRun.stringify(value, 2)).toBe(JSON.stringify(withRun.deep(value), null, 2));
      }),
      { numRuns: 500 },
    );
  });
});

describe('introspectionSecrets (the run secrets the adapters pass in)', () => {
  it('takes introspect-env values, pass-through values, URL credentials and credential arguments', () => {
    const secrets = introspectionSecrets(
      {
        env: ['API_KEY=abcd', 'MODE=read-only', 'NODE_ENV=production', 'DB=postgres://u:pw@h/db', 'PASSED', 'SHORT=x1'],
        url: 'https://bot:t0ken-value@mcp.example.com/mcp?api_key=k3y4&page=2&session=abcdef123456',
        command: `node server.js --token tok123 --api-key=key456 --port 8080 Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm 'unclosed`,
      },
      { PASSED: 'pass-through-value-1' },
    );
    const values = secrets.map((s) => s.value);
    expect(values).toEqual(expect.arrayContaining(['abcd', 'postgres://u:pw@h/db', 'pass-through-value-1', 'bot:t0ken-value', 't0ken-value', 'k3y4', 'abcdef123456', 'tok123', 'key456', 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm']));
    // Settings are not secrets: hiding them would garble the report.
    for (const plain of ['read-only', 'production', 'x1', '2', '8080', 'node', 'server.js']) expect(values).not.toContain(plain);
  });
});
