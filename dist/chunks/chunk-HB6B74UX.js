import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  splitCommand
} from "./chunk-4HNEQXPE.js";
import {
  hasChanges,
  nameLooksSecret,
  sortFindings
} from "./chunk-NZF24DRK.js";
import {
  sha256Hex
} from "./chunk-VDDO7FAX.js";
import {
  parseDocument,
  validateAgainst
} from "./chunk-VPO53XXC.js";

// src/policy/org-file.ts
import { readFile } from "node:fs/promises";
function parseOrgPolicy(path, text) {
  const parsed = parseDocument(path, text, /\.json$/i.test(path) ? "json" : "yaml");
  if (!parsed.ok) return { errors: [parsed.error] };
  const errors = validateAgainst("org-policy", parsed.doc);
  if (errors.length > 0) return { errors };
  return { policy: parsed.doc.value };
}
async function readOrgPolicy(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    return { errors: [{ path, message: `organisation policy ${code === "ENOENT" ? "not found" : `cannot be read (${code ?? "error"})`}`, hint: "pass the path of the org policy file (--org-policy FILE, Action input org-policy)" }] };
  }
  return parseOrgPolicy(path, text);
}

// data/redact/secrets.json
var secrets_default = {
  $schema: "../../schemas/redact-secrets.schema.json",
  redactVersion: 1,
  formats: [
    { id: "github-token", label: "GitHub token", source: "\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,255}\\b", truncated: "\\b(?:ghp|gho|ghu|ghs|ghr)_" },
    { id: "github-pat", label: "GitHub token", source: "\\bgithub_pat_[A-Za-z0-9_]{22,255}", truncated: "\\bgithub_pat_" },
    { id: "gitlab-token", label: "GitLab token", source: "\\bglpat-[A-Za-z0-9_-]{20,}", truncated: "\\bglpat-" },
    { id: "aws-access-key", label: "AWS access key", source: "\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\\b", truncated: "\\b(?:AKIA|ASIA)[A-Z0-9]{4}" },
    { id: "slack-token", label: "Slack token", source: "\\bxox[abposre]-[A-Za-z0-9-]{10,}", truncated: "\\bxox[abposre]-" },
    { id: "slack-webhook", label: "Slack webhook", source: "hooks\\.slack\\.com/services/[A-Za-z0-9/_-]{10,}" },
    { id: "stripe-key", label: "Stripe key", source: "\\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}", truncated: "\\b(?:sk|rk)_(?:live|test)_" },
    { id: "openai-key", label: "API key", source: "\\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}" },
    { id: "google-api-key", label: "Google API key", source: "\\bAIza[0-9A-Za-z_-]{35}" },
    { id: "npm-token", label: "npm token", source: "\\bnpm_[A-Za-z0-9]{36}\\b", truncated: "\\bnpm_[A-Za-z0-9]{4}" },
    { id: "private-key", label: "private key", source: "-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----(?:[\\s\\S]*?-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----|[\\s\\S]*)" },
    { id: "jwt", label: "JWT", source: "\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", truncated: "\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ" },
    { id: "bearer", label: "bearer token", source: "\\b[Bb]earer\\s{1,5}(?<secret>(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,})" },
    { id: "env-assignment", label: "credential value", source: `\\b[A-Z0-9_]{0,40}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Z0-9_]{0,40}=(?<secret>[^\\s"'&;,]{4,})` },
    { id: "quoted-assignment", label: "credential value", source: `\\b[a-z0-9_]{0,30}(?:token|secret|password|passwd|api_?key|apikey|access_?key|client_?secret|private_?key)["']?\\s{0,5}[:=]\\s{0,5}["'](?<secret>[^"'\\s]{6,})["']`, flags: "i" }
  ],
  argumentFlags: ["token", "access-token", "auth-token", "api-token", "api-key", "apikey", "key", "secret", "client-secret", "password", "passwd", "pass", "pat", "auth", "bearer", "private-key", "credentials"],
  tokenLikeArgument: { minLength: 24, minBitsPerChar: 3.5 }
};

