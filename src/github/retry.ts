import type { Octokit } from '@octokit/core';

export interface RetryOptions {
  /** Total tries including the first (default 4). */
  maxAttempts?: number;
  /** First backoff delay when the server names none (default 1 s, doubling). */
  baseDelayMs?: number;
  /** Longest wait we accept; a rate limit resetting later than this fails instead of hanging the job (default 60 s). */
  maxDelayMs?: number;
  /** Injected in tests so they do not wait on the clock. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  method: string;
  url: string;
  status: number;
  attempt: number;
  delayMs: number;
  reason: 'server-error' | 'rate-limit' | 'secondary-rate-limit';
}

interface HttpError {
  status: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  message?: string;
}

type RequestOptions = { method: string; url: string; [key: string]: unknown };

/**
 * An Octokit plugin that retries 5xx, 429 and secondary rate limits with bounded attempts,
 * honouring `retry-after` and `x-ratelimit-reset`. A POST is retried on 5xx only for GraphQL
 * (our mutations are idempotent): a REST create may have happened before the 5xx, and the
 * sticky-comment logic re-checks instead of risking a second comment.
 */
export function retryPlugin(options: RetryOptions = {}) {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const base = options.baseDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => Date.now());

  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      const opts = requestOptions as unknown as RequestOptions;
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(requestOptions);
        } catch (error) {
          const plan = attempt < maxAttempts ? retryPlan(error, opts, attempt, base, now()) : undefined;
          if (plan === undefined || plan.delayMs > maxDelay) throw error;
          options.onRetry?.({ method: opts.method, url: opts.url, status: (error as HttpError).status, attempt, ...plan });
          await sleep(plan.delayMs);
        }
      }
    });
  };
}

function retryPlan(error: unknown, opts: RequestOptions, attempt: number, base: number, nowMs: number): Pick<RetryInfo, 'delayMs' | 'reason'> | undefined {
  if (!isHttpError(error)) return undefined;
  const headers = error.response?.headers ?? {};
  const backoff = base * 2 ** (attempt - 1);
  const serverDelay = headerDelay(headers, nowMs);
  if (error.status === 429) return { reason: 'rate-limit', delayMs: serverDelay ?? backoff };
  if (error.status === 403) {
    const text = `${error.message ?? ''} ${JSON.stringify(error.response?.data ?? '')}`.toLowerCase();
    if (text.includes('secondary rate limit') || headers['retry-after'] !== undefined) {
      // GitHub asks for at least a minute when it gives no retry-after on a secondary limit.
      return { reason: 'secondary-rate-limit', delayMs: serverDelay ?? Math.max(backoff, 60_000) };
    }
    if (String(headers['x-ratelimit-remaining']) === '0' && serverDelay !== undefined) return { reason: 'rate-limit', delayMs: serverDelay };
    return undefined;
  }
  if (error.status >= 500) {
    const method = opts.method.toUpperCase();
    if (method === 'POST' && !/\/graphql$/.test(opts.url)) return undefined;
    return { reason: 'server-error', delayMs: serverDelay ?? backoff };
  }
  return undefined;
}

/** `retry-after` (seconds or an HTTP date) first, then `x-ratelimit-reset` (epoch seconds). */
function headerDelay(headers: Record<string, string | number | undefined>, nowMs: number): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
    const date = Date.parse(String(retryAfter));
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) return Math.max(0, reset * 1_000 - nowMs + 1_000);
  return undefined;
}

function isHttpError(error: unknown): error is HttpError {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}
