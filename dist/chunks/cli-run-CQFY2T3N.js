import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  splitCommand
} from "./cli-chunk-GHKFKMIT.js";
import {
  CliUsageError,
  USAGE,
  parseCli,
  readOrgPolicy
} from "./cli-chunk-QVRD6RRW.js";
import {
  MAESTRO_LAYERS,
  TOOL_VERSION,
  UsageError,
  applyPolicy,
  cvss4BaseScore,
  findCheck,
  findControl,
  hasChanges,
  nameLooksSecret,
  naturalCompare,
  package_default,
  resolvePolicy,
  scanRepository,
  sortFindings
} from "./cli-chunk-B5VKEEIT.js";
import "./cli-chunk-PLDHAKJM.js";
import {
  sha256Hex
} from "./cli-chunk-OKHITKW5.js";
import "./cli-chunk-YO6NXJTO.js";
import {
  anchor,
  escapeCode,
  escapeHtml,
  escapeInline,
  escapeText,
  flatten,
  truncate,
  wellFormed
} from "./cli-chunk-PJBD2K5M.js";
import "./cli-chunk-XH3FB2BY.js";

// src/cli/run.ts
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// data/redact/secrets.json
var secrets_default = JSON.parse(`{"$schema":"../../schemas/redact-secrets.schema.json","redactVersion":1,"formats":[{"id":"github-token","label":"GitHub token","source":"\\\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,255}\\\\b","truncated":"\\\\b(?:ghp|gho|ghu|ghs|ghr)_"},{"id":"github-pat","label":"GitHub token","source":"\\\\bgithub_pat_[A-Za-z0-9_]{22,255}","truncated":"\\\\bgithub_pat_"},{"id":"gitlab-token","label":"GitLab token","source":"\\\\bglpat-[A-Za-z0-9_-]{20,}","truncated":"\\\\bglpat-"},{"id":"aws-access-key","label":"AWS access key","source":"\\\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\\\\b","truncated":"\\\\b(?:AKIA|ASIA)[A-Z0-9]{4}"},{"id":"slack-token","label":"Slack token","source":"\\\\bxox[abposre]-[A-Za-z0-9-]{10,}","truncated":"\\\\bxox[abposre]-"},{"id":"slack-webhook","label":"Slack webhook","source":"hooks\\\\.slack\\\\.com/services/[A-Za-z0-9/_-]{10,}"},{"id":"stripe-key","label":"Stripe key","source":"\\\\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}","truncated":"\\\\b(?:sk|rk)_(?:live|test)_"},{"id":"openai-key","label":"API key","source":"\\\\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}"},{"id":"google-api-key","label":"Google API key","source":"\\\\bAIza[0-9A-Za-z_-]{35}"},{"id":"npm-token","label":"npm token","source":"\\\\bnpm_[A-Za-z0-9]{36}\\\\b","truncated":"\\\\bnpm_[A-Za-z0-9]{4}"},{"id":"private-key","label":"private key","source":"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----(?:[\\\\s\\\\S]*?-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----|[\\\\s\\\\S]*)"},{"id":"jwt","label":"JWT","source":"\\\\beyJ[A-Za-z0-9_-]{5,}\\\\.eyJ[A-Za-z0-9_-]{5,}\\\\.[A-Za-z0-9_-]*","truncated":"\\\\beyJ[A-Za-z0-9_-]{5,}\\\\.eyJ"},{"id":"bearer","label":"bearer token","source":"\\\\b[Bb]earer\\\\s{1,5}(?<secret>(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,})"},{"id":"env-assignment","label":"credential value","source":"\\\\b[A-Z0-9_]{0,40}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Z0-9_]{0,40}=(?<secret>[^\\\\s\\"'&;,]{4,})"},{"id":"quoted-assignment","label":"credential value","source":"\\\\b[a-z0-9_]{0,30}(?:token|secret|password|passwd|api_?key|apikey|access_?key|client_?secret|private_?key)[\\"']?\\\\s{0,5}[:=]\\\\s{0,5}[\\"'](?<secret>[^\\"'\\\\s]{6,})[\\"']","flags":"i"}],"argumentFlags":["token","access-token","auth-token","api-token","api-key","apikey","key","secret","client-secret","password","passwd","pass","pat","auth","bearer","private-key","credentials"],"tokenLikeArgument":{"minLength":24,"minBitsPerChar":3.5}}`);

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
var FLAG_BEFORE = `[\\s"'(\\[,=]`;
var FLAG_BEFORE_RE = new RegExp(FLAG_BEFORE);
function mayHaveFlag(text) {
  for (let i = text.indexOf("-"); i >= 0; i = text.indexOf("-", i + 1)) if (i === 0 || FLAG_BEFORE_RE.test(text[i - 1])) return true;
  return false;
}
var VALUE = `[^\\s"',()\\[\\]]`;
function flagPattern(flags) {
  const names = flags.map((f) => f.replace(/[-_]/g, "[-_]?")).join("|");
  return {
    // `--token VALUE` or `--token=VALUE` inside a command line; the value is the `secret` group.
    // Prose ("pass --token to the server") is spared: a value needs a non-letter, or 20 letters.
    inText: new RegExp(`(?:^|${FLAG_BEFORE})--?(?:${names})(?:=|\\s{1,5})(?<secret>(?=${VALUE}{0,300}[^A-Za-z\\s"',()\\[\\]])${VALUE}{4,}|[A-Za-z]{20,})`, "gid"),
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
  const setKey = (o, k, v) => {
    if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    else o[k] = v;
  };
  const copies = /* @__PURE__ */ new WeakMap();
  const finish = (value, result) => {
    if (result !== value) {
      copies.set(value, result);
      copies.set(result, result);
    }
    return result;
  };
  const seenText = /* @__PURE__ */ new Map();
  const text = (value) => {
    if (value.length < 4) return value;
    if (value.length > 256) return scan2(value);
    let out = seenText.get(value);
    if (out === void 0) {
      out = scan2(value);
      if (seenText.size < 5e4) seenText.set(value, out);
    }
    return out;
  };
  const scan2 = (value) => {
    let out = value;
    for (const s of secrets) if (out.includes(s.value)) out = out.split(s.value).join(marker(s.label));
    if (out.includes(ELLIPSIS)) out = redactTruncatedKnown(out, secrets);
    if (out.includes("://") && (out.includes("@") || out.includes("?"))) out = out.replace(URL_RE, redactUrl);
    if (mayHaveFlag(out)) out = replaceFormat(out, flags.inText, "credential argument");
    const cut2 = out.includes(ELLIPSIS);
    if (!cut2 && !any.test(out)) return out;
    for (const f of formats) {
      out = replaceFormat(out, f.re, f.label);
      if (cut2 && f.truncated !== void 0) out = out.replace(f.truncated, marker(f.label));
    }
    return out;
  };
  const argumentList = (list, asArguments) => list.map((arg, i) => {
    const previous = i > 0 ? list[i - 1] : "";
    if (args.isCredentialFlag(previous) && arg !== "" && !PLACEHOLDER.test(arg) && !arg.startsWith("-")) return marker("credential argument");
    if (asArguments && args.looksLikeToken(arg)) return marker("token-like argument");
    return text(arg);
  });
  const stringList = (list, key) => {
    const redacted = argumentList(list, key === "arguments" || key === "args");
    return redacted.every((v, i) => v === list[i]) ? list : redacted;
  };
  const walk = (value, key) => {
    if (typeof value === "string") return text(value);
    if (value === null || typeof value !== "object") return value;
    const seen = copies.get(value);
    if (seen !== void 0) return seen;
    if (Array.isArray(value)) {
      copies.set(value, value);
      if (value.every((v) => typeof v === "string")) return finish(value, stringList(value, key));
      let out2;
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        const w = walk(v, void 0);
        if (w !== v && out2 === void 0) out2 = value.slice(0, i);
        if (out2 !== void 0) out2.push(w);
      }
      return finish(value, out2 ?? value);
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    copies.set(value, value);
    let out;
    const record = value;
    for (const k in record) {
      if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
      const v = record[k];
      const rk = text(k);
      const w = walk(v, k);
      if ((rk !== k || w !== v) && out === void 0) {
        out = {};
        for (const j in record) {
          if (j === k) break;
          if (Object.prototype.hasOwnProperty.call(record, j)) setKey(out, j, record[j]);
        }
      }
      if (out !== void 0) setKey(out, rk, w);
    }
    return finish(value, out ?? value);
  };
  let keyChanged = false;
  function replacer(key, value) {
    if (!keyChanged && key.length >= 4 && text(key) !== key) keyChanged = true;
    if (typeof value === "string") return text(value);
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string")) return value;
    return stringList(value, key);
  }
  const stringify = (value, space) => {
    keyChanged = false;
    const out = JSON.stringify(value, replacer, space);
    return keyChanged ? JSON.stringify(walk(value, void 0), null, space) : out;
  };
  return {
    text,
    deep: (value) => walk(value, void 0),
    stringify,
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

// src/report/json.ts
var MAX_TOOL_EVIDENCE = 20;
function capabilityReport(cap) {
  let tools = 0;
  const evidence = cap.evidence.filter((e) => e.tool === void 0 || ++tools <= MAX_TOOL_EVIDENCE);
  return { id: cap.id, evidence, evidenceCount: cap.evidence.length };
}
function capabilitiesByTool(caps) {
  const byTool = /* @__PURE__ */ new Map();
  for (const cap of caps) {
    for (const e of cap.evidence) {
      if (e.tool === void 0) continue;
      const ids = byTool.get(e.tool);
      if (!ids) byTool.set(e.tool, [cap.id]);
      else if (ids[ids.length - 1] !== cap.id) ids.push(cap.id);
    }
  }
  return byTool;
}
function toolReport(t, capabilities) {
  const out = { name: t.name };
  if (t.title !== void 0) out["title"] = t.title;
  out["readOnly"] = t.effective.readOnly;
  out["destructive"] = t.effective.destructive;
  out["openWorld"] = t.effective.openWorld;
  out["idempotent"] = t.effective.idempotent;
  out["annotationsDeclared"] = t.annotationsDeclared;
  if (t.annotationsAllDefault) out["annotationsAllDefault"] = true;
  if (t.annotations) out["annotations"] = t.annotations;
  if (t.requiredScopes) out["requiredScopes"] = t.requiredScopes;
  if (t.httpMethod) out["httpMethod"] = t.httpMethod;
  out["capabilities"] = capabilities;
  out["source"] = t.origins[0]?.path ?? null;
  out["origins"] = t.origins.map((o) => {
    const origin = { path: o.path, format: o.format, provenance: o.provenance };
    if (o.line !== void 0) origin["line"] = o.line;
    return origin;
  });
  return out;
}
function renderJson(result, delta, redactor = defaultRedactor()) {
  return `${redactor.stringify(jsonReport(result, delta), 2)}
`;
}
function jsonReport(result, delta) {
  const p = result.profile;
  const toolCaps = capabilitiesByTool(result.capabilities.capabilities);
  const report = {
    tool: result.tool,
    aivssVersion: result.aivssVersion,
    // At the top: what a pull request changed in its own policy is read before anything else.
    ...result.profileChanges !== void 0 && { profileChanges: result.profileChanges },
    server: {
      name: result.server.name ?? null,
      ...result.server.title !== void 0 && { title: result.server.title },
      version: result.server.version ?? null,
      sources: result.server.sources
    },
    tools: p.tools.map((t) => toolReport(t, toolCaps.get(t.name) ?? [])),
    surface: result.capabilities.surface,
    transports: p.transports,
    packages: p.packages,
    remotes: p.remotes,
    secrets: p.secrets,
    network: p.network,
    safetyKnobs: p.safetyKnobs,
    capabilities: result.capabilities.capabilities.map(capabilityReport)
  };
  if (result.factors) report["factors"] = result.factors;
  if (result.posture !== void 0) report["posture"] = result.posture;
  if (result.postureSnapped !== void 0) report["postureSnapped"] = result.postureSnapped;
  if (result.factorVector !== void 0) {
    report["factorVector"] = { vector: result.factorVector, note: "local to mcp-risk-gate: OWASP AIVSS defines no factor vector string" };
  }
  if (result.score !== void 0) report["score"] = result.score;
  if (result.severity !== void 0) report["severity"] = result.severity;
  if (result.scoreFindingId !== void 0) report["scoreFindingId"] = result.scoreFindingId;
  if (result.scenarios) report["scenarios"] = result.scenarios;
  if (result.controls) report["controls"] = result.controls;
  if (result.layers) report["layers"] = result.layers;
  if (result.findings) report["findings"] = result.findings;
  if (result.improvements) report["improvements"] = result.improvements;
  if (result.fixPath) report["fixPath"] = result.fixPath;
  if (result.lock) report["lock"] = result.lock;
  if (result.waivers) report["waivers"] = result.waivers;
  if (result.introspection) report["introspection"] = result.introspection;
  if (result.assessment) report["assessment"] = result.assessment;
  if (delta) report["delta"] = delta;
  if (result.decision) report["decision"] = result.decision;
  report["errors"] = result.errors;
  report["notices"] = result.notices;
  return report;
}

// src/policy/gating.ts
function findingRole(f, policy, base) {
  if (f.waived !== void 0) return "informs";
  const onlyNew = policy.onlyNew && base !== void 0;
  const preExisting = onlyNew && (base?.findings ?? []).some((b) => b.id === f.id);
  const gated = !preExisting && (f.aivss >= policy.failOnScore || f.kind === "missing-control" && policy.failOnMissing !== "none" && (f.requirement === "required" || policy.failOnMissing === "recommended" && f.requirement === "recommended"));
  if (gated) return policy.warnOnly ? "warns" : "fails";
  return f.severity === "Low" || f.severity === "None" ? "informs" : "warns";
}

// src/report/terminal-safe.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/gu;
function terminalSafe(text, max = 200) {
  const clean = text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`).replace(/[\r\n\t]+/g, " ");
  return truncate(clean, max);
}

// src/report/explain.ts
var TERMS = {
  aivss: { anchor: "aivss", text: "OWASP's Agentic AI Vulnerability Scoring System: a CVSS v4.0 score raised by ten agentic factors, from 0 to 10." },
  maestro: { anchor: "maestro", text: "CSA's seven-layer threat model for agentic AI; control MAE-L3-02 is control 2 of layer 3." },
  posture: { anchor: "posture", text: "The sum of the ten agentic factors (0 to 10): how much agency the tools hand to a model, whatever the controls." },
  scenario: { anchor: "threat-scenarios", text: "A threat scenario is one way this server can be misused, scored with a CVSS v4.0 vector built from its own tools." }
};
var FACTORS = {
  executionAutonomy: { short: "Autonomy", means: "how far the agent acts through these tools without a person approving each step" },
  autonomyOfAction: { short: "Autonomy", means: "how far the agent acts through these tools without a person approving each step" },
  externalToolControlSurface: { short: "Tool control", means: "how much of the outside world the tools can change" },
  dynamicToolUse: { short: "Tool use", means: "how much of the outside world the tools can change, chosen at run time" },
  naturalLanguageInterface: { short: "Language", means: "the agent is steered by natural-language text, so by prompt injection too" },
  goalDrivenPlanning: { short: "Planning", means: "the agent plans several steps towards a goal with these tools" },
  contextualAwareness: { short: "Context", means: "how much outside content reaches the model through the tools" },
  behavioralNonDeterminism: { short: "Non-determinism", means: "how unpredictable the results are (free-form output)" },
  nonDeterminism: { short: "Non-determinism", means: "how unpredictable the results are (free-form output)" },
  opacityReflexivity: { short: "Opacity", means: "how hard it is to see afterwards what the agent did and why" },
  persistentStateRetention: { short: "Memory", means: "whether the tools keep state across calls" },
  persistentMemory: { short: "Memory", means: "whether the tools keep state across calls" },
  dynamicIdentity: { short: "Identity", means: "whether the tools change who holds which permissions" },
  multiAgentInteractions: { short: "Multi-agent", means: "whether the server exchanges work with other agents" },
  selfModification: { short: "Self-modification", means: "whether the tools can change the server's own tools, prompts or code" }
};
function factorShort(id, name) {
  return FACTORS[id]?.short ?? name;
}
function docsHome(p) {
  const repo = typeof p.repository === "string" ? p.repository : p.repository?.url;
  const m = /github\.com[/:]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?(?:[#/?].*)?$/.exec(repo ?? p.homepage ?? "");
  return m !== null ? `https://github.com/${m[1]}/blob/v${p.version}/docs/` : "docs/";
}
var DOCS_HOME = docsHome(package_default);
function docsHref(page, docsUrl) {
  const base = docsUrl !== void 0 && /(?:^|\/)controls\.md$/.test(docsUrl) ? docsUrl.replace(/controls\.md$/, "") : DOCS_HOME;
  return base + page.replace(/^docs\//, "");
}
function docsPage(docs, fallbackAnchor) {
  const m = /^(?:docs\/)?([a-z][a-z0-9-]*\.md)#(.+)$/.exec(docs ?? "");
  const slug = (m?.[2] ?? fallbackAnchor).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return slug === "" ? "" : `${m?.[1] ?? "controls.md"}#${slug}`;
}
function termsUrl(docsUrl, anchor2) {
  return docsHref(`terms.md#${anchor2}`, docsUrl);
}
function bar(value, cells = 10) {
  const v = Math.max(0, Math.min(1, value));
  const full = Math.floor(v * cells);
  const half = v * cells - full >= 0.5 ? 1 : 0;
  return "\u2588".repeat(full) + (half ? "\u258C" : "") + "\u2591".repeat(cells - full - half);
}

// src/report/text.ts
var CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 };
function painter(color) {
  return (style, s) => color ? `\x1B[${CODES[style]}m${s}\x1B[0m` : s;
}
function severityColor(sev) {
  return sev === "Critical" || sev === "High" ? "red" : sev === "Medium" ? "yellow" : "green";
}
function len(s) {
  return Array.from(s).length;
}
function cut(s, max) {
  const points = Array.from(s);
  return points.length <= max ? s : `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
function profileChangesText(result, c) {
  const pc = result.profileChanges;
  if (pc === void 0 || pc.changes.length === 0) return [];
  const loosening = pc.changes.filter((ch) => ch.effect === "loosens").length;
  const state = pc.approval.state === "not-approved" ? c("red", `${loosening} loosen the policy, NOT APPROVED: the base profile's policy applies and the gate fails`) : pc.approval.state === "approved" ? c("yellow", `${loosening} loosen the policy, approved${pc.approval.by !== void 0 ? ` by ${terminalSafe(pc.approval.by, 80)}` : ""}`) : "none loosen the policy";
  const out = ["", `${c("bold", "Profile changes")} against ${terminalSafe(pc.baseRef, 80)} (${pc.changes.length}): ${state}`];
  const order = { loosens: 0, tightens: 1, neutral: 2 };
  for (const ch of [...pc.changes].sort((a, b) => order[a.effect] - order[b.effect]).slice(0, 20)) {
    const tag = ch.effect === "loosens" ? c("red", "LOOSENS ") : ch.effect === "tightens" ? c("green", "tightens") : c("dim", "shown   ");
    out.push(`  ${tag}  ${ch.area.padEnd(9)}  ${terminalSafe(ch.message, 160)}`);
  }
  if (pc.changes.length > 20) out.push(c("dim", `  \u2026 and ${pc.changes.length - 20} more (use --format json)`));
  if (pc.approval.state === "not-approved") out.push(c("dim", `  approval: ${terminalSafe(pc.approval.message, 300)}`));
  return out;
}
function wrap(text, width, indent = "", hang = indent) {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines = [];
  let line = indent;
  let empty = true;
  for (const word of words) {
    const w = len(word) > width - len(hang) ? cut(word, width - len(hang)) : word;
    if (!empty && len(line) + 1 + len(w) > width) {
      lines.push(line);
      line = hang + w;
    } else {
      line = empty ? line + w : `${line} ${w}`;
    }
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}
function table(rows, width, indent = "  ") {
  const cols = rows[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => len(r[i] ?? ""))));
  return rows.map(
    (r) => cut(
      indent + r.map((c, i) => i < cols - 1 ? c + " ".repeat(Math.max(0, (widths[i] ?? 0) - len(c))) : c).join("  ").trimEnd(),
      width
    )
  );
}
function renderText(unsafeResult, opts) {
  const redactor = opts.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const delta = opts.delta !== void 0 ? redactor.deep(opts.delta) : void 0;
  const width = Math.max(60, opts.width ?? 80);
  const c = painter(opts.color);
  const docs = docsHref("", opts.docsUrl);
  const policy = opts.policy ?? resolvePolicy();
  const out = [];
  const say = (text, indent = "", hang = indent) => out.push(...wrap(text, width, indent, hang));
  const p = result.profile;
  out.push(c("bold", `mcp-risk-gate ${result.tool.version}`) + `  \xB7  AIVSS v${result.aivssVersion}`);
  out.push(...profileChangesText(result, c));
  out.push(`${c("bold", "Server")}  ${cut(terminalSafe(result.server.name ?? "(unnamed server)"), width - 20)}${result.server.version ? ` ${cut(terminalSafe(result.server.version), 12)}` : ""}`);
  if (result.server.sources.length === 0) out.push(c("yellow", "  no MCP manifest found"));
  for (const s2 of result.server.sources) out.push(c("dim", cut(`  ${terminalSafe(s2.path)}  (${s2.format}${s2.schemaVersion ? ` ${s2.schemaVersion}` : ""})`, width)));
  const transports = [...new Set(p.transports.map((t) => `${t.type}${t.via === "remote" ? " (remote)" : ""}`))];
  say(`Transports: ${transports.join(", ") || "none declared"}`);
  if (p.secrets.length > 0) say(`Secrets: ${p.secrets.map((s2) => `${terminalSafe(s2.name, 60)}${s2.markedSecret ? "" : " (unmarked)"}`).join(", ")}`);
  const decision = result.decision;
  if (decision !== void 0) {
    out.push("");
    const color = decision.result === "pass" ? "green" : decision.result === "warn" ? "yellow" : "red";
    const head = { pass: "PASS", warn: "WARN (policy exceeded, warn-only)", fail: "FAIL", error: "ERROR (input errors)" }[decision.result];
    const score = result.score !== void 0 ? ` \xB7 risk ${result.score.toFixed(1)} ${result.severity ?? ""}` : "";
    out.push(`${c("bold", "Decision")}  ${c("bold", c(color, head))}${score}${result.posture !== void 0 ? ` \xB7 posture ${result.posture} / 10` : ""}`);
    for (const r of decision.reasons) say(`- ${terminalSafe(r, 600)}`, "  ", "    ");
    const way = decision.wayToPass;
    if (way !== void 0) {
      out.push("");
      if (way.possible) out.push(c("bold", `Next step: ${way.fixes.length === 1 ? "one fix passes" : `${way.fixes.length} fixes pass`} (re-scored in order)`));
      else {
        out.push(c("bold", "Next step: no fix in the catalog passes this policy."));
        say(terminalSafe(way.why ?? "", 800), "  ");
      }
      way.fixes.forEach((f, i) => {
        const finding = (result.findings ?? []).find((x) => x.id === f.fix) ?? (result.findings ?? []).find((x) => x.controlId === f.fix);
        say(`${i + 1}. ${terminalSafe(finding?.title ?? f.title, 120)} -> ${f.score.toFixed(1)} ${f.severity}`, "  ", "     ");
      });
    }
  }
  if (delta !== void 0) {
    out.push("");
    out.push(c("bold", "Changes against the base"));
    if (!hasChanges(delta)) out.push("  No change in tools, findings, score or posture.");
    else {
      say(`Risk ${opt(delta.score.before)} -> ${opt(delta.score.after)} \xB7 posture ${opt(delta.posture.before)} -> ${opt(delta.posture.after)}`, "  ");
      const names = (l) => [...l].sort(naturalCompare).slice(0, 10).map((n) => terminalSafe(n, 60)).join(", ") + (l.length > 10 ? ` and ${l.length - 10} more` : "");
      if (delta.tools.added.length > 0) say(`Tools added (${delta.tools.added.length}): ${names(delta.tools.added)}`, "  ", "    ");
      if (delta.tools.removed.length > 0) say(`Tools removed (${delta.tools.removed.length}): ${names(delta.tools.removed)}`, "  ", "    ");
      if (delta.tools.changed.length > 0) say(`Tools changed (${delta.tools.changed.length}): ${names(delta.tools.changed.map((t) => t.name))}`, "  ", "    ");
      if (delta.findings.new.length > 0) say(`New findings (${delta.findings.new.length}): ${sortFindings(delta.findings.new).slice(0, 10).map((f) => `${terminalSafe(f.title, 80)} ${f.aivss.toFixed(1)}`).join("; ")}`, "  ", "    ");
      if (delta.findings.fixed.length > 0) say(`Fixed (${delta.findings.fixed.length}): ${sortFindings(delta.findings.fixed).slice(0, 10).map((f) => terminalSafe(f.title, 80)).join("; ")}`, "  ", "    ");
      if (delta.factors.length > 0) say(`Factors: ${delta.factors.map((f) => `${factorShort(f.id, f.name)} ${opt(f.before)} -> ${opt(f.after)}`).join("; ")}`, "  ", "    ");
    }
  }
  const s = result.capabilities.surface;
  out.push("");
  if (s.unknown) {
    say("Tools: none declared, so the tool surface is UNKNOWN (not safe). Provide a tools dump (--tools) or introspect the server.");
  } else {
    out.push(`${c("bold", "Tools")}  ${s.toolCount}${s.incomplete ? " (list marked incomplete)" : ""}: ${s.readOnly} read-only, ${s.destructive} destructive, ${s.annotated} annotated`);
    const rows = [["name", "read", "destr.", "open", "annotations"]];
    const shown = p.tools.slice(0, 40);
    for (const t of shown) {
      rows.push([terminalSafe(t.name, 40), t.effective.readOnly ? "yes" : "no", t.effective.destructive ? "yes" : "no", t.effective.openWorld ? "yes" : "no", t.annotationsDeclared ? "declared" : t.annotationsAllDefault ? "SDK defaults" : "none"]);
    }
    out.push(...table(rows, width).map((l, i) => i === 0 ? c("dim", l) : l));
    if (p.tools.length > shown.length) out.push(c("dim", `  \u2026 and ${p.tools.length - shown.length} more (--format json lists all)`));
  }
  out.push("");
  out.push(c("bold", "Capabilities"));
  if (result.capabilities.capabilities.length === 0) out.push("  none detected");
  for (const cap of result.capabilities.capabilities) {
    const first = cap.evidence.slice(0, 2).map((e) => terminalSafe(e.detail, 90));
    const more = cap.evidence.length > 2 ? ` (+${cap.evidence.length - 2} more)` : "";
    say(`${cap.id.padEnd(18)} ${first.join("; ")}${more}`, "  ", " ".repeat(21));
  }
  if (result.factors) {
    out.push("");
    const snapped = result.postureSnapped !== void 0 && result.postureSnapped !== result.posture ? ` (snapped: ${result.postureSnapped})` : "";
    out.push(`${c("bold", "Agentic factors")}  posture ${result.posture ?? "?"} / 10${snapped}`);
    say(`${TERMS.posture.text} AIVSS: ${TERMS.aivss.text}`, "  ");
    const base = new Map((opts.base?.factors ?? []).map((f) => [f.id, f.value]));
    for (const f of result.factors) {
      const label = factorShort(f.id, f.name).padEnd(18);
      const was = base.size > 0 ? ` (base ${base.get(f.id) ?? 0})` : "";
      const mark = `${f.overridden ? "*" : ""}${f.continuous ? "~" : ""}`;
      out.push(...wrap(`${label}${bar(f.value)} ${String(f.value).padEnd(4)}${mark}${was}  ${FACTORS[f.id]?.means ?? ""}`.replace(/ /g, "\xA0").replace(/\u00A0{2}(?=[a-z])/, "  "), width, "  ", " ".repeat(36)).map((l) => l.replace(/\u00A0/g, " ")));
    }
    out.push(c("dim", "  What each factor measures: terms.md#factors (docs below)"));
  }
  if (result.controls) {
    out.push("");
    out.push(`${c("bold", "MAESTRO layers")}  (+ present, x missing, ~ waived)`);
    say(TERMS.maestro.text, "  ");
    for (const id of Object.keys(MAESTRO_LAYERS)) {
      const mine = result.controls.filter((x) => x.status !== "not-applicable" && x.layers[0] === id);
      const strip = mine.map((x) => x.status === "present" ? "+" : x.status === "waived" ? "~" : "x").sort().join("");
      const missing = mine.filter((x) => x.status === "missing").length;
      out.push(cut(`  ${`${id} ${MAESTRO_LAYERS[id]}`.padEnd(34)} ${strip.padEnd(8)} ${mine.length - missing} of ${mine.length} present`, width));
    }
  }
  if (result.findings) {
    out.push("");
    const open = sortFindings(result.findings.filter((f) => !f.waived));
    const waived = result.findings.length - open.length;
    out.push(c("bold", `Findings (${open.length} open${waived > 0 ? `, ${waived} waived` : ""})`) + "  worst first; the ones that fail the gate with their fix");
    const shown = open.slice(0, 25);
    for (const f of shown) out.push(...findingLines(f, findingRole(f, policy, opts.base) === "fails", width, c));
    if (open.length > shown.length) out.push(c("dim", `  \u2026 and ${open.length - shown.length} more (--format json lists all)`));
  }
  out.push("");
  if (docs === "docs/") out.push(...wrap("Docs: controls.md, checks.md and terms.md in the docs/ folder of the mcp-risk-gate package", width, "", "  ").map((l) => c("dim", l)));
  else out.push(c("dim", "Docs (controls.md, checks.md, terms.md):"), c("dim", `  ${docs}`));
  if (result.errors.length > 0) {
    out.push("");
    out.push(c("red", c("bold", `Input errors (${result.errors.length})`)));
    for (const e of result.errors) {
      const where = `${terminalSafe(e.path)}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ""}` : ""}`;
      say(`${where}  ${terminalSafe(e.message, 300)}`, "  ", "    ");
      if (e.hint) say(`fix: ${terminalSafe(e.hint, 300)}`, "    ", "      ");
    }
  }
  if (result.notices.length > 0) {
    out.push("");
    out.push(c("dim", `Notices (${result.notices.length})`));
    for (const n of result.notices.slice(0, 20)) out.push(...wrap(`${terminalSafe(n.path)}  ${terminalSafe(n.message, 200)}`, width, "  ", "    ").map((l) => c("dim", l)));
    if (result.notices.length > 20) out.push(c("dim", `  \u2026 and ${result.notices.length - 20} more`));
  }
  return out.join("\n") + "\n";
}
function findingLines(f, fails, width, c) {
  const head = `${f.aivss.toFixed(1).padStart(4)} ${f.severity.padEnd(8)} `;
  const title = `${terminalSafe(f.title, 160)}${f.requirement ? ` (${f.requirement})` : ""}`;
  const lines = wrap(title, width - len(head) - 2, "", "");
  const out = [`  ${c(severityColor(f.severity), head)}${lines[0] ?? ""}`, ...lines.slice(1).map((l) => `  ${" ".repeat(len(head))}${l}`)];
  if (!fails) return out;
  const pad = " ".repeat(len(head) + 2);
  const where = f.addFile !== void 0 ? `add ${f.addFile}` : f.locations.filter((l) => l.path !== ".").slice(0, 2).map((l) => `${l.path}${l.line ? `:${l.line}` : ""}`).join(", ") + (f.locations.length > 2 ? ` (+${f.locations.length - 2})` : "");
  if (where !== "") out.push(...wrap(`where: ${terminalSafe(where, 200)}`, width, pad, `${pad}  `).map((l) => c("dim", l)));
  out.push(...wrap(`fix: ${terminalSafe(f.fix?.text ?? f.remediation, 600)}`, width, pad, `${pad}  `));
  const own = f.docs !== void 0 && /^https:\/\/[^\s"<>]+$/.test(f.docs) ? terminalSafe(f.docs, 300) : void 0;
  const page = f.kind === "scenario" ? "" : docsPage(f.docs, f.controlId ?? "");
  out.push(c("dim", `${pad}docs: ${own ?? (page !== "" ? page : `terms.md#${TERMS.scenario.anchor}`)}`));
  return out;
}
function opt(n) {
  return n === void 0 ? "-" : n.toFixed(1);
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- mcp-risk-gate:comment -->";
var IDS_PREFIX = "<!-- mcp-risk-gate:findings ";
var IDS_MAX_CHARS = 8e3;
var COMMENT_MAX_CHARS = 65535;
var SUMMARY_MAX_BYTES = 1e6;
var COMMENT_LEVELS = [
  { findings: 40, detailed: 0, tools: 0, listed: 3, pictures: true, notices: 10 },
  { findings: 15, detailed: 0, tools: 0, listed: 3, pictures: true, notices: 5 },
  { findings: 5, detailed: 0, tools: 0, listed: 3, pictures: false, notices: 0 }
];
var SUMMARY_LEVELS = [
  { findings: 5e3, detailed: 5e3, tools: 5e3, listed: 50, pictures: true, notices: 500 },
  { findings: 1e3, detailed: 200, tools: 1e3, listed: 20, pictures: true, notices: 100 },
  { findings: 300, detailed: 50, tools: 200, listed: 10, pictures: true, notices: 30 },
  { findings: 50, detailed: 10, tools: 50, listed: 5, pictures: false, notices: 10 }
];
var ICON = { Critical: "\u{1F534}", High: "\u{1F7E0}", Medium: "\u{1F7E1}", Low: "\u{1F535}", None: "\u26AA" };
var AIVSS_HOME = "https://aivss.owasp.org/";
function renderMarkdown(unsafeResult, unsafeDecision, unsafeOptions) {
  const redactor = unsafeOptions.redactor ?? defaultRedactor();
  const result = redactor.deep(unsafeResult);
  const decision = redactor.deep(unsafeDecision);
  const options = {
    ...unsafeOptions,
    ...unsafeOptions.delta !== void 0 ? { delta: redactor.deep(unsafeOptions.delta) } : {},
    ...unsafeOptions.previousFindingIds !== void 0 ? { previousFindingIds: redactor.deep(unsafeOptions.previousFindingIds) } : {},
    ...unsafeOptions.base !== void 0 ? { base: redactor.deep(unsafeOptions.base) } : {}
  };
  const comment = options.target === "comment";
  const fits = (text) => comment ? text.length <= (options.budget ?? COMMENT_MAX_CHARS) : new TextEncoder().encode(text).length <= (options.budget ?? SUMMARY_MAX_BYTES);
  const findings = sortFindings(result.findings ?? []);
  const way = decision.wayToPass ?? result.decision?.wayToPass;
  const levels = comment ? COMMENT_LEVELS : SUMMARY_LEVELS;
  for (const level2 of levels) {
    const text = render({ result, decision, options, findings, way, level: level2, comment, cut: level2 !== levels[0] });
    if (fits(text)) return text;
  }
  return [...comment ? [COMMENT_MARKER] : [], verdict(decision), "", "The report was too large for this channel; see the job summary, the SARIF file or the JSON report."].join("\n") + "\n";
}
function waiverProblems(result) {
  return (result.waivers ?? []).filter((w) => w.state === "expired" || w.state === "hash-changed" || w.state === "invalid" || w.state === "unused");
}
function render(c) {
  const out = [];
  if (c.comment) {
    out.push(COMMENT_MARKER);
    out.push(`${IDS_PREFIX}${encodeIds(c.findings)} -->`);
  }
  out.push(verdict(c.decision), "");
  out.push(...profileChangesSection(c.result, c.level));
  out.push(headline(c), "");
  out.push(...waiverSection(c));
  out.push(...reasonsSection(c));
  out.push(...nextStepSection(c));
  if (c.options.delta !== void 0) out.push(...deltaSection(c.options.delta, c));
  out.push(...fixedSinceLastRun(c));
  out.push(...cutNote(c));
  if (c.comment) out.push(...commentRest(c));
  else out.push(...summaryRest(c));
  out.push(footer(c));
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
function headline(c) {
  const r = c.result;
  const name = r.server.name ?? r.profile.name;
  const server = name !== void 0 ? `${escapeCode(name)}${r.server.version !== void 0 ? ` ${escapeCode(r.server.version, { max: 40 })}` : ""} \xB7 ` : "";
  const aivss = `[AIVSS v${/^[0-9]+\.[0-9]+$/.test(r.aivssVersion) ? r.aivssVersion : "?"}](${AIVSS_HOME} "OWASP agentic AI risk score, 0 to 10")`;
  const score = r.score === void 0 ? `**Risk** not evaluated` : `**Risk ${ICON[r.severity ?? "None"]} ${fmt(r.score)} ${r.severity ?? ""}** (${aivss})`;
  const open = (r.findings ?? []).filter((f) => f.waived === void 0).length;
  const waived = (r.findings ?? []).length - open;
  const findings = r.findings === void 0 ? "findings not evaluated" : `${count(open, "open finding")}${waived > 0 ? ` (${waived} waived)` : ""}`;
  const tools = r.capabilities.surface.unknown ? "tools unknown" : count(r.capabilities.surface.toolCount, "tool");
  const posture = r.posture === void 0 ? "" : ` \xB7 [posture](${termsUrl(safeUrl(c.options.docsUrl), TERMS.posture.anchor)} "Sum of the ten agentic factors") ${fmt(r.posture)} / 10`;
  const line = `${server}${score} \xB7 ${findings} \xB7 ${tools}${posture}`;
  if (c.comment) return line;
  return `${line}

<sub>${escapeInline(TERMS.aivss.text, { max: 400 })} The risk score is the worst finding's. ${escapeInline(TERMS.posture.text, { max: 400 })} [What the terms mean](${termsUrl(safeUrl(c.options.docsUrl), "aivss")}).</sub>`;
}
function attr(text) {
  return text.replace(/"/g, "'").replace(/[<>]/g, "");
}
function waiverSection(c) {
  const problems = waiverProblems(c.result);
  if (problems.length === 0) return [];
  const file = escapeCode(c.result.profile.configPath ?? ".mcp-risk.yml");
  const out = ["> [!WARNING]", `> ${count(problems.length, "waiver")} in ${file} ${problems.length === 1 ? "does" : "do"} not apply:`];
  for (const w of problems.slice(0, c.level.listed)) out.push(`> - ${escapeInline(w.message, { max: room(c, 300) })}`);
  if (problems.length > c.level.listed) out.push(`> - and ${problems.length - c.level.listed} more`);
  return [...out, ""];
}
function reasonsSection(c) {
  const reasons = c.decision.reasons;
  if (reasons.length === 0) return [];
  if (c.comment) {
    const shown = c.decision.result === "pass" ? reasons.slice(0, 1) : reasons.slice(0, 4);
    return [...shown.map((r) => `- ${escapeInline(shortReason(r), { max: 300 })}`), ""];
  }
  return [...reasons.map((r) => `- ${escapeInline(r, { max: room(c, 600) })}`), ""];
}
function shortReason(reason) {
  return reason.replace(/ \(worst: [^)]*\)/, "").replace(/: (?:MAE|CHK|SCN|MRG)-[^\s,]+(?:, [^\s,]+)*(?: and \d+ more)?\.?$/, ".");
}
function findingFor(c, fix) {
  return c.findings.find((f) => f.id === fix) ?? c.findings.find((f) => f.controlId === fix);
}
function nextStepSection(c) {
  const way = c.way;
  if (way === void 0 || c.decision.result === "pass") return [];
  const out = ["#### Next step", ""];
  if (way.possible) {
    out.push(way.fixes.length === 1 ? "One fix passes the gate:" : `These ${way.fixes.length} fixes pass the gate (each score re-computed with the fixes above it):`, "");
  } else {
    out.push(`No fix in the catalog passes this policy. ${escapeInline(namedIds(way.why ?? "", c), { max: 800 })}`, "");
    if (way.fixes.length > 0) out.push("What lowers the score most:", "");
  }
  const shown = c.comment ? way.fixes.slice(0, 3) : way.fixes;
  shown.forEach((fx, i) => {
    const f = findingFor(c, fx.fix);
    const title = f !== void 0 ? f.title : fx.title;
    const link = f !== void 0 ? docsLink(f, c) : "";
    out.push(`${i + 1}. **${escapeInline(title, { max: 120 })}** \u2192 ${fmt(fx.score)} ${escapeInline(fx.severity, { max: 20 })}${f !== void 0 ? ` \xB7 ${whereText(f, c, 1)}` : ""}${link !== "" ? ` \xB7 [how](${link})` : ""}`);
  });
  if (way.fixes.length > shown.length) out.push(`${shown.length + 1}. \u2026and ${way.fixes.length - shown.length} more (job summary)`);
  out.push("");
  const first = way.fixes[0] !== void 0 ? findingFor(c, way.fixes[0].fix) : void 0;
  if (first !== void 0) out.push(...fixBody(first, c, c.comment ? "first" : "full"));
  return out;
}
function namedIds(text, c) {
  return text.replace(/\bMAE-L\d-\d\d\b/g, (id) => {
    const f = c.findings.find((x) => x.controlId === id && x.kind === "missing-control");
    return f !== void 0 ? `${f.title} (${id})` : id;
  });
}
function fixBody(f, c, mode) {
  const out = [];
  const text = f.fix?.text ?? f.remediation;
  out.push(`${mode === "first" ? `**${escapeInline(f.title, { max: 120 })}:** ` : "**Fix:** "}${inline(text)}`, "");
  const s = f.fix?.snippet;
  if (s !== void 0) {
    const added = s.file !== void 0 && (f.addFile !== void 0 && (s.file === f.addFile || s.file.startsWith(`${f.addFile.replace(/\/+$/, "")}/`)) || s.file.startsWith(".github/workflows/"));
    const where = s.file === void 0 ? "For example" : s.fileExists === true ? `In ${escapeCode(s.file)}` : added ? `Add ${escapeCode(s.file)} (new file)` : "For example";
    out.push(`${where}:`, "", ...codeBlock(s.lang, s.code), "");
  }
  return out;
}
function inline(text) {
  const parts = text.split(/(`+)([^`]+?)\1/);
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 3 === 0) out.push(escapeInline(parts[i] ?? "", { max: 2e3 }));
    else if (i % 3 === 2) out.push(escapeCode(parts[i] ?? "", { max: 400 }));
  }
  return out.join("");
}
function codeBlock(lang, code) {
  const clean = wellFormed(code).replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${/^[a-z]+$/.test(lang) ? lang : ""}`, ...clean.split("\n").map((l) => flatten(l)), fence];
}
function whereText(f, c, max) {
  if (f.addFile !== void 0) return `add ${escapeCode(f.addFile)}`;
  const locs = f.locations.filter((l) => l.path !== "." && l.path !== "");
  if (locs.length === 0) return "the repository";
  const shown = locs.slice(0, max).map((l) => escapeCode(`${l.path}${l.line !== void 0 ? `:${l.line}` : ""}`, { max: 160 }));
  return `${shown.join(", ")}${locs.length > max ? ` and ${locs.length - max} more` : ""}`;
}
function docsLink(f, c) {
  if (f.kind === "scenario") return termsUrl(safeUrl(c.options.docsUrl), TERMS.scenario.anchor);
  const own = f.docs !== void 0 && /^https:\/\//.test(f.docs) ? safeUrl(f.docs) : void 0;
  if (own !== void 0) return own;
  const page = docsPage(f.docs, f.controlId ?? f.id.split(":")[0] ?? "");
  return page === "" ? "" : docsHref(page, safeUrl(c.options.docsUrl));
}
function deltaSection(delta, c) {
  const out = ["#### Changes in this pull request", ""];
  if (!hasChanges(delta)) return [...out, "No change in tools, findings, score or posture against the base.", ""];
  const n = c.level.listed;
  out.push(`- **Risk** ${opt2(delta.score.before)} \u2192 ${opt2(delta.score.after)}${change(delta.score.before, delta.score.after)} \xB7 **posture** ${opt2(delta.posture.before)} \u2192 ${opt2(delta.posture.after)}${change(delta.posture.before, delta.posture.after)}`);
  const names = (list) => {
    const sorted = [...list].sort(naturalCompare);
    return `${sorted.slice(0, n).map((x) => escapeCode(x)).join(", ")}${sorted.length > n ? ` and ${sorted.length - n} more` : ""}`;
  };
  if (delta.tools.added.length > 0) out.push(`- **Tools added (${delta.tools.added.length}):** ${names(delta.tools.added)}`);
  if (delta.tools.removed.length > 0) out.push(`- **Tools removed (${delta.tools.removed.length}):** ${names(delta.tools.removed)}`);
  if (delta.tools.changed.length > 0) {
    const sorted = [...delta.tools.changed].sort((a, b) => naturalCompare(a.name, b.name));
    const shown = sorted.slice(0, n).map((t) => `${escapeCode(t.name)} (${t.fields.join(", ")})`);
    out.push(`- **Tools changed (${sorted.length}):** ${shown.join(", ")}${sorted.length > n ? ` and ${sorted.length - n} more` : ""}`);
  }
  if (delta.findings.new.length > 0) out.push(`- **New findings (${delta.findings.new.length}):** ${titles(delta.findings.new, n)}`);
  if (delta.findings.fixed.length > 0) out.push(`- **Fixed by this PR (${delta.findings.fixed.length}):** ${titles(delta.findings.fixed, n)}`);
  if (delta.factors.length > 0) {
    out.push(`- **Factors changed:** ${delta.factors.map((f) => `${escapeInline(factorShort(f.id, f.name), { max: 60 })} ${opt2(f.before, 1)} \u2192 ${opt2(f.after, 1)}`).join("; ")}`);
  }
  return [...out, ""];
}
function titles(findings, max) {
  const groups = group(sortFindings(findings));
  const shown = groups.slice(0, max).map((g) => `${escapeInline(g.title, { max: 100 })} ${fmt(g.worst.aivss)}${g.items.length > 1 ? ` (${g.items.length} tools)` : ""}`);
  return `${shown.join("; ")}${groups.length > max ? `; and ${groups.length - max} more` : ""}`;
}
function fixedSinceLastRun(c) {
  const previous = c.options.previousFindingIds;
  if (previous === void 0) return [];
  const now = new Set(c.findings.map((f) => wellFormed(f.id)));
  const fixed = [...new Set(previous)].filter((id) => !now.has(id)).sort(naturalCompare);
  if (fixed.length === 0) return [];
  const n = c.level.listed;
  const shown = fixed.slice(0, n).map((id) => escapeCode(id)).join(", ");
  return ["#### Fixed since last run", "", `${count(fixed.length, "finding")} gone since the previous report: ${shown}${fixed.length > n ? ` and ${fixed.length - n} more` : ""}.`, ""];
}
function group(findings) {
  const map = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${ruleOf(f)}\0${f.title}\0${f.waived !== void 0 ? "w" : ""}`;
    const g = map.get(key);
    if (g === void 0) map.set(key, { key, title: f.title, worst: f, items: [f] });
    else g.items.push(f);
  }
  return [...map.values()];
}
function ruleOf(f) {
  return f.controlId ?? f.id.split(":")[0] ?? f.id;
}
function toolNames(g, max) {
  const names = [...new Set(g.items.map((f) => f.tool).filter((t) => t !== void 0))].sort(naturalCompare);
  if (names.length <= 1) return names.length === 1 ? ` \xB7 ${escapeCode(names[0], { max: 48 })}` : "";
  return ` \xB7 ${names.length} tools: ${names.slice(0, max).map((t) => escapeCode(t, { max: 48 })).join(", ")}${names.length > max ? ` and ${names.length - max} more` : ""}`;
}
function findingLine(g, c) {
  const f = g.worst;
  const req = f.requirement !== void 0 ? ` (${f.requirement})` : "";
  const waived = f.waived !== void 0 ? " \xB7 _waived_" : "";
  return `- ${ICON[f.severity]} ${fmt(f.aivss)} ${escapeInline(f.title, { max: 120 })}${req}${toolNames(g, c.level.listed)}${waived}`;
}
function commentRest(c) {
  const out = [];
  const groups = group(c.findings);
  if (groups.length > 0) {
    const shown = groups.slice(0, c.level.findings);
    out.push(`<details><summary>All ${count(c.findings.length, "finding")}, worst first</summary>`, "");
    out.push(...shown.map((g) => findingLine(g, c)));
    if (groups.length > shown.length) out.push(`- \u2026and ${groups.length - shown.length} more`);
    out.push("", `What is missing, where, the fix and the evidence for each: ${detailsLink(c)}.`, "", "</details>", "");
  }
  if (c.level.pictures && c.decision.result !== "pass") out.push(...picturesSection(c, true));
  out.push(...waiveHowTo(c));
  out.push(...noticesSection(c));
  return out;
}
var EFFECT_LABEL = { loosens: "\u{1F513} loosens", tightens: "\u{1F512} tightens", neutral: "\u2139\uFE0F shown only" };
function profileChangesSection(result, level2) {
  const pc = result.profileChanges;
  if (pc === void 0 || pc.changes.length === 0) return [];
  const file = escapeCode(pc.headProfile ?? pc.baseProfile ?? ".mcp-risk.yml", { max: 160 });
  const out = [`#### Profile changes in this pull request (${file} against ${escapeCode(pc.baseRef, { max: 120 })})`, ""];
  const loosening = pc.changes.filter((c) => c.effect === "loosens").length;
  const approval = escapeText(pc.approval.message, { max: 400 });
  if (pc.approval.state === "not-approved") {
    out.push(`> [!CAUTION]`, `> **${loosening} change${loosening === 1 ? "" : "s"} loosen${loosening === 1 ? "s" : ""} the policy and ${loosening === 1 ? "is" : "are"} not approved:** the base profile's policy, waivers and overrides apply (with this pull request's tightening), and the gate fails. ${approval}`, "");
  } else if (pc.approval.state === "approved") {
    out.push(`**${loosening} change${loosening === 1 ? "" : "s"} loosen${loosening === 1 ? "s" : ""} the policy, approved${pc.approval.by !== void 0 ? ` by ${escapeText(pc.approval.by, { max: 120 })}` : ""}:** this pull request's profile applies.`, "");
  } else {
    out.push("Nothing here loosens the policy; tightening applies at once.", "");
  }
  const order = { loosens: 0, tightens: 1, neutral: 2 };
  const changes = [...pc.changes].sort((a, b) => order[a.effect] - order[b.effect]);
  const shown = changes.slice(0, level2.listed);
  out.push("| Effect | Key | Change |", "|---|---|---|");
  for (const c of shown) out.push(`| ${EFFECT_LABEL[c.effect]} | \`${c.area}\` | ${escapeText(c.message, { max: 300 })} |`);
  if (changes.length > shown.length) out.push(`| | | \u2026and ${changes.length - shown.length} more (see the JSON report's \`profileChanges\`) |`);
  return [...out, ""];
}
function cutNote(c) {
  if (!c.cut) return [];
  const groups = group(c.findings).length;
  const what = [
    groups > c.level.findings ? `${groups - c.level.findings} of ${groups} findings` : "",
    !c.comment && c.level.detailed < groups ? "the detail of some findings" : "",
    c.level.pictures ? "" : "the pictures"
  ].filter((x) => x !== "");
  const url = safeUrl(c.options.detailsUrl);
  const where = url !== void 0 ? ` Full report: [run summary](${url}).` : " The SARIF and JSON reports have everything.";
  return ["> [!NOTE]", `> Shortened to fit GitHub's ${c.comment ? "comment" : "job summary"} size limit: left out ${what.join(", ") || "some detail"}.${where}`, ""];
}
function detailsLink(c) {
  const url = safeUrl(c.options.detailsUrl);
  return url !== void 0 ? `[the run's job summary](${url})` : "the run's job summary";
}
function summaryRest(c) {
  const out = [];
  if (c.level.pictures) out.push(...picturesSection(c, false));
  out.push(...findingsDetail(c));
  out.push(...controlsSection(c));
  out.push(...scenariosSection(c));
  out.push(...factorsSection(c));
  out.push(...toolsSection(c));
  out.push(...noticesSection(c));
  return out;
}
function findingsDetail(c) {
  if (c.result.findings === void 0) return ["#### Findings", "", "Not evaluated.", ""];
  if (c.findings.length === 0) return ["#### Findings", "", "None.", ""];
  const out = [`#### Findings (${c.findings.length})`, "", `Worst first. Missing controls come from [CSA MAESTRO](${docsHref("controls.md", safeUrl(c.options.docsUrl))} "${attr(TERMS.maestro.text)}"): ${escapeInline(TERMS.maestro.text, { max: 300 })}`, ""];
  const groups = group(c.findings);
  let detailed = 0;
  for (const g of groups.slice(0, c.level.findings)) {
    const f = g.worst;
    if (detailed >= c.level.detailed) {
      out.push(findingLine(g, c));
      continue;
    }
    detailed++;
    const req = f.requirement !== void 0 ? ` \xB7 ${f.requirement}` : "";
    out.push(`##### ${ICON[f.severity]} ${fmt(f.aivss)} ${f.severity} \xB7 ${escapeInline(f.title, { max: 160 })}${req}${f.waived !== void 0 ? " \xB7 waived" : ""}`, "");
    const ids = g.items.length > 1 ? `${escapeCode(ruleOf(f))} on ${count(g.items.length, "tool")}` : escapeCode(f.id);
    out.push(`${ids}${f.controlTitle !== void 0 ? ` \xB7 control: ${escapeInline(f.controlTitle, { max: 120 })}` : ""} \xB7 CVSS ${fmt(f.cvss.score)} ${escapeCode(f.cvss.vector, { max: 120 })}`, "");
    if (g.items.length > 1) out.push(`**Tools:**${toolNames(g, c.level.listed).replace(/^ · /, " ")}`, "");
    const missing = f.missing ?? [];
    if (missing.length > 0) {
      out.push("**Missing:**", "", ...missing.slice(0, c.level.listed).map((m) => `- ${escapeInline(plainDetail(m), { max: room(c, 600) })}`), "");
    }
    out.push(`**Why it matters:** ${escapeInline(plainDetail(f.message), { max: room(c, 1500) })}`, "");
    out.push(`**Where:** ${whereText(f, c, 5)}`, "");
    out.push(...fixBody(f, c, "full"));
    const link = docsLink(f, c);
    if (link !== "") out.push(`[More about this control](${link})`, "");
    if (f.waived !== void 0) {
      out.push(`**Waived** until ${escapeInline(f.waived.expires, { max: 10 })}${f.waived.owner !== void 0 ? ` by ${escapeInline(f.waived.owner, { max: 60 })}` : ""}: ${escapeInline(f.waived.justification, { max: 300 })}`, "");
    } else {
      out.push("<details><summary>To waive it instead</summary>", "", `Add to ${escapeCode(c.result.profile.configPath ?? ".mcp-risk.yml")}:`, "", ...codeBlock("yaml", waiverYaml([f])), "", "</details>", "");
    }
  }
  if (groups.length > c.level.findings) out.push(`- \u2026and ${groups.length - c.level.findings} more (SARIF or JSON report)`, "");
  return out;
}
function waiverYaml(findings) {
  const lines = ["waivers:"];
  for (const f of findings) {
    const id = f.tool !== void 0 && f.id.includes(":") ? ruleOf(f) : f.id;
    lines.push(`  - id: ${yamlString(id)}`);
    if (f.tool !== void 0) lines.push(`    tool: ${yamlString(f.tool)}`);
    lines.push('    justification: "TODO: why this risk is acceptable here"', '    owner: "TODO: team or person"', '    expires: "YYYY-MM-DD" # at most 90 days out');
  }
  return lines.join("\n");
}
function yamlString(s) {
  return JSON.stringify(wellFormed(s)).replace(/[[\]()<>@]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`).replace(/[\u0080-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`).replace(/\uDB40[\uDC00-\uDDEF]/g, (pair) => `\\U${(pair.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(8, "0")}`);
}
function waiveHowTo(c) {
  if (c.decision.result === "pass") return [];
  const target = c.findings.find((f) => f.waived === void 0);
  if (target === void 0) return [];
  return [
    "<details><summary>To waive a finding instead</summary>",
    "",
    `Add a waiver with a reason, an owner and an expiry to ${escapeCode(c.result.profile.configPath ?? ".mcp-risk.yml")}; for the worst finding:`,
    "",
    ...codeBlock("yaml", waiverYaml([target])),
    "",
    "Expired waivers stop applying and are reported at the top of this comment. The job summary has a snippet for every finding.",
    "",
    "</details>",
    ""
  ];
}
function layerRows(r) {
  const rows = /* @__PURE__ */ new Map();
  for (const id of Object.keys(MAESTRO_LAYERS)) rows.set(id, { id, name: MAESTRO_LAYERS[id], present: [], missing: [], waived: [] });
  const missingTitle = new Map((r.findings ?? []).filter((f) => f.kind === "missing-control" && f.controlId !== void 0).map((f) => [f.controlId, f.title]));
  for (const ctl of r.controls ?? []) {
    if (ctl.status === "not-applicable") continue;
    const row = rows.get(ctl.layers[0] ?? "L1");
    if (row === void 0) continue;
    const label = ctl.status === "missing" ? missingTitle.get(ctl.id) ?? ctl.title : ctl.title;
    (ctl.status === "present" ? row.present : ctl.status === "waived" ? row.waived : row.missing).push(label);
  }
  return [...rows.values()];
}
function picturesSection(c, collapsed) {
  const r = c.result;
  const out = [];
  const factors = r.factors ?? [];
  if (factors.length > 0) {
    const base = c.options.base?.factors;
    const baseById = new Map((base ?? []).map((f) => [f.id, f.value]));
    const heading = `Agentic factors: posture ${fmt(r.posture ?? 0)} / 10${base !== void 0 ? " (bars: this PR, line: base)" : ""}`;
    out.push(collapsed ? `<details><summary>${escapeHtml(heading)}</summary>` : `#### ${escapeInline(heading)}`, "");
    out.push("```mermaid", '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da, #cf222e"}}}}%%', "xychart-beta horizontal", `  x-axis [${factors.map((f) => `"${mermaidText(factorShort(f.id, f.name))}"`).join(", ")}]`, '  y-axis "factor value (0 none, 1 full)" 0 --> 1', `  bar [${factors.map((f) => num(f.value)).join(", ")}]`);
    if (base !== void 0) out.push(`  line [${factors.map((f) => num(baseById.get(f.id) ?? 0)).join(", ")}]`);
    out.push("```", "");
    if (collapsed) out.push(`Each factor is 0, 0.5 or 1; [what each one measures](${termsUrl(safeUrl(c.options.docsUrl), "factors")}).`, "", "</details>", "");
  }
  if (r.controls !== void 0) {
    const rows = layerRows(r);
    const missing = rows.reduce((n, l) => n + l.missing.length, 0);
    const present = rows.reduce((n, l) => n + l.present.length, 0);
    const waived = rows.reduce((n, l) => n + l.waived.length, 0);
    const heading = `MAESTRO layers: ${present} present, ${missing} missing, ${waived} waived`;
    out.push(collapsed ? `<details><summary>${escapeHtml(heading)}</summary>` : `#### ${escapeInline(heading)}`, "");
    out.push("```mermaid", '%%{init: {"flowchart": {"wrappingWidth": 480}}}%%', "flowchart TB");
    for (const l of [...rows].reverse()) {
      const lines = [`${l.id} ${l.name}`, `${l.present.length} present \xB7 ${l.missing.length} missing${l.waived.length > 0 ? ` \xB7 ${l.waived.length} waived` : ""}`];
      if (!collapsed) lines.push(...l.missing.map((m) => `\u2717 ${m}`), ...l.waived.map((w) => `~ ${w}`));
      const cls = l.missing.length > 0 ? "missing" : l.waived.length > 0 ? "waived" : l.present.length > 0 ? "ok" : "none";
      out.push(`  ${l.id}["${lines.map(mermaidText).join("<br/>")}"]:::${cls}`);
    }
    const ids = [...rows].reverse().map((l) => l.id);
    out.push(`  ${ids.join(" --- ")}`);
    out.push("  classDef missing fill:#ffebe9,stroke:#cf222e,color:#1f2328", "  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328", "  classDef waived fill:#fff8c5,stroke:#9a6700,color:#1f2328", "  classDef none fill:#f6f8fa,stroke:#d0d7de,color:#57606a");
    out.push("```", "");
    if (collapsed) out.push("</details>", "");
  }
  return out;
}
function mermaidText(s) {
  return flatten(s).replace(/[`"<>#;{}[\]|]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
function num(n) {
  return String(Math.round(n * 100) / 100);
}
function controlsSection(c) {
  const controls = c.result.controls;
  if (controls === void 0) return ["#### MAESTRO controls", "", "Not evaluated.", ""];
  const applicable = controls.filter((x) => x.status !== "not-applicable");
  const out = [`#### MAESTRO controls (${applicable.length} apply, ${controls.length - applicable.length} do not)`, "", "| Control | Layers | Needed | Status | Evidence |", "|---|---|---|---|---|"];
  const order = { missing: 0, waived: 1, present: 2, "not-applicable": 3 };
  for (const ctl of [...controls].sort((a, b) => order[a.status] - order[b.status] || naturalCompare(a.id, b.id))) {
    const ev = ctl.status === "not-applicable" ? escapeInline(ctl.reason ?? "", { max: room(c, 200) }) : ctl.evidence.slice(0, 3).map((e) => `${e.strength}: ${escapeInline(plainDetail(e.detail), { max: room(c, 200) })}`).join("; ");
    const status = ctl.status === "missing" ? "**missing**" : ctl.status;
    out.push(`| ${escapeCode(ctl.id, { inTable: true })} ${escapeInline(ctl.title, { max: 100 })} | ${ctl.layers.join(", ")} | ${ctl.requirement} | ${status} | ${ev}${ctl.evidence.length > 3 ? ` (+${ctl.evidence.length - 3})` : ""} |`);
  }
  return [...out, ""];
}
function scenariosSection(c) {
  const scenarios = c.result.scenarios;
  if (scenarios === void 0 || scenarios.length === 0) return [];
  const out = [`#### Threat scenarios (${scenarios.length})`, "", `${escapeInline(TERMS.scenario.text, { max: 300 })} [More](${termsUrl(safeUrl(c.options.docsUrl), TERMS.scenario.anchor)}).`, ""];
  for (const s of scenarios) {
    out.push(`- ${ICON[s.severity]} **${fmt(s.aivss)} ${escapeInline(s.title, { max: 160 })}** (${escapeCode(`SCN-${s.id}`)}) \xB7 CVSS ${fmt(s.cvss)} ${escapeCode(s.vector, { max: 120 })}`);
    for (const m of s.metrics) out.push(`  - ${escapeCode(`${m.metric}:${m.value}`, { max: 20 })} ${escapeInline(m.reason, { max: room(c, 300) })}${m.changedBy !== void 0 ? ` (set by ${escapeCode(m.changedBy)})` : ""}`);
    const open = s.mitigations.filter((m) => !m.present);
    if (open.length > 0) out.push(`  - Lowered by (missing): ${open.map((m) => `${escapeCode(m.control)} ${escapeInline(m.why, { max: room(c, 120) })}`).join("; ")}`);
  }
  return [...out, ""];
}
function factorsSection(c) {
  const r = c.result;
  if (r.factors === void 0) return ["#### AIVSS agentic factors", "", "Not evaluated.", ""];
  if (r.factors.length === 0) return [];
  const base = new Map((c.options.base?.factors ?? []).map((f) => [f.id, f.value]));
  const out = [`#### AIVSS v${escapeInline(r.aivssVersion)} agentic factors (posture ${opt2(r.posture)} / 10)`, ""];
  out.push(`| Factor | Value | | ${base.size > 0 ? "Base | " : ""}What it measures | Why this value |`, `|---|---:|---|${base.size > 0 ? "---:|" : ""}---|---|`);
  for (const f of r.factors) {
    const why = f.overridden ? `override: ${escapeInline(f.rationale ?? "", { max: room(c, 300) })}` : f.reasons.map((x) => escapeInline(x.text, { max: room(c, 300) })).join("; ");
    const flags = `${f.overridden ? " (override)" : ""}${f.continuous === true ? " (continuous)" : ""}`;
    out.push(`| ${escapeInline(f.name, { max: 60 })} | ${num(f.value)}${flags} | \`${bar(f.value)}\` | ${base.size > 0 ? `${num(base.get(f.id) ?? 0)} | ` : ""}${escapeInline(FACTORS[f.id]?.means ?? "", { max: 200 })} | ${why} |`);
  }
  if (r.factorVector !== void 0) out.push("", `Local factor vector (OWASP defines none): ${escapeCode(r.factorVector, { max: 200 })}`);
  return [...out, ""];
}
function toolsSection(c) {
  const r = c.result;
  if (r.capabilities.surface.unknown) return ["#### Tools", "", "No tools declared: the tool surface is unknown (not safe).", ""];
  const tools = [...r.profile.tools].sort((a, b) => naturalCompare(a.name, b.name));
  const byTool = new Map(r.capabilities.effects.map((e) => [e.tool, e]));
  const out = [`#### Tools (${tools.length})`, "", "| Tool | Does | Read-only | Destructive | Open-world | Annotations |", "|---|---|---|---|---|---|"];
  for (const t of tools.slice(0, c.level.tools)) {
    const e = byTool.get(t.name);
    const does = e !== void 0 ? e.effects.join(", ") : "";
    const yes = (b) => b ? "yes" : "no";
    out.push(`| ${escapeCode(t.name, { inTable: true })} | ${escapeInline(does, { max: 120 })} | ${yes(t.effective.readOnly)} | ${yes(t.effective.destructive)} | ${yes(t.effective.openWorld)} | ${t.annotationsDeclared ? "declared" : t.annotationsAllDefault ? "SDK defaults" : "none"} |`);
  }
  if (tools.length > c.level.tools) out.push("", `\u2026and ${tools.length - c.level.tools} more (JSON report).`);
  const caps = r.capabilities.capabilities;
  if (caps.length > 0) {
    out.push("", "**Capabilities:**", "");
    for (const cap of caps) out.push(`- ${escapeCode(cap.id)}: ${cap.evidence.slice(0, 3).map((e) => escapeInline(e.detail, { max: room(c, 160) })).join("; ")}${cap.evidence.length > 3 ? ` (+${cap.evidence.length - 3} more)` : ""}`);
  }
  return [...out, ""];
}
function noticesSection(c) {
  const r = c.result;
  const items = [
    ...r.errors.map((e) => `- \u2757 ${escapeCode(`${e.path}${e.line !== void 0 ? `:${e.line}` : ""}`, { max: 160 })} ${escapeInline(e.message, { max: 300 })}${e.hint !== void 0 ? ` ${escapeInline(e.hint, { max: 200 })}` : ""}`),
    ...r.notices.map((n) => `- ${escapeCode(`${n.path}${n.line !== void 0 ? `:${n.line}` : ""}`, { max: 160 })} ${escapeInline(n.message, { max: 300 })}`)
  ];
  if (items.length === 0 || c.level.notices === 0) return [];
  const heading = `Errors and notices (${items.length})`;
  const out = c.comment || r.errors.length === 0 ? [`<details${r.errors.length > 0 ? " open" : ""}><summary>${heading}</summary>`, ""] : [`#### ${heading}`, ""];
  out.push(...items.slice(0, c.level.notices));
  if (items.length > c.level.notices) out.push(`- \u2026and ${items.length - c.level.notices} more`);
  out.push("");
  if (c.comment || r.errors.length === 0) out.push("</details>", "");
  return out;
}
function footer(c) {
  const r = c.result;
  return `<sub>${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version)} \xB7 OWASP AIVSS v${escapeHtml(r.aivssVersion)} \xB7 CSA MAESTRO${c.comment ? ` \xB7 full report: ${detailsLink(c)}` : ""}</sub>`;
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  return /^(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+|[A-Za-z0-9._/-]+)$/.test(url) && !/[()]/.test(url) ? url : void 0;
}
function room(c, comment) {
  return c.comment ? comment : Math.max(4e3, comment * 4);
}
function plainDetail(detail) {
  return detail.replace(/: absent: /g, ": ");
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function fmt(n) {
  return (Math.round(n * 10) / 10).toFixed(1);
}
function opt2(n, _digits = 1) {
  return n === void 0 ? "\u2014" : fmt(n);
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
      ...catalogHelp(control.id),
      properties: { tags: ["security", "mcp", ...control.layers.map((l) => `maestro-${l}`)], "security-severity": ruleSeverity(control.id, "missing-control") }
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
      ...catalogHelp(id),
      properties: { tags: ["security", "mcp", ...f.layers.map((l) => `maestro-${l}`)], "security-severity": ruleSeverity(id, f.kind) }
    };
    if (f.docs !== void 0 && /^https:\/\//.test(f.docs)) Object.assign(rule, helpUri(f.docs, options));
    rule.help ??= { text: plain(f.fix?.text ?? f.remediation), markdown: plain(f.fix?.text ?? f.remediation) };
    rule.fullDescription ??= { text: plain(f.message) };
    rule.defaultConfiguration ??= { level: level(f.severity) };
    rules.set(id, rule);
  }
  const ruleIds = [...rules.keys()];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const fallback = result.profile.configPath ?? result.server.sources[0]?.path;
  const results = findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const id = ruleId(f);
    const files = f.locations.filter((l) => l.path !== "." && l.path !== "");
    const locations = files.length > 0 ? files : fallback !== void 0 ? [{ path: fallback }] : [];
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
        // Separates this server's analysis from other SARIF uploads (and other servers in a monorepo).
        automationDetails: { id: `mcp-risk-gate/${automationCategory(options.uriPrefix)}/` },
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
function catalogHelp(id) {
  const entry = findControl(id) ?? findCheck(id);
  if (entry === void 0) return {};
  const s = entry.remediation.snippet;
  const fence = "```";
  const markdown = `${entry.remediation.text}

${s.file !== void 0 ? `In \`${s.file}\`:

` : ""}${fence}${s.lang}
${s.code.replace(/\n+$/, "")}
${fence}`;
  return { help: { text: `${entry.remediation.text} Example: ${entry.remediation.example}`, markdown } };
}
var KIND_SEVERITY = { poisoning: "9.0", scenario: "7.0", drift: "5.0", "lock-mismatch": "5.0", "unknown-surface": "5.0", "spec-violation": "4.0", "annotation-contradiction": "5.0", "missing-control": "5.0" };
function ruleSeverity(id, kind) {
  const entry = findControl(id) ?? findCheck(id);
  if (entry !== void 0) return cvss4BaseScore(entry.cvss).toFixed(1);
  return KIND_SEVERITY[kind] ?? "5.0";
}
function automationCategory(prefix) {
  const p = (prefix ?? "").replace(/^\.?\/+|\/+$/g, "");
  return p === "" ? "root" : p.replace(/[^A-Za-z0-9._/-]/g, "-");
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
      // Every result has a region: a finding about a whole file points at its first line.
      region: l.line !== void 0 && l.line >= 1 ? { startLine: l.line, ...l.column !== void 0 && l.column >= 1 ? { startColumn: l.column } : {} } : { startLine: 1 }
    }
  };
}
function fingerprint(findingId, path) {
  return sha256Hex(`${findingId}\0${path}`);
}
function helpUri(docs, options) {
  if (/^https:\/\/[^\s"<>]+$/.test(docs)) return { helpUri: docs };
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
      const inline2 = rules.inlineCredential(arg);
      if (inline2 !== void 0) add(inline2, LABELS.argument);
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

// src/cli/run.ts
var OutputError = class extends Error {
};
async function writeOutput(file, body) {
  try {
    await writeFile(file, body);
  } catch (err) {
    const e = err;
    throw new OutputError(`could not write the report to ${file}: ${e.code === "ENOENT" ? "its folder does not exist" : e.code === "ENOSPC" ? "no space left on device" : e.message} (${e.code ?? "error"})`);
  }
}
async function runCli(argv, io) {
  const redactor = createRedactor(introspectionSecrets(introspectionArgs(argv), io.env ?? process.env));
  const say = (text) => void io.stderr.write(redactor.text(text));
  try {
    const args = parseCli(argv);
    switch (args.command) {
      case "help":
        io.stdout.write(USAGE + "\n");
        return 0;
      case "version":
        io.stdout.write(TOOL_VERSION + "\n");
        return 0;
      case "lock":
        return await lock(args, io, redactor);
      case "scan":
        return await scan(args, io, redactor);
      case "batch":
        return await batch(args, io, redactor);
      case "fleet-summary":
        return await fleetSummary(args, io, redactor);
    }
  } catch (err) {
    if (err instanceof CliUsageError || err instanceof UsageError) {
      say(`mcp-risk-gate: ${err.message}

${USAGE}
`);
      return 2;
    }
    if (err instanceof OutputError) {
      io.stderr.write(`mcp-risk-gate: ${err.message}
`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    say(`mcp-risk-gate: internal error: ${message}
Please report this with the command you ran.
`);
    if ((io.env ?? process.env)["MCP_RISK_GATE_DEBUG"] && err instanceof Error) say(`${err.stack}
`);
    return 2;
  }
}
function introspectionArgs(argv) {
  const values = (flag) => {
    const out = [];
    argv.forEach((a, i) => {
      if (a === flag && i + 1 < argv.length) out.push(argv[i + 1]);
      else if (a.startsWith(`${flag}=`)) out.push(a.slice(flag.length + 1));
    });
    return out;
  };
  return { command: values("--introspect-command").join(" "), url: values("--introspect-url").join(" "), env: values("--introspect-env") };
}
async function lock(args, io, redactor) {
  const { lockCommand } = await import("./cli-lock-PL7BC7U4.js");
  return lockCommand({
    dir: args.dir,
    check: args.check,
    getTools: async (dir) => {
      const outcome = await scanRepository({ dir, ...args.tools !== void 0 && { tools: args.tools } });
      if (outcome.result.errors.length > 0) {
        const e = outcome.result.errors[0];
        throw new Error(`${e.path}${e.line ? `:${e.line}` : ""}: ${e.message}`);
      }
      return outcome.result.profile.tools;
    },
    out: (t) => io.stdout.write(`${redactor.text(t)}
`),
    err: (t) => io.stderr.write(`${redactor.text(t)}
`)
  });
}
async function batch(args, io, redactor) {
  const { batchCommand } = await import("./cli-batch-2X3ED332.js");
  return batchCommand(args, {
    stdout: io.stdout,
    stderr: io.stderr,
    ...io.stdin !== void 0 && { stdin: io.stdin },
    ...io.stderrIsTTY !== void 0 && { stderrIsTTY: io.stderrIsTTY },
    ...io.workerScript !== void 0 && { workerScript: io.workerScript }
  }, redactor);
}
async function fleetSummary(args, io, redactor) {
  const texts = [];
  for (const file of args.files) {
    try {
      texts.push(await readFile(file, "utf8"));
    } catch (err) {
      throw new CliUsageError(`${file}: ${err.code === "ENOENT" ? "file not found" : err.message}`);
    }
  }
  const { readFleet, renderFleetSummary } = await import("./cli-fleet-VVU6Z356.js");
  const merged = readFleet(texts.join("\n"));
  const body = redactor.text(renderFleetSummary(merged));
  if (args.output) await writeOutput(args.output, body);
  else io.stdout.write(body);
  return 0;
}
function policyInputs(args) {
  return {
    ...args.failOnScore !== void 0 && { failOnScore: args.failOnScore },
    ...args.failOnPosture !== void 0 && { failOnPosture: args.failOnPosture },
    ...args.failOnMissing !== void 0 && { failOnMissing: args.failOnMissing },
    ...args.maxScoreIncrease !== void 0 && { maxScoreIncrease: args.maxScoreIncrease },
    ...args.warnOnly && { warnOnly: true }
  };
}
async function orgPolicyOf(file) {
  if (file === void 0) return void 0;
  const org = await readOrgPolicy(file);
  if ("errors" in org) throw new CliUsageError(org.errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ""}: ${e.message}${e.hint ? ` (fix: ${e.hint})` : ""}`).join("\n"));
  return { policy: org.policy, path: file, baseDir: dirname(resolve(file)) };
}
function cliApproval(allowed) {
  return async () => allowed ? { state: "approved", by: "--allow-profile-changes", message: "approved on the command line with --allow-profile-changes" } : { state: "not-approved", message: "the command line cannot check labels or reviews; review the change, then re-run with --allow-profile-changes (in the Action, the base profile's `approvals:` decides)" };
}
async function scan(args, io, redactor) {
  const env = io.env ?? process.env;
  const org = await orgPolicyOf(args.orgPolicy);
  const outcome = await scanRepository({
    ...org && { org },
    dir: args.dir,
    ...args.config !== void 0 && { config: args.config },
    ...args.manifests.length > 0 && { manifests: args.manifests },
    ...args.tools !== void 0 && { tools: args.tools },
    ...args.aivssVersion && { aivssVersion: args.aivssVersion },
    ...args.baseRef !== void 0 && { baseRef: args.baseRef, approveProfileChanges: cliApproval(args.allowProfileChanges) },
    ...(args.introspectCommand !== void 0 || args.introspectUrl !== void 0) && {
      introspect: {
        ...args.introspectCommand !== void 0 && { command: args.introspectCommand },
        ...args.introspectUrl !== void 0 && { url: args.introspectUrl },
        env: args.introspectEnv,
        // A developer running the CLI chose to start the server; the guard is for CI events.
        allowUntrusted: false,
        ...env["GITHUB_EVENT_NAME"] !== void 0 && { eventName: env["GITHUB_EVENT_NAME"] }
      }
    }
  });
  const { result, base, decision, delta, policy } = applyPolicy(outcome.result, outcome.base, policyInputs(args), org);
  const format = args.format ?? (io.isTTY && !args.output ? "text" : "json");
  let body;
  switch (format) {
    case "json":
      body = renderJson(result, delta, redactor);
      break;
    case "markdown":
      body = renderMarkdown(result, decision, { target: "summary", ...delta && { delta }, ...base && { base }, redactor });
      break;
    case "sarif":
      body = sarifToString(renderSarif(result, { decision, redactor }));
      break;
    case "text":
      body = renderText(result, {
        color: args.color ?? (io.isTTY && !args.output && !env["NO_COLOR"]),
        redactor,
        policy,
        ...delta && { delta },
        ...base && { base },
        width: io.isTTY && !args.output ? Math.max(80, io.columns ?? 80) : 80
      });
      break;
  }
  if (args.output) await writeOutput(args.output, body);
  else io.stdout.write(body);
  if (outcome.exitCode === 2 || decision.exitCode === 2) {
    io.stderr.write(`mcp-risk-gate: ${result.errors.length} input error(s); fix them and run again (exit 2)
`);
    for (const e of result.errors.slice(0, 10)) {
      const where = `${e.path}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ""}` : ""}`;
      io.stderr.write(redactor.text(`  ${terminalSafe(where)}: ${terminalSafe(e.message, 400)}${e.hint ? ` (fix: ${terminalSafe(e.hint, 400)})` : ""}
`));
    }
    return 2;
  }
  if (decision.result === "fail" && format !== "text") {
    io.stderr.write(redactor.text(`mcp-risk-gate: policy failed:
${decision.reasons.map((r) => `  ${terminalSafe(r, 400)}`).join("\n")}
`));
  }
  return decision.exitCode;
}
export {
  runCli
};
