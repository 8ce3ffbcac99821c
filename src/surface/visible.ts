/**
 * Renders text so every character a reader cannot see (controls, zero-width, bidi,
 * Unicode tags, private-use and noncharacters) appears as a `\u{XXXX}` escape. Reports
 * use this for evidence so a finding never smuggles the very characters it reports.
 */
export function visible(text: string, maxLength = 200): string {
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count >= maxLength) {
      out += '…';
      break;
    }
    out += isHidden(ch) ? escapeCodePoint(ch.codePointAt(0) ?? 0) : ch;
    count += 1;
  }
  return out;
}

export function escapeCodePoint(cp: number): string {
  return `\\u{${cp.toString(16).toUpperCase().padStart(4, '0')}}`;
}

function isHidden(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;
  if (cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x180e) return true;
  if (cp >= 0x200b && cp <= 0x200f) return true;
  if (cp >= 0x2028 && cp <= 0x202e) return true;
  if (cp >= 0x2060 && cp <= 0x206f) return true;
  if (cp === 0xfeff || (cp >= 0xfff0 && cp <= 0xfffb)) return true;
  if (cp >= 0xe0000 && cp <= 0xe007f) return true;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return true;
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // a lone surrogate
  return false;
}
