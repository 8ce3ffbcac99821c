import type * as NodeCrypto from 'node:crypto';

let crypto: typeof NodeCrypto | undefined;

/** SHA-256 of UTF-8 text, hex. node:crypto loads on first use: most scans hash nothing, and loading it costs start-up time. */
export function sha256Hex(text: string): string {
  crypto ??= require('node:crypto') as typeof NodeCrypto;
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