// src/redact/redact.ts
var marker = (label) => `[redacted: ${label}]`;
var MARKER_START = "[redacted";
var ELLIPSIS = "\u2026";
var MIN_TRUNCATED_PREFIX = 4;
var DATA = secrets_default;
function compileFormats(data) {
  const formats = data.formats.map((f) => ({
    label: f.label,
    // `d` gives the index of the `secret` group, so only that part is replaced.
    re: new RegExp(f.source, `g${f.flags ?? ""}${f.source.includes("(?<secret>") ? "d" : ""}`),
    ...f.truncated !== void 0 ? { truncated: new RegExp(`(?:${f.truncated})[A-Za-z0-9_\\-./+=]{0,200}${ELLIPSIS}`, "g") } : {}
  }));
  const any = new RegExp(data.formats.map((f) => `(?:${f.source.replace("(?<secret>", "(?:")})`).join("|"), "i");
  return { formats, any };
}
var VALUE = `[^\\s"',()\\[\\]]`;
function flagPattern(flags) {
  const names = flags.map((f) => f.replace(/[-_]/g, "[-_]?")).join("|");
  return {
    // `--token VALUE` or `--token=VALUE` inside a command line; the value is the `secret` group.
    // Prose ("pass --token to the server") is spared: a value needs a non-letter, or 20 letters.
    inText: new RegExp(`(?:^|[\\s"'(\\[,=])--?(?:${names})(?:=|\\s{1,5})(?<secret>(?=${VALUE}{0,300}[^A-Za-z\\s"',()\\[\\]])${VALUE}{4,}|[A-Za-z]{20,})`, "gid"),
    whole: new RegExp(`^--?(?:${names})$`, "i")
  };
}
var URL_RE = /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s"'<>`]+/gi;
function redactUrl(url) {
  const scheme = url.indexOf("://") + 3;
  const authorityEnd = firstOf(url, "/?#", scheme);
  const at = url.lastIndexOf("@", authorityEnd - 1);
  let out = url;
  if (at >= scheme && !url.startsWith(MARKER_START, scheme)) out = `${url.slice(0, scheme)}${marker("URL credentials")}${url.slice(at)}`;
  const q = out.indexOf("?");
  if (q < 0) return out;
  const hash = out.indexOf("#", q);
  const end = hash < 0 ? out.length : hash;
  const query = out.slice(q + 1, end).split("&").map((pair) => {
    const eq = pair.indexOf("=");
    if (eq < 0 || eq === pair.length - 1 || pair.startsWith(MARKER_START, eq + 1)) return pair;
    return `${pair.slice(0, eq + 1)}${marker("URL query value")}`;
  }).join("&");
  return `${out.slice(0, q + 1)}${query}${out.slice(end)}`;
}
function firstOf(text, chars, from) {
  for (let i = from; i < text.length; i += 1) if (chars.includes(text[i])) return i;
  return text.length;
}
function replaceFormat(text, re, label) {
  re.lastIndex = 0;
  let out = "";
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "") {
      re.lastIndex += 1;
      continue;
    }
    const span = m.indices?.groups?.["secret"] ?? [m.index, m.index + m[0].length];
    const [start, end] = span;
    if (text.startsWith(MARKER_START, start)) continue;
    out += `${text.slice(last, start)}${marker(label)}`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}
