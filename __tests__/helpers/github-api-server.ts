/**
 * A real HTTP server on 127.0.0.1 standing in for the GitHub REST and GraphQL APIs, for tests
 * of the comment lifecycle and of the Action end to end (point GITHUB_API_URL at `url`).
 * It keeps issue comments in memory, paginates with Link headers, records every request,
 * and can be scripted to fail (403, 502, 429 with retry-after...) a given number of times.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
  issue: number;
  minimized: boolean;
}

export interface ScriptedFailure {
  method?: string;
  /** Matched against the path without the query string. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail before the real handler answers again (default 1). */
  times?: number;
  /** Do the work, then answer with the failure anyway (a 502 from a proxy after GitHub wrote it). */
  applied?: boolean;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface PullRequestStub {
  number: number;
  headSha: string;
}

export interface FakeReview {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commitId: string;
}

export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly pulls = new Map<string, PullRequestStub>();
  /** Labels per issue / pull request number. */
  readonly labels = new Map<number, string[]>();
  /** Reviews per pull request number, oldest first. */
  readonly reviews = new Map<number, FakeReview[]>();
  /** Team members by `org/team-slug`. */
  readonly teams = new Map<string, string[]>();
  /** The most comments one page returns, whatever per_page asks (to exercise pagination). */
  maxPerPage = 100;
  private failures: (ScriptedFailure & { left: number })[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  private base = '';

  get url(): string {
    return this.base;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** Makes the next `times` matching requests fail with this status. */
  fail(failure: ScriptedFailure): void {
    this.failures.push({ ...failure, left: failure.times ?? 1 });
  }

  addComment(issue: number, body: string, user: FakeComment['user'] = { login: 'someone', type: 'User' }): FakeComment {
    const id = this.nextId++;
    const comment: FakeComment = { id, node_id: `IC_${id}`, body, user, html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${id}`, issue, minimized: false };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    // GHES serves REST under /api/v3 and GraphQL under /api/graphql; accept both layouts.
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    this.requests.push({ method, path, query: url.searchParams, headers: req.headers, body });

    const failure = this.failures.find((f) => f.left > 0 && (f.method === undefined || f.method === method) && f.path.test(path));
    if (failure !== undefined) failure.left--;
    const answer = failure === undefined || failure.applied === true ? this.route(method, path, url, body) : undefined;
    if (failure !== undefined) return send(res, failure.status, failure.body ?? { message: `Scripted ${failure.status}` }, failure.headers);
    send(res, answer!.status, answer!.body, answer!.headers);
  }

  private route(method: string, path: string, url: URL, body: unknown): Reply {

    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path)) !== null) {
      const issue = Number(m[3]);
      if (method === 'GET') return this.listComments(url, issue, m[1]!, m[2]!);
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return reply(422, { message: 'body is required' });
        if (text.length >= 65_536) return reply(422, { message: 'Body is too long (maximum is 65536 characters)' });
        const created = this.addComment(issue, text, { login: 'github-actions[bot]', type: 'Bot' });
        return reply(201, view(created));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) !== null && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (comment === undefined) return reply(404, { message: 'Not Found' });
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return reply(422, { message: 'body is required' });
      if (text.length >= 65_536) return reply(422, { message: 'Body is too long (maximum is 65536 characters)' });
      comment.body = text;
      return reply(200, view(comment));
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path)) !== null && method === 'GET') {
      const pr = this.pulls.get(`${m[1]}/${m[2]}#${m[3]}`);
      if (pr === undefined) return reply(404, { message: 'Not Found' });
      return reply(200, { number: pr.number, head: { sha: pr.headSha } });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(path)) !== null && method === 'GET') {
      return reply(200, (this.labels.get(Number(m[1])) ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed' })));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path)) !== null && method === 'GET') {
      const reviews = this.reviews.get(Number(m[1])) ?? [];
      return reply(200, reviews.map((r, i) => ({ id: i + 1, user: { login: r.login, type: 'User' }, state: r.state, commit_id: r.commitId, body: '' })));
    }
    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path)) !== null && method === 'GET') {
      const members = this.teams.get(`${m[1]}/${m[2]}`);
      if (members === undefined || !members.includes(m[3]!)) return reply(404, { message: 'Not Found' });
      return reply(200, { state: 'active', role: 'member' });
    }
    if (path === '/graphql' && method === 'POST') return this.graphql(body);
    return reply(404, { message: `No fake for ${method} ${path}` });
  }

  private listComments(url: URL, issue: number, owner: string, repo: string): Reply {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.maxPerPage);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = this.commentsOn(issue);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => `<${this.base}/repos/${owner}/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>`;
    const links: string[] = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return reply(200, slice.map(view), links.length > 0 ? { link: links.join(', ') } : {});
  }

  private graphql(body: unknown): Reply {
    const { query, variables } = (body ?? {}) as { query?: string; variables?: { id?: string } };
    const comment = this.comments.find((c) => c.node_id === variables?.id);
    if (typeof query !== 'string' || comment === undefined) {
      return reply(200, { data: null, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${variables?.id}'` }] });
    }
    if (query.includes('unminimizeComment')) {
      comment.minimized = false;
      return reply(200, { data: { unminimizeComment: { unminimizedComment: { isMinimized: false } } } });
    }
    if (query.includes('minimizeComment') && query.includes('RESOLVED')) {
      comment.minimized = true;
      return reply(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    }
    return reply(200, { data: null, errors: [{ message: 'unsupported query' }] });
  }
}

function view(c: FakeComment) {
  return { id: c.id, node_id: c.node_id, body: c.body, user: c.user, html_url: c.html_url };
}

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeGitHubApi(): Promise<FakeGitHubApi> {
  return new FakeGitHubApi().start();
}
