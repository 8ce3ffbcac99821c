/**
 * How the repository adapters (working tree and git) turn bytes into text, so both refuse the
 * same files with the same words.
 */
const decoder = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { ok: true; text: string } | { ok: false; message: string; hint: string };

/** A manifest must be UTF-8 text: NUL bytes or invalid UTF-8 are refused with what to do. */
export function decodeManifest(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, message: 'binary file (contains NUL bytes)', hint: 'manifests are UTF-8 text; exclude this file or fix the path' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: 'not valid UTF-8 text', hint: 'save the file as UTF-8' };
  }
}

/** Evidence text for the detectors; undefined for a binary file (detectors only search text). */
export function evidenceText(bytes: Buffer): string | undefined {
  return bytes.subarray(0, 4096).includes(0) ? undefined : bytes.toString('utf8');
}
