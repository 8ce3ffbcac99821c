import { spawn, type ChildProcess } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import { IntrospectionError } from './errors.js';
import { LIMIT_HINT } from './counting-transport.js';
import { groupAlive, signalGroup } from './process-group.js';
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
}

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

  private child: ChildProcess | undefined;
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
      const child = spawn(this.options.command, this.options.args, {
        env: this.options.env,
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
        const error = new IntrospectionError('spawn-failed', `could not start "${this.options.command}": ${err.code ?? err.message}`, {
          hint: err.code === 'ENOENT' ? 'Check that the command exists and is on the PATH given to the server (only PATH, HOME and introspect-env pass).' : undefined,
          cause: err,
        });
        if (this.exit === undefined) this.exit = { code: null, signal: null };
        reject(error);
        this.onerror?.(error);
      });
      child.once('spawn', () => resolve());
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

  private async terminate(): Promise<void> {
    const child = this.child;
    if (!child || child.pid === undefined) return;
    const pgid = child.pid;
    const grace = this.options.killGraceMs ?? 1000;
    child.stdin?.end();
    child.stdout?.removeAllListeners('data');
    if (this.exit === undefined || groupAlive(pgid)) signalGroup(pgid, 'SIGTERM');
    await this.waitGroup(pgid, grace);
    if (this.exit === undefined || groupAlive(pgid)) {
      signalGroup(pgid, 'SIGKILL');
      await this.waitGroup(pgid, grace * 5);
    }
    child.stdout?.destroy();
    child.stderr?.destroy();
  }

  private async waitGroup(pgid: number, ms: number): Promise<void> {
    const step = 25;
    for (let waited = 0; waited < ms; waited += step) {
      if (this.exit !== undefined && !groupAlive(pgid)) return;
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
