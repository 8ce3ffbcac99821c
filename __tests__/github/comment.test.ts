import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { syncStickyComment, type StickyCommentRequest } from '../../src/github/comment.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/markdown.js';
import { FakeGitHubApi, startFakeGitHubApi } from '../helpers/github-api-server.js';

const target = { owner: 'o', repo: 'r', issueNumber: 7 };
let api: FakeGitHubApi;
let delays: number[];

function client() {
  return createGitHubClient('test-token', { baseUrl: api.url, retry: { sleep: async (ms) => void delays.push(ms) } });
}

function request(decision: 'pass' | 'fail' | 'warn', text: string, extra: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return { mode: 'always', decision, changed: false, render: () => `${COMMENT_MARKER}\n${text}`, ...extra };
}

beforeEach(async () => {
  api = await startFakeGitHubApi();
  delays = [];
});
afterEach(async () => {
  await api.stop();
});

describe('syncStickyComment', () => {
  it('creates one comment on the first run and updates that same comment on the next', async () => {
    const first = await syncStickyComment(client(), target, request('fail', 'run 1'));
    expect(first.action).toBe('created');
    const second = await syncStickyComment(client(), target, request('fail', 'run 2'));
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    const third = await syncStickyComment(client(), target, request('fail', 'run 2'));
    expect(third.action).toBe('unchanged');
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]!.body).toBe(`${COMMENT_MARKER}\nrun 2`);
    expect(api.requests[0]!.headers.authorization).toBe('token test-token');
  });

  it('follows Link pagination and finds our comment on page 2', async () => {
    api.maxPerPage = 3;
    for (let i = 0; i < 4; i++) api.addComment(7, `chatter ${i}`);
    const ours = api.addComment(7, `${COMMENT_MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const out = await syncStickyComment(client(), target, request('fail', 'new'));
    expect(out).toMatchObject({ action: 'updated', commentId: ours.id });
    expect(api.requestsTo('GET', /comments$/).map((r) => r.query.get('page'))).toEqual([null, '2']);
    expect(api.commentsOn(7)).toHaveLength(5);
  });

  it('ignores a marker copied into someone else\'s comment', async () => {
    api.addComment(7, `${COMMENT_MARKER}\nfake`, { login: 'mallory', type: 'User' });
    const out = await syncStickyComment(client(), target, request('fail', 'real'));
    expect(out.action).toBe('created');
    expect(api.commentsOn(7).find((c) => c.user.login === 'mallory')!.body).toContain('fake');
  });

  it('turns a 403 into a warning naming the permission, without throwing', async () => {
    api.fail({ method: 'POST', path: /comments$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    const out = await syncStickyComment(client(), target, request('fail', 'x'));
    expect(out.action).toBe('failed');
    expect(out.warning).toBe(true);
    expect(out.message).toContain('pull-requests: write');
    expect(out.message).toContain('Resource not accessible by integration');
    expect(delays).toEqual([]);
  });

  it('succeeds through a 502 on the listing by retrying', async () => {
    api.fail({ method: 'GET', path: /comments$/, status: 502 });
    const out = await syncStickyComment(client(), target, request('fail', 'x'));
    expect(out.action).toBe('created');
    expect(delays).toEqual([1000]);
    expect(api.requestsTo('GET', /comments$/)).toHaveLength(2);
  });

  it('never leaves two comments when a create answers 502 after it happened', async () => {
    api.fail({ method: 'POST', path: /comments$/, status: 502, applied: true });
    const out = await syncStickyComment(client(), target, request('fail', 'x'));
    expect(out.action).toBe('created');
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.requestsTo('POST', /comments$/)).toHaveLength(1);
    expect(api.requestsTo('PATCH', /comments\/\d+$/)).toHaveLength(1);
  });

  it('retries a create that answered 502 without writing', async () => {
    api.fail({ method: 'POST', path: /comments$/, status: 502 });
    const out = await syncStickyComment(client(), target, request('fail', 'x'));
    expect(out.action).toBe('created');
    expect(api.commentsOn(7)).toHaveLength(1);
  });

  it('honours modes: never posts nothing, on-failure skips a clean first pass', async () => {
    expect((await syncStickyComment(client(), target, request('fail', 'x', { mode: 'never' }))).action).toBe('skipped');
    expect((await syncStickyComment(client(), target, request('pass', 'x', { mode: 'on-failure' }))).action).toBe('skipped');
    expect((await syncStickyComment(client(), target, request('pass', 'x', { mode: 'on-change', changed: false }))).action).toBe('skipped');
    expect(api.requestsTo('POST', /comments$/)).toHaveLength(0);
    expect((await syncStickyComment(client(), target, request('pass', 'x', { mode: 'on-change', changed: true }))).action).toBe('created');
    expect((await syncStickyComment(client(), target, request('warn', 'y', { mode: 'on-failure' }))).action).toBe('updated');
  });

  it('minimizes as RESOLVED when green and restores the comment on regression', async () => {
    const fail = (text: string) => ({ ...request('fail', ''), mode: 'on-failure' as const, render: () => renderMarkdown(resultStub(), { result: 'fail', reasons: [text] }, { target: 'comment' }) });
    const pass = { ...request('pass', ''), mode: 'on-failure' as const, render: () => renderMarkdown(resultStub(), { result: 'pass', reasons: [] }, { target: 'comment' }) };
    await syncStickyComment(client(), target, fail('bad'));
    const green = await syncStickyComment(client(), target, pass);
    expect(green).toMatchObject({ action: 'updated', minimized: 'minimized' });
    expect(api.commentsOn(7)[0]!.minimized).toBe(true);
    const graphql = api.requestsTo('POST', /^\/graphql$/);
    expect((graphql[0]!.body as { query: string }).query).toContain('classifier: RESOLVED');
    const again = await syncStickyComment(client(), target, fail('bad again'));
    expect(again).toMatchObject({ action: 'updated', minimized: 'unminimized' });
    expect(api.commentsOn(7)[0]!.minimized).toBe(false);
    expect(api.commentsOn(7)).toHaveLength(1);
  });

  it('reports a failed minimize as a warning but keeps the comment update', async () => {
    api.fail({ path: /^\/graphql$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    const out = await syncStickyComment(client(), target, request('pass', 'x'));
    expect(out).toMatchObject({ action: 'created', warning: true });
    expect(out.message).toContain('pull-requests: write');
  });

  it('passes its previous comment to the renderer', async () => {
    api.addComment(7, `${COMMENT_MARKER}\nprevious`, { login: 'github-actions[bot]', type: 'Bot' });
    let seen: string | undefined;
    await syncStickyComment(client(), target, { ...request('fail', ''), render: (prev) => ((seen = prev?.body), `${COMMENT_MARKER}\nnext`) });
    expect(seen).toBe(`${COMMENT_MARKER}\nprevious`);
  });
});

function resultStub() {
  return {
    tool: { name: 'mcp-risk-gate' as const, version: '0.1.0' },
    aivssVersion: '0.8' as const,
    server: { sources: [] },
    profile: { sources: [], packages: [], transports: [], remotes: [], secrets: [], tools: [], toolsIncomplete: false, oauthProviders: [], filesystemScopes: [], network: {}, safetyKnobs: [], privacyPolicies: [] },
    capabilities: { capabilities: [], surface: { toolCount: 0, unknown: true, incomplete: false, annotated: 0, readOnly: 0, destructive: 0, openWorld: 0 }, effects: [] },
    errors: [],
    notices: [],
  };
}
