import type { CommentPolicy } from '../model/config.js';
import type { Decision } from '../model/result.js';
import { COMMENT_MARKER, commentVerdict } from '../report/markdown.js';
import type { GitHubClient } from './client.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
}

export interface ExistingComment {
  id: number;
  nodeId: string;
  body: string;
  htmlUrl?: string;
}

export interface StickyCommentRequest {
  mode: CommentPolicy;
  decision: Decision['result'];
  /** The PR changes the risk picture against its base (for `on-change`). */
  changed: boolean;
  /** Renders the body; it gets our previous comment so it can say what was fixed since then. */
  render: (previous: ExistingComment | undefined) => string;
  /** Collapse the comment as RESOLVED when the gate passes, restore it on regression (default true). */
  minimizeWhenPassing?: boolean;
  /** Login whose marker comments count as ours; otherwise any bot's (GITHUB_TOKEN posts as github-actions[bot]). */
  author?: string;
}

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface CommentOutcome {
  action: CommentAction;
  commentId?: number;
  htmlUrl?: string;
  /** Why nothing was posted, or what went wrong; the caller shows it as a warning when `warning` is true. */
  message?: string;
  warning?: boolean;
  minimized?: 'minimized' | 'unminimized';
}

const PERMISSION_HINT =
  "Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only token: use the two-phase pull_request → workflow_run pattern (mode: analyze, then mode: report) from docs/workflows/.";

/**
 * Keeps one sticky PR comment up to date: finds ours by the hidden marker across every page,
 * updates it in place or creates it once. Never throws for GitHub errors: commenting is a
 * courtesy, so failures come back as a warning outcome (a 403 names the permission to add).
 */
export async function syncStickyComment(client: GitHubClient, target: CommentTarget, request: StickyCommentRequest): Promise<CommentOutcome> {
  if (request.mode === 'never') return { action: 'skipped', message: 'comment is set to never.' };
  try {
    const existing = await findStickyComment(client, target, request.author);
    const passing = request.decision === 'pass';
    const wanted =
      request.mode === 'always' ||
      (request.mode === 'on-failure' && !passing) ||
      (request.mode === 'on-change' && (request.changed || !passing));
    // An existing comment is always brought up to date, so it never shows a stale failure.
    if (!wanted && existing === undefined) {
      return { action: 'skipped', message: `no comment needed (comment: ${request.mode}, decision: ${request.decision}).` };
    }

    const body = request.render(existing);
    if (!body.startsWith(COMMENT_MARKER)) throw new Error('sticky comment body must start with the marker');
    let outcome: CommentOutcome;
    let comment: ExistingComment;
    if (existing === undefined) {
      comment = await createOnce(client, target, body, request.author);
      outcome = { action: 'created', commentId: comment.id, ...url(comment) };
    } else if (existing.body === body) {
      comment = existing;
      outcome = { action: 'unchanged', commentId: existing.id, ...url(existing) };
    } else {
      const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      comment = { id: data.id, nodeId: data.node_id, body: data.body ?? body, ...(data.html_url !== undefined ? { htmlUrl: data.html_url } : {}) };
      outcome = { action: 'updated', commentId: data.id, ...url(comment) };
    }

    if (request.minimizeWhenPassing ?? true) {
      const before = existing === undefined ? undefined : commentVerdict(existing.body);
      const state = passing ? 'minimized' : before === 'pass' ? 'unminimized' : undefined;
      if (state !== undefined && (state === 'unminimized' || before !== 'pass' || outcome.action !== 'unchanged')) {
        const warning = await setMinimized(client, comment.nodeId, state === 'minimized');
        if (warning === undefined) outcome.minimized = state;
        else return { ...outcome, message: warning, warning: true };
      }
    }
    return outcome;
  } catch (error) {
    return { action: 'failed', warning: true, message: describeError(error, target) };
  }
}

/** Our marker comment, searched on every page; comments by others that copy the marker are ignored. */
export async function findStickyComment(client: GitHubClient, target: CommentTarget, author?: string): Promise<ExistingComment | undefined> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
  for await (const page of iterator) {
    for (const c of page.data) {
      const body = c.body ?? '';
      const byUs = author !== undefined ? c.user?.login === author : c.user?.type === 'Bot';
      if (body.startsWith(COMMENT_MARKER) && byUs) {
        return { id: c.id, nodeId: c.node_id, body, ...(c.html_url !== undefined ? { htmlUrl: c.html_url } : {}) };
      }
    }
  }
  return undefined;
}

/**
 * Creates the comment. Creation is not retried blindly on 5xx (the comment may exist already):
 * we look again and update what is there, so a flaky create never leaves two comments.
 */
async function createOnce(client: GitHubClient, target: CommentTarget, body: string, author?: string): Promise<ExistingComment> {
  try {
    const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { id: data.id, nodeId: data.node_id, body: data.body ?? body, ...(data.html_url !== undefined ? { htmlUrl: data.html_url } : {}) };
  } catch (error) {
    if (statusOf(error) < 500) throw error;
    const found = await findStickyComment(client, target, author);
    if (found !== undefined) {
      const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: found.id, body });
      return { id: data.id, nodeId: data.node_id, body: data.body ?? body, ...(data.html_url !== undefined ? { htmlUrl: data.html_url } : {}) };
    }
    const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { id: data.id, nodeId: data.node_id, body: data.body ?? body, ...(data.html_url !== undefined ? { htmlUrl: data.html_url } : {}) };
  }
}

/** Minimizes (as RESOLVED) or restores a comment; returns a warning instead of throwing. */
async function setMinimized(client: GitHubClient, nodeId: string, minimize: boolean): Promise<string | undefined> {
  const mutation = minimize
    ? 'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }'
    : 'mutation($id: ID!) { unminimizeComment(input: { subjectId: $id }) { unminimizedComment { isMinimized } } }';
  try {
    await client.graphql(mutation, { id: nodeId });
    return undefined;
  } catch (error) {
    return `Could not ${minimize ? 'minimize' : 'restore'} the sticky comment (${brief(error)}). ${statusOf(error) === 403 ? PERMISSION_HINT : ''}`.trim();
  }
}

function url(c: ExistingComment): { htmlUrl?: string } {
  return c.htmlUrl !== undefined ? { htmlUrl: c.htmlUrl } : {};
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 0;
}

function brief(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  return status > 0 ? `HTTP ${status}: ${message}` : message;
}

function describeError(error: unknown, target: CommentTarget): string {
  const where = `${target.owner}/${target.repo}#${target.issueNumber}`;
  const status = statusOf(error);
  if (status === 403) return `Could not comment on ${where}: the token may not write pull request comments (${brief(error)}). ${PERMISSION_HINT}`;
  if (status === 404) return `Could not comment on ${where}: not found (${brief(error)}). Check that the pull request exists and the token can see the repository.`;
  return `Could not comment on ${where} (${brief(error)}). The job summary has the full report.`;
}