function entropy(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var PLACEHOLDER = /^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|\$[A-Z_][A-Z0-9_]*)$/;
function argumentRules(data = DATA) {
  const { whole } = flagPattern(data.argumentFlags);
  const { minLength, minBitsPerChar } = data.tokenLikeArgument;
  return {
    isCredentialFlag: (arg) => whole.test(arg),
    inlineCredential: (arg) => {
      const eq = arg.indexOf("=");
      if (eq < 0 || !whole.test(arg.slice(0, eq))) return void 0;
      const value = arg.slice(eq + 1);
      return value === "" || PLACEHOLDER.test(value) ? void 0 : value;
    },
    looksLikeToken: (arg) => arg.length >= minLength && /^[A-Za-z0-9_\-+/=.~]+$/.test(arg) && /[A-Za-z]/.test(arg) && /[0-9]/.test(arg) && // Paths and file names are long but not secret.
    !/^[./~-]/.test(arg) && !/\.[a-z]{1,5}$/i.test(arg) && (arg.match(/\//g)?.length ?? 0) <= 1 && entropy(arg) >= minBitsPerChar
  };
}
function createRedactor(known = [], data = DATA) {
  const { formats, any } = data === DATA ? defaultFormats() : compileFormats(data);
  const flags = flagPattern(data.argumentFlags);
  const args = argumentRules(data);
  const secrets = dedupe(known.filter((k) => k.value.length >= MIN_TRUNCATED_PREFIX && !k.value.startsWith(MARKER_START)));
  const done = /* @__PURE__ */ new WeakSet();
  const copies = /* @__PURE__ */ new WeakMap();
  const text = (value) => {
    if (value.length < 4) return value;
    let out = value;
    for (const s of secrets) if (out.includes(s.value)) out = out.split(s.value).join(marker(s.label));
    if (out.includes(ELLIPSIS)) out = redactTruncatedKnown(out, secrets);
    if (out.includes("://")) out = out.replace(URL_RE, redactUrl);
    if (out.includes("-")) out = replaceFormat(out, flags.inText, "credential argument");
    const cut = out.includes(ELLIPSIS);
    if (!cut && !any.test(out)) return out;
    for (const f of formats) {
      out = replaceFormat(out, f.re, f.label);
      if (cut && f.truncated !== void 0) out = out.replace(f.truncated, marker(f.label));
    }
    return out;
  };
  const argumentList = (list, asArguments) => list.map((arg, i) => {
    const previous = i > 0 ? list[i - 1] : "";
    if (args.isCredentialFlag(previous) && arg !== "" && !PLACEHOLDER.test(arg) && !arg.startsWith("-")) return marker("credential argument");
    if (asArguments && args.looksLikeToken(arg)) return marker("token-like argument");
    return text(arg);
  });
  const walk = (value, key) => {
    if (typeof value === "string") return text(value);
    if (value === null || typeof value !== "object") return value;
    if (done.has(value)) return value;
    const seen = copies.get(value);
    if (seen !== void 0) return seen;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === "string")) {
        const out3 = argumentList(value, key === "arguments" || key === "args");
        done.add(out3);
        copies.set(value, out3);
        return out3;
      }
      const out2 = [];
      copies.set(value, out2);
      for (const v of value) out2.push(walk(v, void 0));
      done.add(out2);
      return out2;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out = {};
    copies.set(value, out);
    for (const [k, v] of Object.entries(value)) {
      const key2 = text(k);
      if (key2 === "__proto__") Object.defineProperty(out, key2, { value: walk(v, k), enumerable: true, writable: true, configurable: true });
      else out[key2] = walk(v, k);
    }
    done.add(out);
    return out;
  };
  return {
    text,
    deep: (value) => walk(value, void 0),
    secrets
  };
}
function redactTruncatedKnown(text, secrets) {
  let out = text;
  for (let i = out.indexOf(ELLIPSIS); i >= 0; i = out.indexOf(ELLIPSIS, i + 1)) {
    for (const s of secrets) {
      let k = Math.min(s.value.length - 1, i);
      while (k >= MIN_TRUNCATED_PREFIX && out.slice(i - k, i) !== s.value.slice(0, k)) k -= 1;
      if (k >= MIN_TRUNCATED_PREFIX) {
        const m = marker(s.label);
        out = `${out.slice(0, i - k)}${m}${out.slice(i + 1)}`;
        i = i - k + m.length - 1;
        break;
      }
    }
  }
  return out;
}
function dedupe(list) {
  const byValue = /* @__PURE__ */ new Map();
  for (const k of list) if (!byValue.has(k.value)) byValue.set(k.value, k);
  return [...byValue.values()].sort((a, b) => b.value.length - a.value.length || (a.value < b.value ? -1 : 1));
}
var compiled;
function defaultFormats() {
  compiled ??= compileFormats(DATA);
  return compiled;
}
var shared;
function defaultRedactor() {
  shared ??= createRedactor();
  return shared;
}

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
  return `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
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

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- mcp-risk-gate:comment -->";
var IDS_PREFIX = "<!-- mcp-risk-gate:findings ";
var IDS_MAX_CHARS = 8e3;
var COMMENT_MAX_CHARS = 65535;
var SUMMARY_MAX_BYTES = 1e6;
var LEVELS = [
  { findings: 500, brief: false, factors: true, layers: true, notices: 100, listed: 100 },
  { findings: 100, brief: false, factors: true, layers: true, notices: 30, listed: 50 },
  { findings: 30, brief: true, factors: true, layers: true, notices: 10, listed: 20 },
  { findings: 10, brief: true, factors: false, layers: true, notices: 5, listed: 10 },
  { findings: 0, brief: true, factors: false, layers: false, notices: 0, listed: 5 }
];
var ICON = { Critical: "\u{1F534}", High: "\u{1F7E0}", Medium: "\u{1F7E1}", Low: "\u{1F535}", None: "\u26AA" };
function renderMarkdown(unsafeResult, unsafeDecision, unsafeOptions) {
  const redactor = unsafeOptions.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const decision = redactor.deep(unsafeDecision);
  const options = {
    ...unsafeOptions,
    ...unsafeOptions.delta !== void 0 ? { delta: redactor.deep(unsafeOptions.delta) } : {},
    ...unsafeOptions.previousFindingIds !== void 0 ? { previousFindingIds: redactor.deep(unsafeOptions.previousFindingIds) } : {}
  };
  const fits = (text) => options.target === "comment" ? text.length <= (options.budget ?? COMMENT_MAX_CHARS) : new TextEncoder().encode(text).length <= (options.budget ?? SUMMARY_MAX_BYTES);
  for (const level2 of LEVELS) {
    const text = render(result, decision, options, level2, level2 !== LEVELS[0]);
    if (fits(text)) return text;
  }
  const minimal = [header(options), verdict(decision), "", "The report was too large for this channel; see the job summary, the SARIF file or the JSON report."].join("\n");
  return minimal;
}
function parseCommentFindingIds(body) {
  const start = body.indexOf(IDS_PREFIX);
  if (start < 0) return void 0;
  const end = body.indexOf(" -->", start);
  if (end < 0) return void 0;
  const raw = body.slice(start + IDS_PREFIX.length, end).trim();
  if (raw === "") return [];
  try {
    return raw.split(" ").map((s) => decodeURIComponent(s));
  } catch {
    return void 0;
  }
}
function render(result, decision, options, level2, cut) {
  const out = [];
  const findings = sortFindings(result.findings ?? []);
  if (options.target === "comment") {
    out.push(COMMENT_MARKER);
    out.push(`${IDS_PREFIX}${encodeIds(findings)} -->`);
  }
  out.push(verdict(decision), "");
  out.push(badges(result), "");
  const reasons = decision.reasons.slice(0, 20);
  if (reasons.length > 0) {
    for (const r of reasons) out.push(`- ${escapeText(r, { max: 400 })}`);
    if (decision.reasons.length > reasons.length) out.push(`- \u2026and ${decision.reasons.length - reasons.length} more reasons`);
    out.push("");
  }
  out.push(...wayToPassSection(decision));
  if (cut) {
    const what = [
      findings.length > level2.findings ? `${findings.length - level2.findings} of ${findings.length} findings` : "",
      level2.brief ? "finding details" : "",
      level2.factors ? "" : "AIVSS factors",
      level2.layers ? "" : "the MAESTRO layer table",
      level2.notices === 0 ? "notices" : ""
    ].filter((s) => s !== "");
    const where = safeUrl(options.detailsUrl) !== void 0 ? ` Full report: [run summary](${safeUrl(options.detailsUrl)}).` : " The job summary, SARIF and JSON report have everything.";
    out.push(`> [!NOTE]`, `> Shortened to fit GitHub's ${options.target === "comment" ? "comment" : "job summary"} size limit: left out ${what.join(", ") || "some detail"}.${where}`, "");
  }
  if (options.delta !== void 0) out.push(...deltaSection(options.delta, level2), "");
  out.push(...fixedSinceLastRun(findings, options.previousFindingIds, level2));
  out.push(...layersSection(result, level2));
  out.push(...findingsSection(findings, level2, options));
  if (level2.factors) out.push(...fixPathSection(result));
  if (level2.factors) out.push(...factorsSection(result));
  out.push(...noticesSection(result, level2));
  out.push(`<sub>${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)} \xB7 OWASP AIVSS v${escapeHtml(result.aivssVersion)} \xB7 CSA MAESTRO</sub>`);
  return out.join("\n") + "\n";
}
function encodeIds(findings) {
  const out = [];
  let size = 0;
  for (const f of findings) {
    const id = encodeURIComponent(wellFormed(f.id));
    if (size + id.length + 1 > IDS_MAX_CHARS) break;
    out.push(id);
    size += id.length + 1;
  }
  return out.join(" ");
}
function header(options) {
  return options.target === "comment" ? COMMENT_MARKER : "";
}
function commentVerdict(body) {
  for (const result of ["pass", "warn", "fail", "error"]) {
    if (body.includes(`
${verdict({ result, reasons: [] })}
`)) return result;
  }
  return void 0;
}
function verdict(decision) {
  switch (decision.result) {
    case "pass":
      return "### \u2705 MCP risk gate: passed";
    case "warn":
      return "### \u26A0\uFE0F MCP risk gate: policy exceeded (warn-only)";
    case "fail":
      return "### \u274C MCP risk gate: failed";
    case "error":
      return "### \u26D4 MCP risk gate: input error";
  }
}
function badges(result) {
  const name = result.server.name ?? result.profile.name;
  const server = name !== void 0 ? `${escapeCode(name)}${result.server.version !== void 0 ? ` ${escapeCode(result.server.version, { max: 40 })}` : ""} \xB7 ` : "";
  const score = result.score === void 0 ? "**Risk** not evaluated" : `**Risk** ${ICON[result.severity ?? "None"]} **${fmt(result.score)} ${result.severity ?? ""}**`.trimEnd();
  const posture = result.posture === void 0 ? "**Posture** not evaluated" : `**Posture** ${fmt(result.posture)} / 10`;
  const missing = result.controls === void 0 ? "**Controls** not evaluated" : `**Missing required controls** ${result.controls.filter((c) => c.status === "missing" && c.requirement === "required").length}`;
  const findings = result.findings === void 0 ? "**Findings** not evaluated" : `**Findings** ${result.findings.length}${waivedCount(result.findings)}`;
  const tools = result.capabilities.surface.unknown ? "**Tools** unknown surface" : `**Tools** ${result.capabilities.surface.toolCount}`;
  return `${server}${score} \xB7 ${posture} \xB7 ${missing} \xB7 ${findings} \xB7 ${tools} \xB7 AIVSS v${escapeText(result.aivssVersion)}`;
}
function waivedCount(findings) {
  const n = findings.filter((f) => f.waived !== void 0).length;
  return n > 0 ? ` (${n} waived)` : "";
}
function deltaSection(delta, level2) {
  const out = ["#### Changes in this pull request", ""];
  if (!hasChanges(delta)) return [...out, "No change in tools, findings, score or posture against the base."];
  out.push("| | Base | This PR |", "|---|---|---|");
  out.push(`| Risk score | ${opt(delta.score.before)} | ${opt(delta.score.after)}${change(delta.score.before, delta.score.after)} |`);
  out.push(`| Posture | ${opt(delta.posture.before)} | ${opt(delta.posture.after)}${change(delta.posture.before, delta.posture.after)} |`, "");
  const names = (list) => `${list.slice(0, level2.listed).map((n) => escapeCode(n)).join(", ")}${list.length > level2.listed ? ` and ${list.length - level2.listed} more` : ""}`;
  if (delta.tools.added.length > 0) out.push(`- **Tools added (${delta.tools.added.length}):** ${names(delta.tools.added)}`);
  if (delta.tools.removed.length > 0) out.push(`- **Tools removed (${delta.tools.removed.length}):** ${names(delta.tools.removed)}`);
  if (delta.tools.changed.length > 0) {
    const shown = delta.tools.changed.slice(0, level2.listed).map((c) => `${escapeCode(c.name)} (${c.fields.join(", ")})`);
    const more = delta.tools.changed.length > level2.listed ? ` and ${delta.tools.changed.length - level2.listed} more` : "";
    out.push(`- **Tools changed (${delta.tools.changed.length}):** ${shown.join(", ")}${more}`);
  }
  if (delta.findings.new.length > 0) out.push(`- **New findings (${delta.findings.new.length}):** ${briefList(delta.findings.new, level2.listed)}`);
  if (delta.findings.fixed.length > 0) out.push(`- **Fixed by this PR (${delta.findings.fixed.length}):** ${briefList(delta.findings.fixed, level2.listed)}`);
  if (delta.controls.newlyMissing.length > 0) out.push(`- **Controls now missing:** ${names(delta.controls.newlyMissing)}`);
  if (delta.controls.nowPresent.length > 0) out.push(`- **Controls now present:** ${names(delta.controls.nowPresent)}`);
  if (delta.factors.length > 0) {
    out.push(`- **Factor changes:** ${delta.factors.map((f) => `${escapeText(f.name, { max: 60 })} ${opt(f.before, 1)} \u2192 ${opt(f.after, 1)}`).join("; ")}`);
  }
  return out;
}
function fixedSinceLastRun(findings, previous, level2) {
  if (previous === void 0) return [];
  const now = new Set(findings.map((f) => wellFormed(f.id)));
  const fixed = [...new Set(previous)].filter((id) => !now.has(id)).sort();
  if (fixed.length === 0) return [];
  const shown = fixed.slice(0, level2.listed).map((id) => escapeCode(id)).join(", ");
  return ["#### Fixed since last run", "", `${fixed.length} finding${fixed.length === 1 ? "" : "s"} gone since the previous report: ${shown}${fixed.length > level2.listed ? ` and ${fixed.length - level2.listed} more` : ""}.`, ""];
}
function layersSection(result, level2) {
  if (!level2.layers) return [];
  if (result.layers === void 0) return ["**MAESTRO controls:** not evaluated.", ""];
  const missing = result.layers.reduce((n, l) => n + l.missing, 0);
  const out = [`<details${missing > 0 ? " open" : ""}><summary>MAESTRO controls by layer (${missing} missing)</summary>`, ""];
  out.push("| Layer | Required | Present | Missing | Waived |", "|---|---:|---:|---:|---:|");
  for (const l of result.layers) {
    out.push(`| ${escapeText(l.layer)} ${escapeText(l.name, { max: 60 })} | ${l.required} | ${l.present} | ${l.missing > 0 ? `**${l.missing}**` : "0"} | ${l.waived} |`);
  }
  const missingControls = (result.controls ?? []).filter((c) => c.status === "missing");
  if (missingControls.length > 0) {
    out.push("", `Missing: ${missingControls.slice(0, level2.listed).map((c) => `${escapeCode(c.id, { max: 40 })} ${escapeText(c.title, { max: 100 })} (${c.requirement})`).join("; ")}${missingControls.length > level2.listed ? ` and ${missingControls.length - level2.listed} more` : ""}`);
  }
  return [...out, "", "</details>", ""];
}
function findingsSection(findings, level2, options) {
  if (findings.length === 0) return [];
  const shown = findings.slice(0, level2.findings);
  if (shown.length === 0) return [`**Findings:** ${findings.length} (listed in the job summary and SARIF).`, ""];
  const open = findings.some((f) => f.waived === void 0 && (f.severity === "Critical" || f.severity === "High"));
  const out = [`<details${open ? " open" : ""}><summary>Findings (${findings.length})</summary>`, ""];
  for (const f of shown) {
    const waived = f.waived !== void 0 ? " \xB7 _waived_" : "";
    out.push(`- ${ICON[f.severity]} **${fmt(f.aivss)} ${f.severity}** \xB7 ${escapeCode(f.id)} \xB7 ${escapeText(f.title, { max: 160 })}${waived}`);
    if (!level2.brief) {
      out.push(`  ${escapeText(f.message, { max: 500 })}`);
      if (f.locations.length > 0) {
        const where = f.locations.slice(0, 3).map((l) => escapeCode(`${l.path}${l.line !== void 0 ? `:${l.line}` : ""}`, { max: 160 }));
        out.push(`  Where: ${where.join(", ")}${f.locations.length > 3 ? ` and ${f.locations.length - 3} more` : ""}`);
      }
      out.push(`  Fix: ${escapeText(f.remediation, { max: 500 })}${docsLink(f, options)}`);
      if (f.waived !== void 0) {
        const owner = f.waived.owner !== void 0 ? ` by ${escapeText(f.waived.owner, { max: 60 })}` : "";
        out.push(`  Waived until ${escapeText(f.waived.expires, { max: 10 })}${owner}: ${escapeText(f.waived.justification, { max: 300 })}`);
      }
    }
  }
  if (findings.length > shown.length) out.push(`- \u2026and ${findings.length - shown.length} more findings (see the job summary, SARIF or JSON report).`);
  return [...out, "", "</details>", ""];
}
function docsLink(f, options) {
  const fromDocs = f.docs !== void 0 ? anchor(f.docs.includes("#") ? f.docs.slice(f.docs.lastIndexOf("#") + 1) : f.docs) : "";
  const slug = fromDocs !== "" ? fromDocs : anchor(f.controlId ?? f.id.split(":")[0] ?? "");
  if (slug === "") return "";
  const base = safeUrl(options.docsUrl) ?? "docs/controls.md";
  return ` \xB7 [docs](${base}#${slug})`;
}
function wayToPassSection(decision) {
  const way = decision.wayToPass;
  if (way === void 0) return [];
  const out = [];
  if (way.possible) {
    out.push(`**To pass:** ${way.fixes.length === 1 ? "one fix" : `${way.fixes.length} fixes`}, in this order (each score is re-computed with the fixes above it):`, "");
  } else {
    out.push(`**No fix in the catalog passes this policy.** ${escapeText(way.why ?? "", { max: 400 })}`, "");
    if (way.fixes.length > 0) out.push("What lowers the score most:", "");
  }
  way.fixes.forEach((f, i) => out.push(`${i + 1}. ${escapeText(f.fix, { max: 80 })}: ${escapeText(f.title, { max: 120 })} \u2192 ${fmt(f.score)} ${escapeText(f.severity, { max: 20 })}`));
  if (way.fixes.length > 0) out.push("");
  return out;
}
function fixPathSection(result) {
  if (result.fixPath === void 0 || result.fixPath.length === 0 || result.score === void 0) return [];
  const out = ["<details><summary>Path to a lower score</summary>", "", "| After fixing | Score | Severity |", "|---|---:|---|"];
  out.push(`| (now) | ${fmt(result.score)} | ${escapeText(result.severity ?? "", { max: 20 })} |`);
  for (const step of result.fixPath) {
    out.push(`| + ${escapeText(step.fix, { max: 80 })}: ${escapeText(step.title, { max: 100 })} | ${fmt(step.after.score)} | ${escapeText(step.after.severity, { max: 20 })} |`);
  }
  return [...out, "", "Each row includes the fixes above it; every score is re-computed.", "", "</details>", ""];
}
function factorsSection(result) {
  if (result.factors === void 0) return ["**AIVSS factors:** not evaluated.", ""];
  if (result.factors.length === 0) return [];
  const out = [`<details><summary>AIVSS agentic factors (posture ${opt(result.posture)} / 10)</summary>`, ""];
  out.push("| Factor | Value | Why |", "|---|---:|---|");
  for (const f of result.factors) {
    const why = f.reasons.slice(0, 2).map((r) => escapeText(r.text, { max: 160 })).join("; ");
    const flags = `${f.overridden ? " (override)" : ""}${f.continuous === true ? " (continuous)" : ""}`;
    out.push(`| ${escapeText(f.name, { max: 60 })} | ${fmt(f.value, 2)}${flags} | ${why}${f.reasons.length > 2 ? ` (+${f.reasons.length - 2})` : ""} |`);
  }
  return [...out, "", "</details>", ""];
}
function noticesSection(result, level2) {
  const items = [
    ...result.errors.map((e) => `- \u2757 ${escapeCode(`${e.path}${e.line !== void 0 ? `:${e.line}` : ""}`, { max: 160 })} ${escapeText(e.message, { max: 300 })}${e.hint !== void 0 ? ` ${escapeText(e.hint, { max: 200 })}` : ""}`),
    ...result.notices.map((n) => `- ${escapeCode(`${n.path}${n.line !== void 0 ? `:${n.line}` : ""}`, { max: 160 })} ${escapeText(n.message, { max: 300 })}`)
  ];
  if (items.length === 0 || level2.notices === 0) return [];
  const out = [`<details${result.errors.length > 0 ? " open" : ""}><summary>Errors and notices (${items.length})</summary>`, "", ...items.slice(0, level2.notices)];
  if (items.length > level2.notices) out.push(`- \u2026and ${items.length - level2.notices} more`);
  return [...out, "", "</details>", ""];
}
function briefList(findings, max) {
  const shown = sortFindings(findings).slice(0, max).map((f) => `${escapeCode(f.id)} ${fmt(f.aivss)}`);
  return `${shown.join(", ")}${findings.length > max ? ` and ${findings.length - max} more` : ""}`;
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  return /^(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+|[A-Za-z0-9._/-]+)$/.test(url) && !/[()]/.test(url) ? url : void 0;
}
function fmt(n, digits = 1) {
  return digits === 1 ? (Math.round(n * 10) / 10).toFixed(1) : String(Math.round(n * 100) / 100);
}
function opt(n, digits = 1) {
  return n === void 0 ? "\u2014" : fmt(n, digits);
}
function change(before, after) {
  if (before === void 0 || after === void 0) return "";
  const d = Math.round((after - before) * 10) / 10;
  return d === 0 ? "" : ` (${d > 0 ? "+" : ""}${d.toFixed(1)})`;
}

