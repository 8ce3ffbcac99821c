/**
 * Whether a pull request's loosening of its own profile was approved, the way the BASE profile's
 * `approvals:` allows: a label on the pull request, or an approving review by a CODEOWNERS owner
 * of the profile file (CODEOWNERS read at the base commit) on the head commit.
 */
import type { ProfileApproval } from '../model/profile-changes.js';
import type { ApprovalRequest } from '../scan.js';
import type { GitHubClient } from './client.js';
import { CODEOWNERS_PATHS, ownersOf, parseCodeowners } from './codeowners.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** The commit under test: an approval given on an older commit covered another profile. */
  headSha: string;
  /** The pull request's author, who cannot approve their own change. */
  author?: string;
  /** Labels from the event payload, used when the API cannot list them. */
  payloadLabels?: string[];
}

interface Review {
  login: string;
  state: string;
  commitId?: string;
}

export async function checkProfileApproval(client: GitHubClient, pr: PullRequestRef, request: ApprovalRequest): Promise<ProfileApproval> {
  const rules = request.baseProfile?.approvals;
  const at = `at ${request.baseRef}`;
  if (rules === undefined || (rules.label === undefined && rules.codeowners !== true)) {
    return {
      state: 'not-approved',
      message: `the base profile (${at}) has no \`approvals:\` (a label or CODEOWNERS), so nobody can approve this change in the pull request. Revert the loosening, or add \`approvals:\` to the profile in a pull request of its own first.`,
    };
  }
  const notes: string[] = [];
  const ways: string[] = [];

  if (rules.label !== undefined) {
    ways.push(`add the label \`${rules.label}\``);
    const labels = await listLabels(client, pr, notes);
    if (labels.some((l) => l.toLowerCase() === rules.label!.toLowerCase())) {
      return { state: 'approved', by: `label ${rules.label}`, message: `approved with the label ${rules.label}` };
    }
  }

  if (rules.codeowners === true) {
    const file = CODEOWNERS_PATHS.map((p) => ({ path: p, text: request.readBaseFile(p) })).find((f) => f.text !== undefined);
    if (file === undefined) {
      notes.push(`the base commit has no CODEOWNERS file (${CODEOWNERS_PATHS.join(', ')})`);
    } else {
      const owners = ownersOf(parseCodeowners(file.text!), request.profilePath);
      if (owners.length === 0) {
        notes.push(`${file.path} at the base names no owner of ${request.profilePath}`);
      } else {
        ways.push(`have a code owner of ${request.profilePath} (${owners.join(', ')}) approve the pull request at its head commit`);
        const approvedBy = await ownerApproval(client, pr, owners, notes);
        if (approvedBy !== undefined) return { state: 'approved', by: `@${approvedBy} (CODEOWNERS)`, message: `approved by @${approvedBy}, a code owner of ${request.profilePath}` };
      }
    }
  }

  const how = ways.length > 0 ? `To approve it, ${ways.join(', or ')}, then re-run this check.` : 'The base profile allows no way to approve it that applies here.';
  return { state: 'not-approved', message: `${how}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}` };
}

async function listLabels(client: GitHubClient, pr: PullRequestRef, notes: string[]): Promise<string[]> {
  try {
    // Read now, not from the event: a label added after the push counts on a re-run.
    const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
    return labels.map((l) => l.name);
  } catch (error) {
    notes.push(`labels could not be listed (${message(error)}); the event's labels were used`);
    return pr.payloadLabels ?? [];
  }
}

/** The login of a code owner whose latest review approves the head commit, if any. */
async function ownerApproval(client: GitHubClient, pr: PullRequestRef, owners: readonly string[], notes: string[]): Promise<string | undefined> {
  let reviews: Review[];
  try {
    const raw = await client.paginate(client.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    reviews = raw.flatMap((r) => (r.user?.login ? [{ login: r.user.login, state: r.state, ...(r.commit_id ? { commitId: r.commit_id } : {}) }] : []));
  } catch (error) {
    notes.push(`reviews could not be listed (${message(error)})`);
    return undefined;
  }
  // A reviewer's state is their last approving, change-requesting or dismissed review; comments do not change it.
  const latest = new Map<string, Review>();
  for (const r of reviews) if (r.state !== 'COMMENTED' && r.state !== 'PENDING') latest.set(r.login.toLowerCase(), r);
  const author = pr.author?.toLowerCase();
  const approvers = [...latest.values()].filter((r) => r.state === 'APPROVED' && r.login.toLowerCase() !== author);
  const current = approvers.filter((r) => r.commitId === undefined || r.commitId.toLowerCase() === pr.headSha.toLowerCase());
  const stale = approvers.filter((r) => !current.includes(r));

  const users = new Set(owners.filter((o) => /^@[^/]+$/.test(o)).map((o) => o.slice(1).toLowerCase()));
  const teams = owners.filter((o) => /^@[^/]+\/[^/]+$/.test(o)).map((o) => o.slice(1).split('/') as [string, string]);
  for (const r of current) {
    if (users.has(r.login.toLowerCase())) return r.login;
    for (const [org, slug] of teams) {
      try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: r.login });
        if (data.state === 'active') return r.login;
      } catch (error) {
        // 404 is "not a member"; anything else means the token cannot see the team.
        if (status(error) !== 404) notes.push(`membership of @${org}/${slug} could not be checked (${message(error)}; the token may need read:org)`);
      }
    }
  }
  if (stale.length > 0) notes.push(`approvals on an older commit do not count: ${stale.map((r) => `@${r.login}`).join(', ')}`);
  return undefined;
}

function status(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

function message(error: unknown): string {
  const s = status(error);
  const text = error instanceof Error ? error.message : String(error);
  return s !== undefined ? `HTTP ${s}: ${text.split('\n')[0]}` : text.split('\n')[0] ?? text;
}
