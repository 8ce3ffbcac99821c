import { spawn, type ChildProcess } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import { IntrospectionError } from './errors.js';
import { LIMIT_HINT } from './counting-transport.js';
import { groupAlive, signalGroup } from './process-group.js';
import { DescendantTracker, findExecutable, MARKER_VARIABLE, newMarker, pidNamespaceWrapper, type Isolation } from './isolation.js';
import { StderrTail } from './stderr-tail.js';

export interface ProcessTransportOptions {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Total bytes the server may write to stdout. */
  maxBytes: number;
  /** How long a polite SIGTERM gets before SIGKILL. */
  killGraceMs?: number;
  /** `auto` (default): a fresh PID namespace where one can be made; `none`: never (tests of the fallback). */
  isolation?: 'auto' | 'none';
}

/** How often /proc is scanned for the server's descendants while it runs. */
const TRACK_EVERY_MS = 100;

/** Non-JSON stdout lines tolerated before the server is judged not to speak MCP. */
const MAX_GARBAGE_LINES = 20;

/**
 * The SDK's stdio transport, reshaped for a gate: the server starts in its own process group
 * (so its children die with it), gets exactly the environment given (the SDK adds LOGNAME,
 * SHELL, TERM, USER), and its stdout and stderr are bounded.
 */
