import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpError, PaginatedResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { boundedFetch, CountingTransport } from './counting-transport.js';
import { buildServerEnv } from './env.js';
import { IntrospectionError } from './errors.js';
import { refuseUntrusted } from './guard.js';
import { ProcessGroupTransport } from './process-transport.js';
import type { Isolation } from './isolation.js';

export type IntrospectTarget =
  | { kind: 'stdio'; command: string; args?: string[]; cwd?: string }
  | { kind: 'http'; url: string; headers?: Record<string, string> };

export interface IntrospectLimits {
  /** Items kept per list (tools, prompts, resources each). */
  maxItems: number;
  /** Pages requested per list. */
  maxPages: number;
  /** Bytes the server may send in all. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: IntrospectLimits = { maxItems: 2000, maxPages: 100, maxBytes: 16 * 1024 * 1024 };
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface IntrospectOptions {
  target: IntrospectTarget;
  /** `introspect-env` entries: `NAME` or `NAME=VALUE`; the server gets these plus PATH and HOME. */
  env?: readonly string[];
  /** Overall budget for start, initialize and every list call. */
  timeoutMs?: number;
  limits?: Partial<IntrospectLimits>;
  /** The environment `NAME` entries read from; defaults to this process's. */
  processEnv?: Readonly<Record<string, string | undefined>>;
  /** When given, `refuseUntrusted` runs first (e.g. GITHUB_EVENT_NAME and the allow input). */
  event?: { name?: string | undefined; allowUntrusted: boolean };
  clientVersion?: string;
  /** stdio: `auto` (default) runs the server in a fresh PID namespace where one can be made; `none` never does. */
  isolation?: 'auto' | 'none';
}

export interface IntrospectionResult {
  /** Raw MCP Tool objects, in the order the server listed them. */
  tools: unknown[];
  prompts: unknown[];
  resources: unknown[];
  serverInfo?: { name: string; version: string; title?: string };
  protocolVersion?: string;
  capabilities?: Record<string, unknown>;
  instructions?: string;
  /** A list stopped at a limit or at a repeated cursor; the surface may be larger. */
  truncated: boolean;
  /** Why each truncated list stopped, in words (also among `notes`). */
  truncation: string[];
  /** Things worth saying that are not failures (a prompts/list error, a limit reached). */
  notes: string[];
  /** For stdio: the pid (and process group id) of the server, already ended when this returns. */
  pid?: number;
  /** For stdio: how the server was kept apart from the gate (see isolation.ts). */
  isolation?: Isolation;
  stderrTail: string[];
}

type Kind = 'tools' | 'prompts' | 'resources';

/**
 * Starts or connects to an MCP server, runs `initialize`, then lists tools, prompts and
 * resources across all pages for each capability the server advertises. It never calls a
 * tool. Whatever happens, the server's process group is gone when the promise settles.
 */
