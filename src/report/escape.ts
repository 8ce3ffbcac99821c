/**
 * Escaping for text that comes from the scanned repository (tool names, descriptions, paths,
 * server names) before it goes into a GitHub comment or summary. Under pull_request_target or
 * a workflow_run report, that text is attacker-controlled: it must not ping people, link
 * anywhere, inject HTML, or break out of the table or code span it sits in.
 */

const ZWJ = '\u200D';

/** Characters that hide or reorder text: made visible so a reviewer sees them. */
const HIDDEN = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Lone UTF-16 surrogates (a tool name can carry them through a JSON `\ud800` escape) replaced
 * by U+FFFD: encodeURIComponent throws URIError on them.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Truncates to at most `max` code points without splitting a surrogate pair, at the last word
 * boundary when there is one in the second half (a word cut in two reads as a typo); a single
 * long token (a path, a hash) is cut where it must be.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  const keep = Math.max(0, max - 1);
  // A cut right before a space already ends a word.
  if (/\s/.test(points[keep] ?? '')) return `${points.slice(0, keep).join('').trimEnd()}…`;
  let space = -1;
  for (let i = keep - 1; i >= Math.ceil(keep / 2); i--) {
    if (/\s/.test(points[i]!)) {
      space = i;
      break;
    }
  }
  const head = points.slice(0, space >= 0 ? space : keep).join('');
  return `${space >= 0 ? head.replace(/[\s,;:(\[-]+$/, '') : head}…`;
}

/** One line, no control characters, hidden characters shown as ⟦U+XXXX⟧. */
export function flatten(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => visible(c))
    .replace(HIDDEN, (c) => visible(c));
}

function visible(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return `⟦U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟧`;
}

/**
 * Breaks what GitHub turns into pings, references and links after Markdown rendering:
 * @mentions and emails, #123 / GH-123 references, bare URLs and www. autolinks. Backslash
 * escapes do not help here because GitHub finds these in the rendered text.
 */
function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`)
    .replace(/\b(javascript|data|vbscript|mailto):/gi, `$1${ZWJ}:`);
}

/** ASCII punctuation that means something in CommonMark/GFM inline or block syntax. */
const MARKDOWN_PUNCT = /[\\`*_{}[\]()#+\-.!|~:=^$"']/g;

export interface TextOptions {
  /** Maximum code points kept (default 300). */
  max?: number;
}

/**
 * Escapes untrusted text for Markdown prose, list items and table cells: one line,
 * every Markdown metacharacter backslash-escaped, HTML special characters as entities,
 * mentions, references and links defused.
 */
export function escapeText(text: string, options: TextOptions = {}): string {
  // Defuse first: the patterns it looks for ("://", "www.") would be split by backslashes later.
  const flat = defuse(flatten(truncate(text, options.max ?? 300)));
  const md = flat.replace(MARKDOWN_PUNCT, (c) => `\\${c}`);
  return md.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface CodeOptions extends TextOptions {
  /** Inside a GFM table a pipe ends the cell even in a code span, so it is escaped there. */
  inTable?: boolean;
}

/**
 * Wraps untrusted text in a code span: nothing inside is rendered, so no links, mentions or
 * HTML. The fence is longer than any backtick run in the text so the span cannot be closed early.
 */
export function escapeCode(text: string, options: CodeOptions = {}): string {
  let flat = flatten(truncate(text, options.max ?? 120));
  if (flat === '') return '` `';
  if (options.inTable === true) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Escapes text for HTML contexts we write ourselves (`<summary>`), where Markdown is not parsed. */
export function escapeHtml(text: string, options: TextOptions = {}): string {
  const flat = flatten(truncate(text, options.max ?? 300));
  return defuse(flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
}

/** A heading anchor we link to: only `[a-z0-9-]`, so nothing can escape the URL. */
export function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Escapes untrusted text that sits inside a line we wrote (after a list marker, bold label or
 * table pipe): the same defusing, flattening and HTML entities as escapeText, but only the
 * Markdown characters that act mid-line are backslash-escaped (emphasis, code, links, tables,
 * strikethrough, math), so the raw text stays readable and short.
 */
export function escapeInline(text: string, options: TextOptions = {}): string {
  const flat = defuse(flatten(truncate(text, options.max ?? 300)));
  const md = flat.replace(/[\\`*_[\]()|~$<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
  // A leading marker would start a list, heading or quote if the text ever opens a line.
  return md.replace(/^([#>+=-]|\d+[.)])/, '\\$1');
}