// src/report/sarif.ts
var SARIF_MAX_RESULTS = 5e3;
var FINGERPRINT_KEY = "mcpRiskGateFinding/v1";
var DEFAULT_INFO_URI = "https://www.npmjs.com/package/mcp-risk-gate";
function renderSarif(unsafeResult, unsafeOptions = {}) {
  const redactor = unsafeOptions.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const options = { ...unsafeOptions, ...unsafeOptions.decision !== void 0 ? { decision: redactor.deep(unsafeOptions.decision) } : {} };
  const findings = sortFindings(result.findings ?? []);
  const rules = /* @__PURE__ */ new Map();
  for (const control of [...result.controls ?? []].sort((a, b) => cmp(a.id, b.id))) {
    rules.set(control.id, {
      id: control.id,
      name: ruleName(control.title),
      shortDescription: { text: plain(control.title) },
      fullDescription: { text: plain(`${control.title} (MAESTRO ${control.layers.join(", ")}; ${control.requirement}). ${control.reason}`) },
      ...helpUri(control.id, options),
      properties: { tags: ["security", "mcp", ...control.layers.map((l) => `maestro-${l}`)] }
    });
  }
  for (const f of findings) {
    const id = ruleId(f);
    const existing = rules.get(id);
    const rule = existing ?? {
      id,
      name: ruleName(f.title),
      shortDescription: { text: plain(f.title) },
      ...helpUri(f.docs ?? id, options),
      properties: { tags: ["security", "mcp", ...f.layers.map((l) => `maestro-${l}`)] }
    };
    rule.help ??= { text: f.remediation, markdown: f.remediation };
    rule.fullDescription ??= { text: plain(f.message) };
    rule.defaultConfiguration ??= { level: level(f.severity) };
    const props = rule.properties ??= {};
    const current = Number(props["security-severity"] ?? -1);
    if (f.aivss > current) {
      props["security-severity"] = f.aivss.toFixed(1);
      rule.defaultConfiguration = { level: level(f.severity) };
    }
    rules.set(id, rule);
  }
  const ruleIds = [...rules.keys()];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const fallback = result.profile.configPath ?? result.server.sources[0]?.path;
  const results = findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const id = ruleId(f);
    const locations = f.locations.length > 0 ? f.locations : fallback !== void 0 ? [{ path: fallback }] : [];
    const first = locations[0];
    const out = {
      ruleId: id,
      ruleIndex: index.get(id) ?? 0,
      level: level(f.severity),
      message: { text: plain(`${f.title}: ${f.message} (AIVSS ${f.aivss.toFixed(1)} ${f.severity}, CVSS ${f.cvss.score.toFixed(1)})`) },
      locations: locations.slice(0, 100).map((l) => physical(l, options.uriPrefix)),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.id, first?.path ?? "") },
      properties: {
        "security-severity": f.aivss.toFixed(1),
        aivss: f.aivss,
        severity: f.severity,
        cvssVector: f.cvss.vector,
        cvssScore: f.cvss.score,
        kind: f.kind,
        findingId: f.id,
        layers: f.layers,
        ...f.tool !== void 0 ? { tool: f.tool } : {}
      }
    };
    if (f.waived !== void 0) {
      out.suppressions = [{ kind: "external", status: "accepted", justification: plain(`${f.waived.justification} (until ${f.waived.expires}${f.waived.owner !== void 0 ? `, owner ${f.waived.owner}` : ""})`) }];
    }
    return out;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(result.tool.version) ? result.tool.version : void 0,
            informationUri: options.informationUri ?? DEFAULT_INFO_URI,
            rules: ruleIds.map((id) => rules.get(id))
          }
        },
        results,
        // Input errors make the run incomplete: code scanning shows these as tool notifications.
        ...result.errors.length > 0 ? {
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: result.errors.slice(0, 100).map((e) => ({
                level: "error",
                message: { text: plain(`${e.path}${e.line !== void 0 ? `:${e.line}` : ""}: ${e.message}${e.hint !== void 0 ? ` (fix: ${e.hint})` : ""}`) }
              }))
            }
          ]
        } : {},
        columnKind: "unicodeCodePoints",
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        properties: {
          aivssVersion: result.aivssVersion,
          ...result.score !== void 0 ? { score: result.score } : {},
          ...result.severity !== void 0 ? { severity: result.severity } : {},
          ...result.posture !== void 0 ? { posture: result.posture } : {},
          ...options.decision !== void 0 ? { decision: options.decision.result, reasons: options.decision.reasons } : {},
          ...findings.length > SARIF_MAX_RESULTS ? { truncatedResults: findings.length - SARIF_MAX_RESULTS } : {}
        }
      }
    ]
  };
}
function sarifToString(log) {
  return `${JSON.stringify(log, null, 2)}
`;
}
function plain(text) {
  return flatten(wellFormed(text));
}
function ruleId(f) {
  if (f.controlId !== void 0) return f.controlId;
  const colon = f.id.indexOf(":");
  return colon < 0 ? f.id : f.id.slice(0, colon);
}
function level(severity) {
  switch (severity) {
    case "Critical":
    case "High":
      return "error";
    case "Medium":
      return "warning";
    case "Low":
      return "note";
    case "None":
      return "none";
  }
}
function physical(l, prefix) {
  const path = [prefix, l.path].filter((p) => p !== void 0 && p !== "" && p !== ".").join("/").replace(/\/{2,}/g, "/").replace(/^\.\//, "");
  return {
    physicalLocation: {
      artifactLocation: { uri: wellFormed(path).split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" },
      ...l.line !== void 0 && l.line >= 1 ? { region: { startLine: l.line, ...l.column !== void 0 && l.column >= 1 ? { startColumn: l.column } : {} } } : {}
    }
  };
}
function fingerprint(findingId, path) {
  return sha256Hex(`${findingId}\0${path}`);
}
function helpUri(docs, options) {
  if (options.docsUrl === void 0 || !/^https?:\/\//.test(options.docsUrl)) return {};
  const slug = anchor(docs.includes("#") ? docs.slice(docs.lastIndexOf("#") + 1) : docs);
  return slug === "" ? {} : { helpUri: `${options.docsUrl}#${slug}` };
}
function ruleName(title) {
  const words = title.replace(/[^A-Za-z0-9 ]+/g, " ").trim().split(/\s+/).filter((w) => w !== "");
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("") || "Check";
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/introspect/secrets.ts
var LABELS = {
  env: "introspect-env value",
  url: "introspect-url credentials",
  argument: "introspect-command argument"
};
function introspectionSecrets(inputs, processEnv) {
  const out = [];
  const add = (value, label) => {
    if (value === void 0 || value === "") return;
    out.push({ value, label });
    const decoded = decode(value);
    if (decoded !== value) out.push({ value: decoded, label });
  };
  for (const entry of inputs.env ?? []) {
    const eq = entry.indexOf("=");
    const name = (eq < 0 ? entry : entry.slice(0, eq)).trim();
    const value = eq < 0 ? processEnv[name] : entry.slice(eq + 1).trim();
    if (value !== void 0 && worthHiding(name, value)) add(value, LABELS.env);
  }
  if (inputs.url !== void 0) for (const s of urlSecrets(inputs.url)) add(s, LABELS.url);
  if (inputs.command !== void 0) {
    const rules = argumentRules();
    for (const [i, arg, previous] of commandWords(inputs.command).map((a, i2, all) => [i2, a, all[i2 - 1] ?? ""])) {
      if (i > 0 && rules.isCredentialFlag(previous) && !arg.startsWith("-")) add(arg, LABELS.argument);
      const inline = rules.inlineCredential(arg);
      if (inline !== void 0) add(inline, LABELS.argument);
      if (rules.looksLikeToken(arg)) add(arg, LABELS.argument);
      if (arg.includes("://")) for (const s of urlSecrets(arg)) add(s, LABELS.argument);
    }
  }
  return out;
}
function worthHiding(name, value) {
  if (value.length < 4) return false;
  if (nameLooksSecret(name)) return true;
  return value.length >= 12 || value.length >= 8 && /[A-Za-z]/.test(value) && /[0-9]/.test(value);
}
function urlSecrets(url) {
  const out = [];
  const scheme = url.indexOf("://");
  if (scheme < 0) return out;
  const rest = url.slice(scheme + 3);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf("@");
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    out.push(userinfo);
    const colon = userinfo.indexOf(":");
    if (colon >= 0) {
      const user = userinfo.slice(0, colon);
      if (user.length >= 8) out.push(user);
      if (userinfo.length - colon - 1 >= 4) out.push(userinfo.slice(colon + 1));
    }
  }
  const q = url.indexOf("?");
  if (q >= 0) {
    const hash = url.indexOf("#", q);
    for (const pair of url.slice(q + 1, hash < 0 ? void 0 : hash).split("&")) {
      const eq = pair.indexOf("=");
      if (eq < 0) continue;
      const value = pair.slice(eq + 1);
      if (worthHiding(decode(pair.slice(0, eq)), decode(value))) out.push(value);
    }
  }
  return out;
}
function commandWords(command) {
  try {
    const { command: program, args } = splitCommand(command);
    return [program, ...args];
  } catch {
    return command.split(/\s+/).map((w) => w.replace(/^["']|["']$/g, "")).filter((w) => w !== "");
  }
}
function decode(value) {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

export {
  readOrgPolicy,
  escapeCode,
  createRedactor,
  defaultRedactor,
  COMMENT_MARKER,
  renderMarkdown,
  parseCommentFindingIds,
  commentVerdict,
  renderSarif,
  sarifToString,
  introspectionSecrets
};