export async function introspect(options: IntrospectOptions): Promise<IntrospectionResult> {
  if (options.event) {
    const refusal = refuseUntrusted({ eventName: options.event.name, allowUntrusted: options.event.allowUntrusted });
    if (refusal) throw refusal;
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The transport first: a malformed URL or command throws here, before any timer could keep
  // the process alive for the whole timeout after the error is reported.
  const { transport, stdio, counting } = makeTransport(options, limits.maxBytes);
  const controller = new AbortController();
  const deadline = Date.now() + timeoutMs;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const remaining = (): number => Math.max(1, deadline - Date.now());
  const client = new Client({ name: 'mcp-risk-gate', version: options.clientVersion ?? '0.0.0' }, { capabilities: {} });
  const result: IntrospectionResult = { tools: [], prompts: [], resources: [], truncated: false, truncation: [], notes: [], stderrTail: [] };
  try {
    // Connect and list inside one race with the deadline: a server that never answers cannot hold us.
    await raceDeadline(controller.signal, (async () => {
      await client.connect(transport, { signal: controller.signal, timeout: remaining() });
      const caps = client.getServerCapabilities() ?? {};
      result.capabilities = caps as Record<string, unknown>;
      const info = client.getServerVersion();
      if (info) result.serverInfo = { name: info.name, version: info.version, ...(typeof info.title === 'string' ? { title: info.title } : {}) };
      const instructions = client.getInstructions();
      if (instructions !== undefined) result.instructions = instructions;
      for (const kind of ['tools', 'prompts', 'resources'] as const) {
        if (caps[kind] === undefined) {
          result.notes.push(`the server does not advertise ${kind}`);
          continue;
        }
        try {
          result[kind] = await listAll(client, kind, limits, controller.signal, remaining, result);
        } catch (err) {
          // Tools are the point of introspection; a failing prompts or resources list is only noted.
          if (kind === 'tools' || controller.signal.aborted || !(err instanceof McpError)) throw err;
          result.notes.push(`${kind}/list failed: ${err.message}`);
        }
      }
    })());
    const version = stdio?.protocolVersion ?? counting?.protocolVersion;
    if (version !== undefined) result.protocolVersion = version;
    return result;
  } catch (err) {
    throw classify(err, options.target, timeoutMs, controller.signal.aborted, stdio, counting);
  } finally {
    clearTimeout(timer);
    await client.close().catch(() => undefined);
    if (stdio) {
      await stdio.close();
      result.pid = stdio.pid;
      result.stderrTail = stdio.stderr.tail();
      if (stdio.isolation !== undefined) result.isolation = stdio.isolation;
      if (stdio.isolation !== undefined && stdio.isolation !== 'pid-namespace') {
        result.notes.push('the server ran without a PID namespace (unshare or bwrap not usable here), so it could read the environment of this job through /proc; introspect in a separate job that holds no secrets');
      }
    }
  }
}

function makeTransport(options: IntrospectOptions, maxBytes: number): { transport: CountingTransport | ProcessGroupTransport; stdio?: ProcessGroupTransport; counting?: CountingTransport } {
  const target = options.target;
  if (target.kind === 'stdio') {
    if (target.command.trim() === '') throw new IntrospectionError('usage', 'introspect-command is empty');
    const env = buildServerEnv(options.env ?? [], options.processEnv ?? process.env);
    const stdio = new ProcessGroupTransport({
      command: target.command,
      args: target.args ?? [],
      env,
      maxBytes,
      ...(target.cwd !== undefined ? { cwd: target.cwd } : {}),
      ...(options.isolation !== undefined ? { isolation: options.isolation } : {}),
    });
    return { transport: stdio, stdio };
  }
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    throw new IntrospectionError('usage', `introspect-url "${target.url}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IntrospectionError('usage', `introspect-url must be http(s), not ${url.protocol}`);
  const onLimit = (error: IntrospectionError): void => counting.fail(error);
  const http = new StreamableHTTPClientTransport(url, {
    reconnectionOptions: { maxRetries: 0, initialReconnectionDelay: 1000, maxReconnectionDelay: 1000, reconnectionDelayGrowFactor: 1 },
    fetch: boundedFetch(maxBytes, onLimit),
    ...(target.headers ? { requestInit: { headers: target.headers } } : {}),
  });
  const counting = new CountingTransport(http, maxBytes);
  return { transport: counting, counting };
}

async function listAll(
  client: Client,
  kind: Kind,
  limits: IntrospectLimits,
  signal: AbortSignal,
  remaining: () => number,
  result: IntrospectionResult,
): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; ; page += 1) {
    if (page >= limits.maxPages) {
      truncate(result, `${kind}/list stopped after ${limits.maxPages} pages`);
      break;
    }
    const method = `${kind}/list` as const;
    const res = await withRequestSignal(signal, (own) => client.request({ method, params: cursor !== undefined ? { cursor } : {} }, PaginatedResultSchema, { signal: own, timeout: remaining() }));
    const list = (res as Record<string, unknown>)[kind];
    if (!Array.isArray(list)) throw new IntrospectionError('not-mcp', `the ${method} result has no "${kind}" array`);
    for (const item of list) {
      if (items.length >= limits.maxItems) {
        truncate(result, `${kind}/list stopped at ${limits.maxItems} items`);
        return items;
      }
      items.push(item);
    }
    cursor = res.nextCursor;
    if (cursor === undefined) break;
    if (seen.has(cursor)) {
      truncate(result, `${kind}/list returned the cursor "${cursor.slice(0, 40)}" twice; stopped to avoid a loop`);
      break;
    }
    seen.add(cursor);
  }
  return items;
}

function truncate(result: IntrospectionResult, why: string): void {
  result.truncated = true;
  result.truncation.push(why);
  result.notes.push(why);
}

/**
 * The SDK adds an abort listener to a request's signal and never removes it: one shared signal
 * across 100 pages collects 100 listeners (MaxListenersExceededWarning). Each request gets its
 * own signal, tied to the deadline only while it runs.
 */
async function withRequestSignal<T>(deadline: AbortSignal, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const own = new AbortController();
  const forward = (): void => own.abort(deadline.reason);
  if (deadline.aborted) forward();
  else deadline.addEventListener('abort', forward, { once: true });
  try {
    return await run(own.signal);
  } finally {
    deadline.removeEventListener('abort', forward);
  }
}

function raceDeadline<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new IntrospectionError('timeout', 'deadline'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const NETWORK_HINTS = /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|network is unreachable|fetch failed)\b/i;

/** Turns whatever went wrong into one IntrospectionError that says what to fix. */
function classify(
  err: unknown,
  target: IntrospectTarget,
  timeoutMs: number,
  timedOut: boolean,
  stdio: ProcessGroupTransport | undefined,
  counting: CountingTransport | undefined,
): IntrospectionError {
  const tail = stdio ? stdio.stderr.tail() : [];
  const where = target.kind === 'stdio' ? `the server "${[target.command, ...(target.args ?? [])].join(' ')}"` : `the endpoint ${target.url}`;
  const failure = stdio?.failure ?? counting?.failure;
  if (failure) return withTail(failure, tail);
  if (err instanceof IntrospectionError && err.code !== 'timeout') return withTail(err, tail);
  if (stdio?.exit && !timedOut) {
    const { code, signal } = stdio.exit;
    if (tail.some((l) => NETWORK_HINTS.test(l))) {
      return new IntrospectionError('network', `${where} exited (${exitText(code, signal)}) and its stderr says it could not reach the network`, {
        ...exitDetails(code, signal),
        stderrTail: tail,
        hint: 'Live introspection runs offline by default; give the server what it needs to list tools without network (or credentials), or commit a tools dump instead.',
      });
    }
    return new IntrospectionError('exited', `${where} exited (${exitText(code, signal)}) before it listed its tools`, {
      ...exitDetails(code, signal),
      stderrTail: tail,
      hint: 'Check the command and the variables it needs (only PATH, HOME and introspect-env are passed).',
    });
  }
  if (stdio?.firstGarbage !== undefined) {
    return new IntrospectionError('not-mcp', `${where} does not speak MCP on stdout: it wrote "${stdio.firstGarbage}"`, {
      stderrTail: tail,
      hint: 'An MCP stdio server writes only JSON-RPC messages to stdout; logs belong on stderr.',
    });
  }
  if (timedOut || (err instanceof IntrospectionError && err.code === 'timeout')) {
    return new IntrospectionError('timeout', `${where} did not finish initialize and the list calls within ${timeoutMs} ms`, {
      stderrTail: tail,
      // No option changes the deadline: the hint names what the user can do.
      hint: `The limit is ${timeoutMs / 1000} s: start a built server rather than one that installs or compiles first, check that it speaks MCP on this transport, or commit a tools dump and pass it with --tools (Action input \`tools\`) instead of introspecting.`,
    });
  }
  if (err instanceof StreamableHTTPError) {
    return new IntrospectionError('not-mcp', `${where} answered HTTP ${err.code ?? '?'}: ${err.message}`, {
      hint: 'Check that the URL is the streamable-HTTP MCP endpoint (often ending in /mcp) and whether it needs headers.',
      cause: err,
    });
  }
  if (err instanceof McpError) {
    return new IntrospectionError('protocol-error', `${where} answered with an MCP error: ${err.message}`, { stderrTail: tail, cause: err });
  }
  const text = errorText(err);
  if (target.kind === 'http' && NETWORK_HINTS.test(text)) {
    return new IntrospectionError('network', `could not reach ${target.url}: ${text}`, {
      hint: 'Check the URL and that the server is running and reachable from this runner.',
      cause: err,
    });
  }
  if (/protocol version is not supported/i.test(text)) {
    return new IntrospectionError('not-mcp', `${where}: ${text}`, { stderrTail: tail, cause: err });
  }
  return new IntrospectionError('not-mcp', `${where} did not complete an MCP handshake: ${text}`, { stderrTail: tail, cause: err });
}

function withTail(e: IntrospectionError, tail: string[]): IntrospectionError {
  if (e.stderrTail.length > 0 || tail.length === 0) return e;
  return new IntrospectionError(e.code, e.message, { stderrTail: tail, ...(e.hint ? { hint: e.hint } : {}), cause: e });
}

function exitText(code: number | null, signal: NodeJS.Signals | null): string {
  if (code !== null) return `code ${code}`;
  return signal ? `signal ${signal}` : 'no exit code';
}

function exitDetails(code: number | null, signal: NodeJS.Signals | null): { exitCode?: number; signal?: string } {
  return { ...(code !== null ? { exitCode: code } : {}), ...(signal ? { signal } : {}) };
}

/** Messages of an error and its causes (fetch hides ECONNREFUSED in `cause`). */
function errorText(err: unknown): string {
  const parts: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 4; depth += 1) {
    if (cur instanceof Error) {
      const code = (cur as NodeJS.ErrnoException).code;
      parts.push(code ? `${cur.message} (${code})` : cur.message);
      cur = cur.cause;
    } else {
      parts.push(String(cur));
      break;
    }
  }
  return parts.join(': ');
}
