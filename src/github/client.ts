import { getOctokit } from '@actions/github';
import { retryPlugin, type RetryOptions } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** REST base URL; defaults to GITHUB_API_URL so GHES works (`https://HOST/api/v3`). */
  baseUrl?: string;
  retry?: RetryOptions;
}

/** An authenticated Octokit (REST + GraphQL) with retries on 5xx, 429 and secondary rate limits. */
export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const baseUrl = options.baseUrl ?? (process.env['GITHUB_API_URL'] || 'https://api.github.com');
  return getOctokit(token, { baseUrl: baseUrl.replace(/\/+$/, '') }, retryPlugin(options.retry));
}
