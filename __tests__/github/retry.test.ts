import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import type { RetryInfo, RetryOptions } from '../../src/github/retry.js';
import { FakeGitHubApi, startFakeGitHubApi } from '../helpers/github-api-server.js';

let api: FakeGitHubApi;
let delays: number[];
let retries: RetryInfo[];

function client(extra: RetryOptions = {}) {
  return createGitHubClient('t', {
    baseUrl: api.url,
    retry: { sleep: async (ms) => void delays.push(ms), now: () => 1_700_000_000_000, onRetry: (i) => void retries.push(i), ...extra },
  });
}

const list = (c: ReturnType<typeof client>) => c.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });

beforeEach(async () => {
  api = await startFakeGitHubApi();
  delays = [];
  retries = [];
});
afterEach(async () => {
  await api.stop();
});

describe('retry plugin', () => {
  it('backs off exponentially on 5xx and succeeds', async () => {
    api.fail({ path: /comments$/, status: 502, times: 2 });
    const { status } = await list(client());
    expect(status).toBe(200);
    expect(delays).toEqual([1000, 2000]);
    expect(retries.map((r) => [r.status, r.reason])).toEqual([
      [502, 'server-error'],
      [502, 'server-error'],
    ]);
  });

  it('honours retry-after on 429', async () => {
    api.fail({ path: /comments$/, status: 429, headers: { 'retry-after': '3' } });
    await list(client());
    expect(delays).toEqual([3000]);
    expect(retries[0]?.reason).toBe('rate-limit');
  });

  it('waits on a secondary rate limit (403 with that message) and retries', async () => {
    api.fail({ path: /comments$/, status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } });
    await list(client());
    expect(delays).toEqual([60_000]);
    expect(retries[0]?.reason).toBe('secondary-rate-limit');
  });

  it('waits until x-ratelimit-reset when the primary limit is spent', async () => {
    api.fail({ path: /comments$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 20) }, body: { message: 'API rate limit exceeded' } });
    await list(client());
    expect(delays).toEqual([21_000]);
  });

  it('gives up after the bounded number of attempts', async () => {
    api.fail({ path: /comments$/, status: 503, times: 10 });
    await expect(list(client({ maxAttempts: 3 }))).rejects.toMatchObject({ status: 503 });
    expect(api.requestsTo('GET', /comments$/)).toHaveLength(3);
  });

  it('fails instead of hanging when the server asks for a wait longer than allowed', async () => {
    api.fail({ path: /comments$/, status: 429, headers: { 'retry-after': '3600' } });
    await expect(list(client())).rejects.toMatchObject({ status: 429 });
    expect(delays).toEqual([]);
  });

  it('does not retry a plain 403, a 404 or a REST POST that hit a 5xx', async () => {
    api.fail({ path: /comments$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    await expect(list(client())).rejects.toMatchObject({ status: 403 });
    api.fail({ method: 'POST', path: /comments$/, status: 500 });
    await expect(client().rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' })).rejects.toMatchObject({ status: 500 });
    expect(delays).toEqual([]);
  });

  it('serves GHES-style base URLs (REST under /api/v3)', async () => {
    const ghes = createGitHubClient('t', { baseUrl: `${api.url}/api/v3/` });
    await ghes.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });
    await ghes.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }', { id: api.addComment(1, 'x').node_id });
    expect(api.requests.map((r) => r.path)).toEqual(['/repos/o/r/issues/1/comments', '/graphql']);
  });

  it('takes the base URL from GITHUB_API_URL', async () => {
    const previous = process.env['GITHUB_API_URL'];
    process.env['GITHUB_API_URL'] = api.url;
    try {
      await createGitHubClient('t').rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });
    } finally {
      if (previous === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = previous;
    }
    expect(api.requests).toHaveLength(1);
  });
});
