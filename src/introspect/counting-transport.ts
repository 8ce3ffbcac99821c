import type { FetchLike, Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { IntrospectionError } from './errors.js';

/** Wraps a transport to bound what the server may send and to remember the negotiated protocol version. */
export class CountingTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  failure: IntrospectionError | undefined;
  protocolVersion: string | undefined;
  private received = 0;

  constructor(
    private readonly inner: Transport,
    private readonly maxBytes: number,
  ) {
    inner.onclose = () => this.onclose?.();
    inner.onerror = (e) => this.onerror?.(e);
    inner.onmessage = (message) => {
      if (this.failure) return;
      this.received += Buffer.byteLength(JSON.stringify(message), 'utf8');
      if (this.received > this.maxBytes) {
        this.failure = limitError(this.maxBytes);
        this.onerror?.(this.failure);
        void this.close();
        return;
      }
      this.onmessage?.(message);
    };
  }

  /** Records a failure found below the transport (the byte cap on the HTTP stream). */
  fail(error: IntrospectionError): void {
    this.failure ??= error;
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
    this.inner.setProtocolVersion?.(version);
  }
}

/** No option raises the byte cap, so the hint offers the dump instead. */
export const LIMIT_HINT =
  'No MCP tool list is this large; check the server. To scan a very large surface, commit a tools dump and pass it with --tools (Action input `tools`) instead of introspecting.';

export function limitError(maxBytes: number): IntrospectionError {
  return new IntrospectionError('limit', `the server sent more than ${maxBytes} bytes; introspection stopped`, { hint: LIMIT_HINT });
}

/** HTTP statuses whose responses carry no body; a Response cannot be rebuilt around one. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * A fetch whose response bodies are read as streams under one byte budget shared by every
 * response of the session: a 1 GiB body is cut at the cap instead of being read whole first.
 */
export function boundedFetch(maxBytes: number, onLimit: (error: IntrospectionError) => void, inner: FetchLike = fetch): FetchLike {
  let received = 0;
  const over = (): IntrospectionError => {
    const error = limitError(maxBytes);
    onLimit(error);
    return error;
  };
  return async (url, init) => {
    const response = await inner(url, init);
    if (!response.body || NULL_BODY.has(response.status)) return response;
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && received + declared > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw over();
    }
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        received += value.byteLength;
        if (received > maxBytes) {
          await reader.cancel().catch(() => undefined);
          controller.error(over());
          return;
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    const bounded = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // Redirect handling reads the URL the response came from.
    Object.defineProperty(bounded, 'url', { value: response.url });
    return bounded;
  };
}
