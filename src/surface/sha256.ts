import type * as NodeCrypto from 'node:crypto';
import { lazy } from '../lazy.js';

// Most scans hash nothing.
const crypto = lazy(() => require('node:crypto') as typeof NodeCrypto);

/** SHA-256 of UTF-8 text, hex. */
export function sha256Hex(text: string): string {
  return crypto().createHash('sha256').update(text, 'utf8').digest('hex');
}
