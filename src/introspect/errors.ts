export type IntrospectionErrorCode =
  /** Refused by policy: untrusted event without the explicit allow flag. */
  | 'untrusted'
  /** The request itself is wrong (empty command, bad env line, bad URL). */
  | 'usage'
  /** The process could not be started (command not found, not executable). */
  | 'spawn-failed'
  /** The process exited before the listing finished. */
  | 'exited'
  | 'timeout'
  /** The process or endpoint answered with something that is not MCP. */
  | 'not-mcp'
  /** The server answered a list request with a JSON-RPC error. */
  | 'protocol-error'
  /** The endpoint could not be reached, or the server's output says it needs network access. */
  | 'network'
  /** The server sent more than the byte budget allows. */
  | 'limit';

/** A failure of live introspection, said so a user knows what to fix; `stderrTail` holds the server's last words. */
export class IntrospectionError extends Error {
  readonly code: IntrospectionErrorCode;
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly stderrTail: string[];
  readonly hint: string | undefined;

  constructor(
    code: IntrospectionErrorCode,
    message: string,
    details: { exitCode?: number; signal?: string; stderrTail?: string[]; hint?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause !== undefined ? { cause: details.cause } : undefined);
    this.name = 'IntrospectionError';
    this.code = code;
    this.exitCode = details.exitCode;
    this.signal = details.signal;
    this.stderrTail = details.stderrTail ?? [];
    this.hint = details.hint;
  }

  /** The message, the hint and the last stderr lines, ready to print. */
  describe(): string {
    const parts = [this.message];
    if (this.hint) parts.push(this.hint);
    if (this.stderrTail.length > 0) parts.push(`Last lines the server wrote to stderr:\n${this.stderrTail.map((l) => `  | ${l}`).join('\n')}`);
    return parts.join('\n');
  }
}
