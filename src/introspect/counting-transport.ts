import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
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
        this.failure = new IntrospectionError('limit', `the server sent more than ${this.maxBytes} bytes; introspection stopped`, {
          hint: 'Raise the byte limit if the tool list is really this large.',
        });
        this.onerror?.(this.failure);
        void this.close();
        return;
      }
      this.onmessage?.(message);
    };
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
