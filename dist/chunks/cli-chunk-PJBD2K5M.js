import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);

// src/report/escape.ts
var ZWJ = "\u200D";
var HIDDEN = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function truncate(text, max) {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  const keep = Math.max(0, max - 1);
  if (/\s/.test(points[keep] ?? "")) return `${points.slice(0, keep).join("").trimEnd()}\u2026`;
  let space = -1;
  for (let i = keep - 1; i >= Math.ceil(keep / 2); i--) {
    if (/\s/.test(points[i])) {
      space = i;
      break;
    }
  }
  const head = points.slice(0, space >= 0 ? space : keep).join("");
  return `${space >= 0 ? head.replace(/[\s,;:(\[-]+$/, "") : head}\u2026`;
}
function flatten(text) {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, " ").replace(/\t/g, " ").replace(CONTROL, (c) => visible(c)).replace(HIDDEN, (c) => visible(c));
}
function visible(c) {
  const cp = c.codePointAt(0) ?? 0;
  return `\u27E6U+${cp.toString(16).toUpperCase().padStart(4, "0")}\u27E7`;
}
function defuse(text) {
  return text.replace(/@/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`).replace(/:\/\//g, `:${ZWJ}//`).replace(/\b(www)\./gi, `$1${ZWJ}.`).replace(/\b(javascript|data|vbscript|mailto):/gi, `$1${ZWJ}:`);
}
var MARKDOWN_PUNCT = /[\\`*_{}[\]()#+\-.!|~:=^$"']/g;
function escapeText(text, options = {}) {
  const flat = defuse(flatten(truncate(text, options.max ?? 300)));
  const md = flat.replace(MARKDOWN_PUNCT, (c) => `\\${c}`);
  return md.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCode(text, options = {}) {
  let flat = flatten(truncate(text, options.max ?? 120));
  if (flat === "") return "` `";
  if (options.inTable === true) flat = flat.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function escapeHtml(text, options = {}) {
  const flat = flatten(truncate(text, options.max ?? 300));
  return defuse(flat.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
}
function anchor(text) {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
}
function escapeInline(text, options = {}) {
  const flat = defuse(flatten(truncate(text, options.max ?? 300)));
  const md = flat.replace(/[\\`*_[\]()|~$<>&]/g, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`);
  return md.replace(/^([#>+=-]|\d+[.)])/, "\\$1");
}

export {
  wellFormed,
  truncate,
  flatten,
  escapeText,
  escapeCode,
  escapeHtml,
  anchor,
  escapeInline
};
