import { describe, expect, it } from 'vitest';
import { buildServerEnv, parseEnvLines, refuseUntrusted, splitCommand } from '../../src/introspect/index.js';

describe('buildServerEnv', () => {
  const current = { PATH: '/usr/bin', HOME: '/home/u', TOKEN: 't0k', OTHER: 'x' };

  it('passes PATH and HOME, NAME through, NAME=VALUE as set, and nothing else', () => {
    expect(buildServerEnv(['TOKEN', 'MODE=read-only', 'EMPTY=', 'MISSING'], current)).toEqual({ PATH: '/usr/bin', HOME: '/home/u', TOKEN: 't0k', MODE: 'read-only', EMPTY: '' });
  });

  it('keeps everything after the first = in the value', () => {
    expect(buildServerEnv(['URL=https://x/?a=b'], current).URL).toBe('https://x/?a=b');
  });

  it('rejects entries that are not variable names', () => {
    expect(() => buildServerEnv(['BAD NAME'], current)).toThrow(/not a variable name/);
    expect(() => buildServerEnv(['=x'], current)).toThrow(/not a variable name/);
  });

  it('reads the Action input, one entry a line', () => {
    expect(parseEnvLines('TOKEN\n\n# a comment\n  MODE=ro  \r\n')).toEqual(['TOKEN', 'MODE=ro']);
  });
});

describe('splitCommand', () => {
  it('splits words and honours quotes and escapes without a shell', () => {
    expect(splitCommand(`node "dist/my server.js" --name 'a b' x\\ y $HOME`)).toEqual({ command: 'node', args: ['dist/my server.js', '--name', 'a b', 'x y', '$HOME'] });
    expect(splitCommand(`uvx mcp-server-git --repo ""`)).toEqual({ command: 'uvx', args: ['mcp-server-git', '--repo', ''] });
  });

  it('rejects an empty command and an unclosed quote', () => {
    expect(() => splitCommand('   ')).toThrow(/empty/);
    expect(() => splitCommand('node "x')).toThrow(/unclosed/);
  });
});

describe('refuseUntrusted', () => {
  it('refuses under pull_request_target without the allow flag, naming the input to set', () => {
    const err = refuseUntrusted({ eventName: 'pull_request_target', allowUntrusted: false });
    expect(err?.code).toBe('untrusted');
    expect(err?.hint).toContain('allow-untrusted-introspection');
  });

  it('allows other events, and pull_request_target when explicitly allowed', () => {
    expect(refuseUntrusted({ eventName: 'pull_request', allowUntrusted: false })).toBeUndefined();
    expect(refuseUntrusted({ eventName: undefined, allowUntrusted: false })).toBeUndefined();
    expect(refuseUntrusted({ eventName: 'pull_request_target', allowUntrusted: true })).toBeUndefined();
  });
});