export class ProcessGroupTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  readonly stderr = new StderrTail();
  /** The first line on stdout that was not JSON-RPC, kept for the "speaks no MCP" error. */
  firstGarbage: string | undefined;
  garbageLines = 0;
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Set when the transport gave up on the server (byte budget, not MCP). */
  failure: IntrospectionError | undefined;
  protocolVersion: string | undefined;
  /** Set when start() runs: how the server was kept apart from the gate. */
  isolation: Isolation | undefined;

  private child: ChildProcess | undefined;
  private tracker: DescendantTracker | undefined;
  private buffer = '';
  private received = 0;
  private closed: Promise<void> | undefined;
  private exited: Promise<void> | undefined;

  constructor(private readonly options: ProcessTransportOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const spawnFailed = (code: string, cause?: Error): IntrospectionError =>
        new IntrospectionError('spawn-failed', `could not start "${this.options.command}": ${code}`, {
          hint: code === 'ENOENT' ? 'Check that the command exists and is on the PATH given to the server (only PATH, HOME and introspect-env pass).' : undefined,
          cause,
        });
      let command = this.options.command;
      let args = this.options.args;
      const env = { ...this.options.env };
      const wrapper = this.options.isolation === 'none' ? undefined : pidNamespaceWrapper();
      let marker: string | undefined;
      if (wrapper) {
        // Under the wrapper a missing command would be the wrapper's exit: resolve it here, for the usual error.
        const resolved = findExecutable(command, env['PATH'] ?? '', this.options.cwd);
        if (resolved === undefined) {
          const error = spawnFailed('ENOENT');
          this.exit = { code: null, signal: null };
          reject(error);
          return;
        }
        args = [...wrapper.slice(1), resolved, ...args];
        command = wrapper[0]!;
        this.isolation = 'pid-namespace';
      } else if (process.platform === 'linux') {
        marker = newMarker();
        env[MARKER_VARIABLE] = marker;
        this.isolation = 'process-tree';
      } else {
        this.isolation = 'process-group';
      }
      const child = spawn(command, args, {
        env,
        ...(this.options.cwd !== undefined ? { cwd: this.options.cwd } : {}),
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        shell: false,
        windowsHide: true,
      });
      this.child = child;
      this.exited = new Promise((done) => {
        child.once('exit', (code, signal) => {
          this.exit = { code, signal };
          done();
        });
      });
      child.once('error', (err: NodeJS.ErrnoException) => {
        const error = spawnFailed(err.code ?? err.message, err);
        if (this.exit === undefined) this.exit = { code: null, signal: null };
        reject(error);
        this.onerror?.(error);
      });
      child.once('spawn', () => {
        if (process.platform === 'linux' && child.pid !== undefined) {
          this.tracker = new DescendantTracker(child.pid, marker);
          this.tracker.start(TRACK_EVERY_MS);
        }
        resolve();
      });
      child.once('close', () => this.onclose?.());
      child.stdin?.on('error', () => {
        // EPIPE when the server is gone; the exit is reported through 'exit'.
      });
      child.stdout?.on('data', (chunk: Buffer) => this.onStdout(chunk));
      child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || stdin.destroyed || this.exit) {
        reject(new Error('the server process is not running'));
        return;
      }
      if (stdin.write(serializeMessage(message))) resolve();
      else stdin.once('drain', () => resolve());
    });
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  /** Ends the whole process group: stdin closed, SIGTERM, then SIGKILL after the grace period. */
  close(): Promise<void> {
    this.closed ??= this.terminate();
    return this.closed;
  }

  /** Waits for the leader's exit, bounded; undefined when it is still running. */
  async waitExit(ms: number): Promise<void> {
    if (!this.exited) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
  }

  /**
   * Ends the server's process group and every descendant recorded while it ran, including those
   * in a session of their own: SIGTERM, then SIGKILL after the grace period.
   */
  private async terminate(): Promise<void> {
    const child = this.child;
    if (!child || child.pid === undefined) return;
    const pgid = child.pid;
    const grace = this.options.killGraceMs ?? 1000;
    const tracker = this.tracker;
    // One last look before anything dies: children of a dying parent are re-parented out of reach.
    tracker?.scan(true);
    child.stdin?.end();
    child.stdout?.removeAllListeners('data');
    if (this.exit === undefined || groupAlive(pgid)) signalGroup(pgid, 'SIGTERM');
    tracker?.signal('SIGTERM');
    await this.waitGroup(pgid, grace);
    tracker?.scan(true);
    if (this.exit === undefined || groupAlive(pgid) || (tracker?.alive().length ?? 0) > 0) {
      signalGroup(pgid, 'SIGKILL');
      tracker?.signal('SIGKILL');
      await this.waitGroup(pgid, grace * 5);
    }
    tracker?.stop();
    child.stdout?.destroy();
    child.stderr?.destroy();
  }

  private async waitGroup(pgid: number, ms: number): Promise<void> {
    const step = 25;
    for (let waited = 0; waited < ms; waited += step) {
      if (this.exit !== undefined && !groupAlive(pgid) && (this.tracker?.alive().length ?? 0) === 0) return;
      await new Promise((r) => setTimeout(r, step));
    }
  }

  private onStdout(chunk: Buffer): void {
    this.received += chunk.length;
    if (this.received > this.options.maxBytes) {
      this.fail(new IntrospectionError('limit', `the server wrote more than ${this.options.maxBytes} bytes to stdout; introspection stopped`, { hint: LIMIT_HINT }));
      return;
    }
    this.buffer += chunk.toString('utf8');
    for (let nl = this.buffer.indexOf('\n'); nl !== -1; nl = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, nl).replace(/\r$/, '');
      this.buffer = this.buffer.slice(nl + 1);
      if (line.trim() === '') continue;
      let message: JSONRPCMessage;
      try {
        message = deserializeMessage(line);
      } catch {
        this.garbageLines += 1;
        this.firstGarbage ??= line.slice(0, 200);
        if (this.garbageLines >= MAX_GARBAGE_LINES) {
          this.fail(new IntrospectionError('not-mcp', `the server does not speak MCP on stdout: its output starts with "${this.firstGarbage}"`, {
            hint: 'An MCP stdio server writes only JSON-RPC messages to stdout; logs belong on stderr.',
          }));
          return;
        }
        continue;
      }
      this.onmessage?.(message);
    }
  }

  private fail(error: IntrospectionError): void {
    if (this.failure) return;
    this.failure = error;
    this.onerror?.(error);
    void this.close();
  }
}
