import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  lazy,
  mcpToolsLock
} from "./chunk-KYYEX5IU.js";
import {
  __require
} from "./chunk-SPMM4U4O.js";

// src/surface/canonical-json.ts
function canonicalJson(value) {
  return serialise(value, /* @__PURE__ */ new Set());
}
function serialise(value, seen) {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case "string":
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
  const obj = value;
  if (seen.has(obj)) throw new TypeError("canonicalJson: cyclic structure");
  seen.add(obj);
  let out;
  if (Array.isArray(obj)) {
    out = "[" + obj.map((item) => item === void 0 ? "null" : serialise(item, seen)).join(",") + "]";
  } else {
    const record = obj;
    const keys = Object.keys(record).filter((k) => record[k] !== void 0).sort();
    out = "{" + keys.map((k) => JSON.stringify(k) + ":" + serialise(record[k], seen)).join(",") + "}";
  }
  seen.delete(obj);
  return out;
}

// src/surface/visible.ts
function visible(text, maxLength = 200) {
  let out = "";
  let count = 0;
  for (const ch of text) {
    if (count >= maxLength) {
      out += "\u2026";
      break;
    }
    out += isHidden(ch) ? escapeCodePoint(ch.codePointAt(0) ?? 0) : ch;
    count += 1;
  }
  return out;
}
function escapeCodePoint(cp) {
  return `\\u{${cp.toString(16).toUpperCase().padStart(4, "0")}}`;
}
function isHidden(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 32 || cp >= 127 && cp <= 159) return true;
  if (cp === 173 || cp === 847 || cp === 1564 || cp === 6158) return true;
  if (cp >= 8203 && cp <= 8207) return true;
  if (cp >= 8232 && cp <= 8238) return true;
  if (cp >= 8288 && cp <= 8303) return true;
  if (cp === 65279 || cp >= 65520 && cp <= 65531) return true;
  if (cp >= 917504 && cp <= 917631) return true;
  if (cp >= 65024 && cp <= 65039) return true;
  if (cp >= 917760 && cp <= 917999) return true;
  if (cp >= 57344 && cp <= 63743 || cp >= 983040) return true;
  if (cp >= 55296 && cp <= 57343) return true;
  return false;
}

// src/surface/sha256.ts
var crypto = lazy(() => __require("node:crypto"));
function sha256Hex(text) {
  return crypto().createHash("sha256").update(text, "utf8").digest("hex");
}

// src/surface/lock.ts
var LOCK_VERSION = 1;
var LOCK_FILE_NAME = "mcp-tools.lock.json";
var LOCKED_FIELDS = ["description", "inputSchema", "outputSchema", "annotations"];
function lockDefinition(tool) {
  const def = {};
  if (tool.description !== void 0) def.description = tool.description;
  if (tool.inputSchema !== void 0) def.inputSchema = tool.inputSchema;
  if (tool.outputSchema !== void 0) def.outputSchema = tool.outputSchema;
  if (tool.annotations !== void 0) def.annotations = tool.annotations;
  return def;
}
function hashTool(name, definition) {
  return sha256Hex(canonicalJson({ name, ...definition }));
}
var DuplicateToolError = class extends Error {
  constructor(tool, places) {
    super(
      `tool "${visible(tool, 128)}" has ${places.length} different definitions (${places.join(", ")}); a lock pins one definition per name: remove the stale or unexpected definition, or give each tool a unique name, then run \`mcp-risk-gate lock\` again`
    );
    this.tool = tool;
    this.places = places;
  }
  tool;
  places;
  name = "DuplicateToolError";
};
function computeLock(tools, options = {}) {
  const seen = /* @__PURE__ */ new Map();
  const locked = [];
  for (const tool of tools) {
    const twin = seen.get(tool.name);
    if (twin !== void 0 && options.twins !== "keep") {
      throw new DuplicateToolError(tool.name, tools.filter((t) => t.name === tool.name).map(placeOf));
    }
    seen.set(tool.name, tool);
    const definition = lockDefinition(tool);
    locked.push({ name: tool.name, sha256: hashTool(tool.name, definition), definition });
  }
  locked.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { lockVersion: LOCK_VERSION, algorithm: "sha256", canonicalization: "RFC8785", tools: locked };
}
function placeOf(tool) {
  const o = tool.origins.find((x) => x.provenance !== "declared") ?? tool.origins[0];
  if (o === void 0) return "an unnamed source";
  if (o.format === "introspection") return "the live server";
  return `${visible(o.path, 200)}${o.line !== void 0 ? `:${o.line}` : ""}`;
}
function serializeLock(lock) {
  const tools = lock.tools.map((t) => ({ name: t.name, sha256: t.sha256, definition: t.definition }));
  return JSON.stringify({ lockVersion: lock.lockVersion, algorithm: lock.algorithm, canonicalization: lock.canonicalization, tools }, null, 2) + "\n";
}
function lockMatches(diff) {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
function diffLock(previous, current) {
  const before = new Map(previous.tools.map((t) => [t.name, t]));
  const after = new Map(current.tools.map((t) => [t.name, t]));
  const diff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const tool of current.tools) {
    const old = before.get(tool.name);
    if (!old) diff.added.push(tool);
    else if (old.sha256 === tool.sha256) diff.unchanged += 1;
    else diff.changed.push(describeChange(old, tool));
  }
  for (const tool of previous.tools) if (!after.has(tool.name)) diff.removed.push(tool);
  return diff;
}
function describeChange(old, now) {
  const change = { name: now.name, oldSha256: old.sha256, newSha256: now.sha256, fields: [] };
  for (const field of LOCKED_FIELDS) {
    const a = old.definition[field];
    const b = now.definition[field];
    if (canonicalOrAbsent(a) === canonicalOrAbsent(b)) continue;
    change.fields.push(field);
    if (field === "description") change.description = excerptChange(old.definition.description ?? "", now.definition.description ?? "");
    if (field === "inputSchema") change.inputSchemaPaths = changedPaths(a, b);
    if (field === "outputSchema") change.outputSchemaPaths = changedPaths(a, b);
    if (field === "annotations") change.annotations = annotationChanges(old.definition.annotations, now.definition.annotations);
  }
  return change;
}
function canonicalOrAbsent(value) {
  return value === void 0 ? void 0 : canonicalJson(value);
}
var EXCERPT_CONTEXT = 40;
function excerptChange(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const start = Math.max(0, i - EXCERPT_CONTEXT);
  const cut = (s) => (start > 0 ? "\u2026" : "") + visible(s.slice(start), EXCERPT_CONTEXT * 3);
  return { old: cut(a), new: cut(b) };
}
var MAX_PATHS = 20;
function changedPaths(a, b) {
  const out = [];
  walkDiff(a, b, "", out);
  if (out.length > MAX_PATHS) return [...out.slice(0, MAX_PATHS), `\u2026 ${out.length - MAX_PATHS} more`];
  return out;
}
function walkDiff(a, b, path, out) {
  if (out.length > MAX_PATHS) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) walkDiff(a[k], b[k], `${path}/${escapePointer(k)}`, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i += 1) walkDiff(a[i], b[i], `${path}/${i}`, out);
    return;
  }
  if (canonicalOrAbsent(a) !== canonicalOrAbsent(b)) out.push(path === "" ? "/" : path);
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function escapePointer(key) {
  return visible(key.replace(/~/g, "~0").replace(/\//g, "~1"), 80);
}
function annotationChanges(a, b) {
  const left = { ...a };
  const right = { ...b };
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  const out = [];
  for (const key of keys) {
    if (canonicalOrAbsent(left[key]) === canonicalOrAbsent(right[key])) continue;
    const change = { key };
    if (left[key] !== void 0) change.old = left[key];
    if (right[key] !== void 0) change.new = right[key];
    out.push(change);
  }
  return out;
}
function formatLockDiff(diff) {
  const lines = [];
  for (const t of diff.added) lines.push(`+ ${visible(t.name, 128)}: new tool, not in the lock`);
  for (const t of diff.removed) lines.push(`- ${visible(t.name, 128)}: in the lock, no longer listed`);
  for (const c of diff.changed) {
    lines.push(`~ ${visible(c.name, 128)}: changed ${c.fields.join(", ")}`);
    lines.push(...describeFields(c).map((l) => `    ${l}`));
  }
  return lines.join("\n");
}
function describeFields(c) {
  const lines = [];
  if (c.description) {
    lines.push(`description was: "${c.description.old}"`);
    lines.push(`description now: "${c.description.new}"`);
  }
  if (c.inputSchemaPaths) lines.push(`inputSchema changed at ${c.inputSchemaPaths.join(", ")}`);
  if (c.outputSchemaPaths) lines.push(`outputSchema changed at ${c.outputSchemaPaths.join(", ")}`);
  for (const a of c.annotations ?? []) {
    lines.push(`annotations.${visible(a.key, 40)}: ${visible(JSON.stringify(a.old) ?? "(absent)", 80)} \u2192 ${visible(JSON.stringify(a.new) ?? "(absent)", 80)}`);
  }
  return lines;
}

// src/surface/lock-file.ts
function parseLock(value) {
  if (!mcpToolsLock(value)) {
    const errors2 = (mcpToolsLock.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
    return { ok: false, errors: errors2 };
  }
  const lock = value;
  const errors = [];
  for (let i = 0; i < lock.tools.length; i += 1) {
    const tool = lock.tools[i];
    const prev = lock.tools[i - 1];
    if (prev && !(prev.name < tool.name)) errors.push(`/tools/${i} "${tool.name}" is out of order or duplicated; tools must be sorted by name`);
    if (hashTool(tool.name, tool.definition) !== tool.sha256) {
      errors.push(`/tools/${i}/sha256 does not match the stored definition of "${tool.name}"; regenerate the lock with \`mcp-risk-gate lock\``);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lock };
}

// data/checks/tool-surface.json
var tool_surface_default = {
  $schema: "../../schemas/checks.schema.json",
  catalog: "tool-surface",
  version: "1.0.0",
  limits: {
    maxTextLength: 16384,
    maxStringsPerItem: 2e3,
    maxEvidencePerFinding: 5
  },
  checks: [
    {
      id: "MRG-POISON-TAGS",
      kind: "poisoning",
      title: "Hidden message in Unicode tag characters",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP06"
        ],
        owaspAsi: [
          "ASI01",
          "ASI02"
        ],
        maestroThreats: [
          "T6",
          "T2"
        ],
        cwe: [
          "CWE-1007"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:N/SC:H/SI:H/SA:N",
      remediation: "Remove the Unicode tag characters (U+E0000\u2013U+E007F). They are invisible to reviewers but models read them as text; no legitimate tool text needs them.",
      docs: "docs/checks.md#mrg-poison-tags",
      detector: {
        type: "codepoints",
        ranges: [
          {
            from: "E0000",
            to: "E007F",
            label: "Unicode tag character"
          }
        ],
        decode: "unicode-tags"
      }
    },
    {
      id: "MRG-POISON-ZEROWIDTH",
      kind: "poisoning",
      title: "Zero-width characters in tool text",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03"
        ],
        owaspAsi: [
          "ASI01"
        ],
        maestroThreats: [
          "T6"
        ],
        cwe: [
          "CWE-1007"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N",
      remediation: "Remove zero-width characters: they hide words from reviewers and can split keywords that filters look for.",
      docs: "docs/checks.md#mrg-poison-zerowidth",
      detector: {
        type: "codepoints",
        ranges: [
          {
            from: "200B",
            to: "200D",
            label: "zero-width space/joiner"
          },
          {
            from: "2060",
            to: "2060",
            label: "word joiner"
          },
          {
            from: "FEFF",
            to: "FEFF",
            label: "zero-width no-break space (BOM)"
          }
        ]
      }
    },
    {
      id: "MRG-POISON-BIDI",
      kind: "poisoning",
      title: "Bidirectional control characters in tool text",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03"
        ],
        owaspAsi: [
          "ASI01"
        ],
        maestroThreats: [
          "T6"
        ],
        cwe: [
          "CWE-1007"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:H/VA:N/SC:N/SI:N/SA:N",
      remediation: "Remove bidirectional override and isolate characters: they make the text a reviewer sees differ from the text a model reads (Trojan Source).",
      docs: "docs/checks.md#mrg-poison-bidi",
      detector: {
        type: "codepoints",
        ranges: [
          {
            from: "202A",
            to: "202E",
            label: "bidi embedding/override"
          },
          {
            from: "2066",
            to: "2069",
            label: "bidi isolate"
          }
        ]
      }
    },
    {
      id: "MRG-POISON-IMPERATIVE",
      kind: "poisoning",
      title: "Instructions aimed at the model in tool text",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP06"
        ],
        owaspAsi: [
          "ASI01",
          "ASI02"
        ],
        maestroThreats: [
          "T6",
          "T7"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:N/SC:L/SI:L/SA:N",
      remediation: "Describe what the tool does and what its parameters mean. Do not address the model with orders, secrecy requests or preconditions; a host cannot tell such text from an injection.",
      docs: "docs/checks.md#mrg-poison-imperative",
      detector: {
        type: "patterns",
        patterns: [
          {
            label: "asks the model to ignore its instructions",
            source: "\\b(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+)?(?:previous|prior|above|earlier|preceding|other|system|all)\\s+(?:instructions?|prompts?|rules|directions|guidelines|messages)\\b",
            flags: "i"
          },
          {
            label: "asks the model to keep something from the user",
            source: "\\b(?:do\\s+not|don't|never|must\\s+not|should\\s+not)\\s+(?:tell|inform|mention|reveal|show|disclose|notify|alert|warn)\\b[^.\\n]{0,40}\\b(?:the\\s+)?user",
            flags: "i"
          },
          {
            label: "asks the model to act without the user",
            source: "\\bwithout\\s+(?:asking|telling|informing|notifying|alerting|confirming\\s+with)\\s+the\\s+user\\b",
            flags: "i"
          },
          {
            label: "hides something from the user",
            source: "\\b(?:the\\s+)?user\\s+(?:should|must|need)\\s+not\\s+(?:know|see|notice|be\\s+told)\\b",
            flags: "i"
          },
          {
            label: "sets a precondition before the tool is used",
            source: "\\bbefore\\s+(?:using|calling|invoking|running|executing)\\s+(?:this|any|the)\\s+(?:tool|function)\\b[^.\\n]{0,80}\\b(?:read|send|pass|include|call|provide|cat|open)\\b",
            flags: "i"
          },
          {
            label: "an <IMPORTANT>-style tag addressed to the model",
            source: "<\\s*/?\\s*(?:important|system|instructions?|secret|hidden|admin)\\s*>",
            flags: "i"
          },
          {
            label: "orders the model to do something first",
            source: "\\byou\\s+(?:must|should|need\\s+to|have\\s+to)\\s+(?:first|always)\\s+(?:read|send|pass|include|call|provide|open|cat|upload|share)\\b",
            flags: "i"
          },
          {
            label: "threatens failure unless obeyed",
            source: "\\botherwise\\s+the\\s+(?:tool|function|server)\\s+will\\s+(?:not\\s+work|fail|crash|break)",
            flags: "i"
          },
          {
            label: "claims to override the system prompt",
            source: "\\b(?:new|updated)\\s+(?:system\\s+)?instructions\\s*:",
            flags: "i"
          }
        ]
      }
    },
    {
      id: "MRG-POISON-CROSS-SERVER",
      kind: "poisoning",
      title: "Tool text refers to other servers' tools (shadowing)",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP09"
        ],
        owaspAsi: [
          "ASI02",
          "ASI07"
        ],
        maestroThreats: [
          "T2",
          "T16"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:N/SC:H/SI:H/SA:N",
      remediation: "A tool's text should speak only of this server's own tools. Instructions about other servers' tools let one server change how an agent uses another (shadowing).",
      docs: "docs/checks.md#mrg-poison-cross-server",
      detector: {
        type: "tool-reference",
        patterns: [
          {
            label: "mentions other MCP servers",
            source: "\\b(?:other|another|any\\s+other|all\\s+other|different)\\s+(?:mcp\\s+)?servers?\\b",
            flags: "i"
          },
          {
            label: "names a tool qualified by another server",
            source: "\\bmcp__[A-Za-z0-9_-]{1,64}",
            flags: "i"
          }
        ],
        namePatterns: [
          {
            label: "tells the model what to do when the user calls a tool",
            source: "\\bwhen\\s+(?:the\\s+user|the\\s+assistant|you|the\\s+agent)\\s+(?:calls?|invokes?|uses?|runs?)\\s+(?:the\\s+)?[`'\\\"]?([A-Za-z][A-Za-z0-9_.-]{1,63})",
            flags: "i"
          },
          {
            label: "tells the model to use this tool instead of another",
            source: "\\binstead\\s+of\\s+(?:using\\s+|calling\\s+)?(?:the\\s+)?[`'\\\"]?([A-Za-z][A-Za-z0-9_.-]{1,63})[`'\\\"]?\\s+tool\\b",
            flags: "i"
          },
          {
            label: "names a snake_case tool that this server does not have",
            source: "\\b([a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6})\\b\\s+(?:tool|function)\\b"
          },
          {
            label: "names a quoted tool that this server does not have",
            source: "[`'\\\"]([A-Za-z][A-Za-z0-9_.-]{1,63})[`'\\\"]\\s+(?:tool|function)\\b",
            flags: "i"
          }
        ],
        ignoreNames: [
          "this",
          "that",
          "the",
          "a",
          "an",
          "any",
          "it",
          "tool",
          "function",
          "other",
          "another",
          "each",
          "every",
          "same",
          "next",
          "first",
          "following",
          "built-in",
          "read-only",
          "write",
          "search",
          "MCP"
        ]
      }
    },
    {
      id: "MRG-POISON-SENSITIVE-PATH",
      kind: "poisoning",
      title: "Tool text points at credentials or client configuration",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP01",
          "MCP03"
        ],
        owaspAsi: [
          "ASI02",
          "ASI03"
        ],
        maestroThreats: [
          "T2",
          "T6"
        ],
        cwe: [
          "CWE-200"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:N/VA:N/SC:H/SI:N/SA:N",
      remediation: "Remove references to private keys, credential files and MCP client configuration from tool text. A tool that needs a file should take its path as a parameter the user chooses.",
      docs: "docs/checks.md#mrg-poison-sensitive-path",
      detector: {
        type: "patterns",
        patterns: [
          {
            label: "SSH directory or key",
            source: "(?:~|\\$HOME|%USERPROFILE%)?/\\.ssh\\b|\\bid_(?:rsa|dsa|ecdsa|ed25519)\\b",
            flags: "i"
          },
          {
            label: "a .env file",
            source: "(?:^|[\\s'\\\"`(/])\\.env(?:\\.[A-Za-z0-9_-]{1,20})?(?=$|[\\s'\\\"`),.;:])",
            flags: "i"
          },
          {
            label: "cloud credentials",
            source: "\\.aws/(?:credentials|config)\\b|\\.config/gcloud\\b|\\.azure/\\b|\\.kube/config\\b|\\.docker/config\\.json\\b",
            flags: "i"
          },
          {
            label: "system account files",
            source: "/etc/(?:passwd|shadow|sudoers)\\b",
            flags: "i"
          },
          {
            label: "other credential stores",
            source: "(?:~|\\$HOME)/\\.(?:netrc|npmrc|pypirc|git-credentials|gnupg)\\b|\\.git-credentials\\b",
            flags: "i"
          },
          {
            label: "MCP client configuration",
            source: "\\b(?:claude_desktop_config|mcp)\\.json\\b|\\.cursor/mcp\\b|\\.claude\\.json\\b",
            flags: "i"
          }
        ]
      }
    },
    {
      id: "MRG-POISON-EXFIL-URL",
      kind: "poisoning",
      title: "Tool text contains an exfiltration-shaped URL",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP10"
        ],
        owaspAsi: [
          "ASI02"
        ],
        maestroThreats: [
          "T2"
        ],
        cwe: [
          "CWE-200"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:N/VA:N/SC:H/SI:N/SA:N",
      remediation: "Remove URLs that ask the model to fill in data, request-capture hosts and instructions to send data to a URL. Endpoints belong in server configuration, not in text the model reads.",
      docs: "docs/checks.md#mrg-poison-exfil-url",
      detector: {
        type: "patterns",
        patterns: [
          {
            label: "a URL with a query placeholder for data",
            source: `https?://[^\\s'\\"<>]{1,200}[?&][A-Za-z0-9_.-]{1,40}=(?:\\{|\\$\\{|<|%s|\\[|\\{\\{)`,
            flags: "i"
          },
          {
            label: "a request-capture or tunnel host",
            source: "\\b(?:webhook\\.site|ngrok(?:-free)?\\.(?:io|app|dev)|requestbin\\.(?:com|net)|requestcatcher\\.com|pipedream\\.net|hookbin\\.com|beeceptor\\.com|interact\\.sh|oast\\.(?:fun|live|me|pro|site|online)|burpcollaborator\\.net|trycloudflare\\.com|postb\\.in)\\b",
            flags: "i"
          },
          {
            label: "asks for data to be sent to a URL",
            source: "\\b(?:send|post|upload|forward|transmit|exfiltrate|submit)\\b[^.\\n]{0,60}\\bto\\s+https?://",
            flags: "i"
          }
        ]
      }
    },
    {
      id: "MRG-POISON-EXFIL-PARAM",
      kind: "poisoning",
      title: "A parameter shaped to carry data out",
      layers: [
        "L1",
        "L3",
        "L7"
      ],
      controlId: "MAE-L1-01",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP10"
        ],
        owaspAsi: [
          "ASI02"
        ],
        maestroThreats: [
          "T2"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:N/VA:N/SC:L/SI:N/SA:N",
      remediation: "Remove parameters the tool does not need for its job, and never ask the model to put conversation, file contents or secrets into a free-text parameter.",
      docs: "docs/checks.md#mrg-poison-exfil-param",
      detector: {
        type: "parameter",
        rules: [
          {
            label: "a side-channel parameter name",
            name: {
              label: "side-channel name",
              source: "^(?:side_?note|sidenote|hidden_?[a-z]{0,20}|secret_?notes?|exfil[a-z_]{0,20}|debug_?context|internal_?notes?)$",
              flags: "i"
            }
          },
          {
            label: "a free-text parameter that asks for content",
            name: {
              label: "free-text name",
              source: "^(?:notes?|context|feedback|comments?|remarks?|extra|metadata|summary|details|reasoning|additional_?info)$",
              flags: "i"
            },
            description: {
              label: "asks for content",
              source: "\\b(?:contents?\\s+of|full\\s+text|entire|verbatim|conversation|chat\\s+history|previous\\s+messages|system\\s+prompt|credentials?|api\\s+keys?|passwords?|private\\s+keys?|ssh)\\b",
              flags: "i"
            }
          }
        ]
      }
    },
    {
      id: "MRG-DRIFT-UNDECLARED",
      kind: "drift",
      title: "The server exposes a tool its manifests do not declare",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP09"
        ],
        owaspAsi: [
          "ASI04",
          "ASI09"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N",
      remediation: "Add the tool to the manifest (for MCPB: `tools[]` by its exact name), or set `tools_generated: true` when the list is built at run time.",
      docs: "docs/checks.md#mrg-drift-undeclared",
      detector: {
        type: "builtin",
        rule: "drift-undeclared"
      }
    },
    {
      id: "MRG-DRIFT-MISSING",
      kind: "drift",
      title: "A declared tool is not exposed by the server",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP09"
        ],
        owaspAsi: [
          "ASI04",
          "ASI09"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:P/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N",
      remediation: "Remove the tool from the manifest, or find why the server no longer lists it (a feature flag, missing credentials during introspection, a rename).",
      docs: "docs/checks.md#mrg-drift-missing",
      detector: {
        type: "builtin",
        rule: "drift-missing"
      }
    },
    {
      id: "MRG-DRIFT-RENAMED",
      kind: "drift",
      title: "A manifest lists a tool by its title or a truncated name",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP09"
        ],
        owaspAsi: [
          "ASI04",
          "ASI09"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:P/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N",
      remediation: "List the tool by its protocol `name` exactly as `tools/list` returns it; titles are for display and hosts match permissions by name.",
      docs: "docs/checks.md#mrg-drift-renamed",
      detector: {
        type: "builtin",
        rule: "drift-renamed"
      }
    },
    {
      id: "MRG-DRIFT-ANNOTATIONS",
      kind: "drift",
      title: "Sources disagree on a tool's annotations",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-02",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03"
        ],
        owaspAsi: [
          "ASI02",
          "ASI09"
        ],
        maestroThreats: [
          "T2"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:H/VA:L/SC:N/SI:N/SA:N",
      remediation: "Make the declared annotations match what the server returns; regenerate committed dumps and snapshots from the server.",
      docs: "docs/checks.md#mrg-drift-annotations",
      detector: {
        type: "builtin",
        rule: "drift-annotations"
      }
    },
    {
      id: "MRG-DUPLICATE-CONFLICT",
      kind: "drift",
      title: "Same-named tools with different definitions",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03"
        ],
        owaspAsi: [
          "ASI02",
          "ASI04"
        ],
        maestroThreats: [
          "T2"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:N/SC:L/SI:L/SA:N",
      remediation: "Give every tool one definition under a unique name: remove the stale or unexpected definition, or rename one of them; then regenerate committed dumps from the server.",
      docs: "docs/checks.md#mrg-duplicate-conflict",
      detector: {
        type: "builtin",
        rule: "duplicate-conflict"
      }
    },
    {
      id: "MRG-LOCK-CHANGED",
      kind: "lock-mismatch",
      title: "A tool's definition changed since it was locked",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP04"
        ],
        owaspAsi: [
          "ASI04"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:P/VC:H/VI:H/VA:N/SC:L/SI:L/SA:N",
      remediation: "Review the change (a changed description or schema is what a rug pull looks like), then run `mcp-risk-gate lock` and commit mcp-tools.lock.json with the change.",
      docs: "docs/checks.md#mrg-lock-changed",
      detector: {
        type: "builtin",
        rule: "lock-changed"
      }
    },
    {
      id: "MRG-LOCK-ADDED",
      kind: "lock-mismatch",
      title: "A tool is not in the lock",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP04"
        ],
        owaspAsi: [
          "ASI04"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N",
      remediation: "Review the new tool, then run `mcp-risk-gate lock` and commit mcp-tools.lock.json.",
      docs: "docs/checks.md#mrg-lock-added",
      detector: {
        type: "builtin",
        rule: "lock-added"
      }
    },
    {
      id: "MRG-LOCK-REMOVED",
      kind: "lock-mismatch",
      title: "A locked tool is no longer listed",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP04"
        ],
        owaspAsi: [
          "ASI04"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:H/AT:P/PR:L/UI:P/VC:N/VI:L/VA:L/SC:N/SI:N/SA:N",
      remediation: "Confirm the removal is intended, then run `mcp-risk-gate lock` and commit mcp-tools.lock.json.",
      docs: "docs/checks.md#mrg-lock-removed",
      detector: {
        type: "builtin",
        rule: "lock-removed"
      }
    },
    {
      id: "MRG-LOCK-MISSING",
      kind: "lock-mismatch",
      title: "No tool lock is committed",
      layers: [
        "L3",
        "L7"
      ],
      controlId: "MAE-L3-06",
      crosswalk: {
        owaspMcpTop10: [
          "MCP03",
          "MCP04"
        ],
        owaspAsi: [
          "ASI04"
        ],
        maestroThreats: [
          "T17",
          "T13"
        ]
      },
      cvssVector: "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N",
      remediation: "Run `mcp-risk-gate lock` and commit mcp-tools.lock.json so every later change to a tool shows up as a reviewed diff.",
      docs: "docs/checks.md#mrg-lock-missing",
      detector: {
        type: "builtin",
        rule: "lock-missing"
      }
    }
  ]
};

// src/surface/catalog.ts
var cached;
function checkCatalog() {
  if (cached) return cached;
  cached = tool_surface_default;
  return cached;
}
function checkById(id) {
  const check = checkCatalog().checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id} in the catalog`);
  return check;
}
function builtinCheck(rule) {
  const check = checkCatalog().checks.find((c) => c.detector.type === "builtin" && c.detector.rule === rule);
  if (!check) throw new Error(`no check for ${rule} in the catalog`);
  return check;
}
function unsafePatternReason(source) {
  if (/\\[1-9]|\\k</.test(source)) return "backreferences are not allowed";
  const stack = [];
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === "\\") {
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") stack.push(false);
    else if (ch === ")") {
      const innerUnbounded = stack.pop() ?? false;
      const q = quantifierAt(source, i + 1);
      if ((q === "bounded" || q === "unbounded") && innerUnbounded) return "a quantified group contains an unbounded quantifier (nested quantifiers)";
      if (q === "unbounded") return "an unbounded quantifier on a group";
      if (innerUnbounded && stack.length > 0) stack[stack.length - 1] = true;
    } else if (quantifierAt(source, i) === "unbounded" && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return void 0;
}
function quantifierAt(source, i) {
  const ch = source[i];
  if (ch === "*" || ch === "+") return "unbounded";
  if (ch === "?") return source[i - 1] === "(" ? void 0 : "optional";
  if (ch === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return void 0;
    if (m[2] !== void 0 && m[3] === "") return "unbounded";
    const max = Number(m[3] ?? m[1]);
    return max <= 1 ? "optional" : "bounded";
  }
  return void 0;
}

// src/surface/lock-findings.ts
function lockFindings(diff, lockPath = LOCK_FILE_NAME) {
  const out = [];
  for (const t of diff.added) {
    out.push(draft("lock-added", t.name, lockPath, `Tool "${visible(t.name, 128)}" is listed but not pinned in ${lockPath}.`));
  }
  for (const t of diff.removed) {
    out.push(draft("lock-removed", t.name, lockPath, `Tool "${visible(t.name, 128)}" is pinned in ${lockPath} but no longer listed.`));
  }
  for (const c of diff.changed) {
    const details = describeFields(c).join("; ");
    out.push(draft("lock-changed", c.name, lockPath, `Tool "${visible(c.name, 128)}" changed ${c.fields.join(", ")} since it was locked: ${details}.`));
  }
  return out;
}
function lockMissingFinding(lockPath = LOCK_FILE_NAME) {
  const check = builtinCheck("lock-missing");
  return { ...base(check), id: check.id, message: `No ${lockPath} is committed, so tool changes are not pinned.`, locations: [] };
}
function draft(rule, tool, lockPath, message) {
  const check = builtinCheck(rule);
  return { ...base(check), id: `${check.id}:${visible(tool, 128)}`, tool, message, locations: [{ path: lockPath }] };
}
function base(check) {
  return {
    kind: "lock-mismatch",
    title: check.title,
    layers: [...check.layers],
    cvssVector: check.cvssVector,
    remediation: check.remediation,
    docs: check.docs,
    ...check.controlId ? { controlId: check.controlId } : {}
  };
}

// src/surface/surface-items.ts
var MAX_DEPTH = 32;
function walkTool(tool, sink, maxStrings, withPaths) {
  push(sink, "name", tool.name);
  push(sink, "title", tool.title);
  push(sink, "description", tool.description);
  push(sink, "annotations.title", tool.annotations?.title);
  walkSchema(sink, tool.inputSchema, withPaths ? "inputSchema" : void 0, 0, maxStrings);
  walkSchema(sink, tool.outputSchema, withPaths ? "outputSchema" : void 0, 0, maxStrings);
}
function itemSink(item) {
  return {
    text: (field, text) => item.texts.push({ field, text }),
    param: (p) => item.parameters.push(p),
    get count() {
      return item.texts.length;
    }
  };
}
function itemFromTool(tool, maxStrings) {
  const item = { kind: "tool", name: tool.name, texts: [], parameters: [], locations: toolLocations(tool) };
  walkTool(tool, itemSink(item), maxStrings, true);
  return item;
}
function screenTool(tool, maxStrings, maxLength) {
  const texts = [];
  const parameters = [];
  walkTool(
    tool,
    {
      text: (_field, text) => texts.push(text.length > maxLength ? text.slice(0, maxLength) : text),
      param: (p) => parameters.push(p),
      get count() {
        return texts.length;
      }
    },
    maxStrings,
    false
  );
  return { text: texts.join("\n"), parameters };
}
function itemFromPrompt(raw) {
  if (!isRecord(raw) || typeof raw.name !== "string") return void 0;
  const item = { kind: "prompt", name: raw.name, texts: [], parameters: [], locations: [] };
  const sink = itemSink(item);
  push(sink, "name", raw.name);
  push(sink, "title", str(raw.title));
  push(sink, "description", str(raw.description));
  if (Array.isArray(raw.arguments)) {
    raw.arguments.forEach((arg, i) => {
      if (!isRecord(arg) || typeof arg.name !== "string") return;
      const path = `arguments/${i}`;
      push(sink, `${path}/name`, arg.name);
      push(sink, `${path}/description`, str(arg.description));
      item.parameters.push({ path, name: arg.name, ...typeof arg.description === "string" ? { description: arg.description } : {} });
    });
  }
  return item;
}
function itemFromResource(raw) {
  if (!isRecord(raw)) return void 0;
  const name = str(raw.name) ?? str(raw.uri);
  if (name === void 0) return void 0;
  const item = { kind: "resource", name, texts: [], parameters: [], locations: [] };
  const sink = itemSink(item);
  push(sink, "name", str(raw.name));
  push(sink, "uri", str(raw.uri));
  push(sink, "title", str(raw.title));
  push(sink, "description", str(raw.description));
  return item;
}
function toolLocations(tool) {
  if (tool.location) return [tool.location];
  return tool.origins.filter((o) => o.format !== "introspection").map((o) => o.line !== void 0 ? { path: o.path, line: o.line } : { path: o.path });
}
function walkSchema(sink, node, path, depth, maxStrings) {
  if (depth > MAX_DEPTH || sink.count >= maxStrings) return;
  if (typeof node === "string") {
    push(sink, path ?? "", node);
    return;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) walkSchema(sink, node[i], path === void 0 ? void 0 : `${path}/${i}`, depth + 1, maxStrings);
    return;
  }
  if (!isRecord(node)) return;
  for (const key in node) {
    const child = node[key];
    const childPath = path === void 0 ? void 0 : `${path}/${key}`;
    if (key === "properties" && isRecord(child)) {
      for (const prop in child) {
        const schema = child[prop];
        const propPath = childPath === void 0 ? "" : `${childPath}/${prop}`;
        push(sink, childPath === void 0 ? "" : `${propPath} (name)`, prop);
        const description = isRecord(schema) ? str(schema.description) : void 0;
        const param = { path: propPath, name: prop };
        if (description !== void 0) param.description = description;
        sink.param(param);
        walkSchema(sink, schema, childPath === void 0 ? void 0 : propPath, depth + 2, maxStrings);
      }
      continue;
    }
    walkSchema(sink, child, childPath, depth + 1, maxStrings);
  }
}
function push(sink, field, text) {
  if (text !== void 0 && text !== "") sink.text(field, text);
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/surface/poison.ts
function detectPoisoning(input) {
  const catalog = checkCatalog();
  const { maxStringsPerItem, maxTextLength, maxEvidencePerFinding } = catalog.limits;
  const extras = [
    ...(input.prompts ?? []).map(itemFromPrompt).filter((i) => i !== void 0),
    ...(input.resources ?? []).map(itemFromResource).filter((i) => i !== void 0)
  ];
  let ownNames;
  const own = () => ownNames ??= /* @__PURE__ */ new Set([...input.tools.map((t) => normaliseName(t.name)), ...extras.filter((i) => i.kind !== "resource").map((i) => normaliseName(i.name))]);
  const poisoning = catalog.checks.filter((c) => c.kind === "poisoning");
  const hidden = poisoning.flatMap((c) => c.detector.type === "codepoints" ? [c.detector] : []);
  const parameterChecks = poisoning.filter((c) => c.detector.type === "parameter");
  const findings = [];
  const prefilter = anyPatternOf(poisoning);
  const hiddenAny = rangeTable(hidden, () => hidden.flatMap((d) => d.ranges), [173]).any;
  const checkItem = (item) => {
    const texts = prepareTexts(item.texts, hidden, maxTextLength);
    for (const check of poisoning) {
      const evidence = runCheck(check, item, texts, own);
      if (evidence.length > 0) findings.push(toFinding(check, item, evidence, maxEvidencePerFinding));
    }
  };
  for (const tool of input.tools) {
    const screen = screenTool(tool, maxStringsPerItem, maxTextLength);
    if (hiddenAny.test(screen.text) || !prefilter || matchesAny(prefilter, nfkc(screen.text))) {
      checkItem(itemFromTool(tool, maxStringsPerItem));
      continue;
    }
    let item;
    for (const check of parameterChecks) {
      if (!screen.parameters.some((param) => parameterRules(check).some((rule) => ruleMatches(rule, param)))) continue;
      item ??= itemFromTool(tool, maxStringsPerItem);
      findings.push(toFinding(check, item, parameterEvidence(check, item.parameters), maxEvidencePerFinding));
    }
  }
  extras.forEach(checkItem);
  return findings;
}
function matchesAny(res, text) {
  for (const re of res) if (re.test(text)) return true;
  return false;
}
var ASCII = /^[\x00-\x7f]*$/;
function nfkc(text) {
  return ASCII.test(text) ? text : text.normalize("NFKC");
}
function prepareTexts(texts, hidden, max) {
  const out = [];
  for (const t of texts) {
    const text = t.text.length > max ? t.text.slice(0, max) : t.text;
    const stripped = stripHidden(text, hidden);
    out.push({ field: t.field, text, plain: nfkc(stripped) });
    const decoded = decodeTags(text);
    if (decoded.trim() !== "") out.push({ field: `${t.field} (hidden tag text)`, text: decoded, plain: decoded });
  }
  return out;
}
function runCheck(check, item, texts, ownNames) {
  const d = check.detector;
  switch (d.type) {
    case "codepoints":
      return texts.filter((t) => !t.field.endsWith("(hidden tag text)")).flatMap((t) => codepointEvidence(d, t));
    case "patterns": {
      const joined = joinedPlain(texts);
      const hits = d.patterns.filter((p) => compile(p, "m").test(joined));
      return hits.length === 0 ? [] : texts.flatMap((t) => hits.flatMap((p) => patternEvidence(p, t)));
    }
    case "tool-reference": {
      const ignore = ignoreSet(d.ignoreNames);
      const own = { has: (key) => ownNames().has(key) || key === normaliseName(item.name) };
      const prose = texts.filter((t) => !t.field.endsWith("(name)") && t.field !== "name");
      const joined = joinedPlain(prose);
      const patterns = d.patterns.filter((p) => compile(p, "m").test(joined));
      const namePatterns = d.namePatterns.filter((p) => compile(p, "m").test(joined));
      if (patterns.length === 0 && namePatterns.length === 0) return [];
      return prose.flatMap((t) => [
        ...patterns.flatMap((p) => patternEvidence(p, t)),
        ...namePatterns.flatMap((p) => namedToolEvidence(p, t, own, ignore))
      ]);
    }
    case "parameter":
      return parameterEvidence(check, item.parameters);
    case "builtin":
      return [];
  }
}
function parameterEvidence(check, parameters) {
  const out = [];
  for (const param of parameters) {
    for (const rule of parameterRules(check)) {
      if (!ruleMatches(rule, param)) continue;
      const why = param.description ? ` described as "${visible(param.description, 120)}"` : "";
      out.push(`${rule.label}: parameter "${visible(param.name, 64)}" at ${visible(param.path, 120)}${why}`);
    }
  }
  return out;
}
function parameterRules(check) {
  return check.detector.type === "parameter" ? check.detector.rules : [];
}
function ruleMatches(rule, param) {
  if (!compile(rule.name).test(param.name)) return false;
  return !rule.description || compile(rule.description).test((param.description ?? "").normalize("NFKC"));
}
var prefilters = /* @__PURE__ */ new WeakMap();
function anyPatternOf(checks) {
  let res = prefilters.get(checks);
  if (res === void 0) {
    const byFlags = /* @__PURE__ */ new Map();
    for (const c of checks) {
      const specs = c.detector.type === "patterns" ? c.detector.patterns : c.detector.type === "tool-reference" ? [...c.detector.patterns, ...c.detector.namePatterns] : [];
      for (const spec of specs) {
        const flags = [...new Set((spec.flags ?? "").replace(/[gy]/g, "") + "m")].sort().join("");
        byFlags.set(flags, [...byFlags.get(flags) ?? [], `(?:${spec.source})`]);
      }
    }
    try {
      res = byFlags.size > 0 ? [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags)) : null;
    } catch {
      res = null;
    }
    prefilters.set(checks, res);
  }
  return res ?? void 0;
}
var joinedCache = /* @__PURE__ */ new WeakMap();
function joinedPlain(texts) {
  let joined = joinedCache.get(texts);
  if (joined === void 0) {
    joined = texts.map((t) => t.plain).join("\n");
    joinedCache.set(texts, joined);
  }
  return joined;
}
function codepointEvidence(d, t) {
  const { ranges, any } = rangeTable(d, () => d.ranges);
  if (!any.test(t.text)) return [];
  const byLabel = /* @__PURE__ */ new Map();
  const codepoints = /* @__PURE__ */ new Set();
  let total = 0;
  for (const ch of t.text) {
    const cp = ch.codePointAt(0) ?? 0;
    const range = ranges.find((r) => cp >= r.from && cp <= r.to);
    if (!range) continue;
    total += 1;
    byLabel.set(range.label, (byLabel.get(range.label) ?? 0) + 1);
    if (codepoints.size < 6) codepoints.add(escapeCodePoint(cp));
  }
  if (total === 0) return [];
  const kinds = [...byLabel.entries()].map(([label, n]) => `${n} ${label}${n === 1 ? "" : "s"}`).join(", ");
  const cps = [...codepoints].slice(0, 5).join(" ") + (codepoints.size > 5 ? " \u2026" : "");
  let line = `${t.field} hides ${kinds} (${cps})`;
  if (d.decode === "unicode-tags") {
    const decoded = decodeTags(t.text);
    if (decoded !== "") line += `; the hidden text reads "${visible(decoded, 200)}"`;
  } else {
    line += `: "${visible(t.text, 120)}"`;
  }
  return [line];
}
function patternEvidence(spec, t) {
  const m = compile(spec).exec(t.plain);
  if (!m) return [];
  return [`${spec.label} in ${t.field}: "${excerpt(t.plain, m.index, m[0].length)}"`];
}
function namedToolEvidence(spec, t, own, ignore) {
  const re = compile(spec, "g");
  re.lastIndex = 0;
  const out = [];
  for (let m = re.exec(t.plain); m !== null && out.length < 5; m = re.exec(t.plain)) {
    if (m[0].length === 0) re.lastIndex += 1;
    const name = m[1];
    if (name === void 0) continue;
    const key = normaliseName(name);
    if (own.has(key) || ignore.has(key)) continue;
    out.push(`${spec.label} ("${visible(name, 64)}") in ${t.field}: "${excerpt(t.plain, m.index, m[0].length)}"`);
  }
  return out;
}
var compiled = /* @__PURE__ */ new WeakMap();
function compile(spec, extra = "") {
  let perSpec = compiled.get(spec);
  if (!perSpec) {
    perSpec = /* @__PURE__ */ new Map();
    compiled.set(spec, perSpec);
  }
  let re = perSpec.get(extra);
  if (!re) {
    re = new RegExp(spec.source, [...new Set((spec.flags ?? "") + extra)].join(""));
    perSpec.set(extra, re);
  }
  if (re.global) re.lastIndex = 0;
  return re;
}
var ignoreSets = /* @__PURE__ */ new WeakMap();
function ignoreSet(names) {
  let set = ignoreSets.get(names);
  if (!set) {
    set = new Set(names.map(normaliseName));
    ignoreSets.set(names, set);
  }
  return set;
}
var rangeTables = /* @__PURE__ */ new WeakMap();
function rangeTable(key, rangesOf, extra = []) {
  let table = rangeTables.get(key);
  if (!table) {
    const ranges = rangesOf();
    const parsed = ranges.map((r) => ({ from: parseInt(r.from, 16), to: parseInt(r.to, 16), label: r.label }));
    const cls = [...parsed.map((r) => `\\u{${r.from.toString(16)}}-\\u{${r.to.toString(16)}}`), ...extra.map((cp) => `\\u{${cp.toString(16)}}`)].join("");
    table = { ranges: parsed, any: new RegExp(`[${cls}]`, "u") };
    rangeTables.set(key, table);
  }
  return table;
}
function excerpt(text, index, length) {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return (start > 0 ? "\u2026" : "") + visible(text.slice(start, end), 200) + (end < text.length ? "\u2026" : "");
}
function decodeTags(text) {
  if (!/[\u{e0000}-\u{e007f}]/u.test(text)) return "";
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 917536 && cp <= 917630) out += String.fromCharCode(cp - 917504);
  }
  return out;
}
function stripHidden(text, hidden) {
  const table = rangeTable(hidden, () => hidden.flatMap((d) => d.ranges), [173]);
  if (!table.any.test(text)) return text;
  const ranges = table.ranges.map((r) => [r.from, r.to]);
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 173 || ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
    out += ch;
  }
  return out;
}
function normaliseName(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[\s_.-]+/g, " ").trim();
}
function toFinding(check, item, evidence, max) {
  const subject = item.kind === "tool" ? item.name : `${item.kind}:${item.name}`;
  const shown = evidence.slice(0, max);
  const more = evidence.length > max ? ` (and ${evidence.length - max} more)` : "";
  const finding2 = {
    id: `${check.id}:${visible(subject, 128)}`,
    kind: "poisoning",
    title: check.title,
    message: `${capitalise(item.kind)} "${visible(item.name, 128)}": ${shown.join("; ")}${more}`,
    layers: [...check.layers],
    cvssVector: check.cvssVector,
    locations: [...item.locations],
    remediation: check.remediation,
    docs: check.docs
  };
  if (check.controlId) finding2.controlId = check.controlId;
  if (item.kind === "tool") finding2.tool = item.name;
  return finding2;
}
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// src/surface/drift.ts
var ANNOTATING_FORMATS = /* @__PURE__ */ new Set(["introspection", "tools-dump", "tool-snapshot"]);
var MIN_TRUNCATED_LENGTH = 8;
function detectDrift(tools, options = {}) {
  const declared = tools.filter((t) => t.origins.some((o) => o.provenance === "declared"));
  const observed = tools.filter((t) => t.origins.some((o) => o.provenance !== "declared"));
  const findings = [];
  if (declared.length > 0 && observed.length > 0) {
    const declaredOnly = declared.filter((t) => !observed.includes(t));
    const observedOnly = observed.filter((t) => !declared.includes(t));
    const matched = /* @__PURE__ */ new Set();
    const observedSources = labelsOf(observed, "observed");
    const manifests = manifestLocations(declared);
    for (const d of declaredOnly) {
      const hit = observedOnly.find((o) => !matched.has(o) && renameKind(d.name, o) !== void 0);
      if (!hit) {
        findings.push(
          finding("drift-missing", d.name, locationsOf(d), `Tool "${visible(d.name, 128)}" is declared in ${labelsOf([d], "declared")} but ${observedSources} does not list it.`)
        );
        continue;
      }
      matched.add(hit);
      const how = renameKind(d.name, hit);
      findings.push(
        finding(
          "drift-renamed",
          hit.name,
          locationsOf(d),
          `${labelsOf([d], "declared")} lists "${visible(d.name, 128)}", which is ${how} of the tool "${visible(hit.name, 128)}"; hosts match tools by name, so declare "${visible(hit.name, 128)}".`
        )
      );
    }
    if (!options.declaredListIncomplete) {
      for (const o of observedOnly) {
        if (matched.has(o)) continue;
        findings.push(
          finding("drift-undeclared", o.name, manifests, `Tool "${visible(o.name, 128)}" is listed by ${labelsOf([o], "observed")} but no manifest declares it (${labelsOf(declared, "declared")}).`)
        );
      }
    }
  }
  for (const t of tools) {
    const message = annotationDisagreement(t);
    if (message) findings.push(finding("drift-annotations", t.name, locationsOf(t), message));
  }
  findings.push(...duplicateConflicts(tools));
  return findings;
}
var DEFINITION_FIELDS = ["title", "description", "inputSchema", "outputSchema", "annotations", "requiredScopes", "httpMethod"];
function duplicateConflicts(tools) {
  const byName = /* @__PURE__ */ new Map();
  for (const t of tools) {
    const list = byName.get(t.name);
    if (list) list.push(t);
    else byName.set(t.name, [t]);
  }
  const findings = [];
  for (const [name, twins] of byName) {
    if (twins.length < 2) continue;
    const differ = DEFINITION_FIELDS.filter((f) => new Set(twins.map((t, i) => fieldKey(t[f], i))).size > 1);
    const where = twins.map((t) => placeOf2(t));
    findings.push(
      finding(
        "duplicate-conflict",
        name,
        twins.flatMap((t) => locationsOf(t).slice(0, 1)),
        `Tool "${visible(name, 128)}" has ${twins.length} different definitions (${where.join("; ")}); they differ in ${differ.join(", ") || "their definition"}. Hosts keep one of them, and which one is undefined: each definition was analysed on its own.`
      )
    );
  }
  return findings;
}
function fieldKey(value, i) {
  if (value === void 0) return "";
  try {
    return canonicalJson(value);
  } catch {
    return `\0${i}`;
  }
}
function placeOf2(t) {
  const o = t.origins.find((x) => x.provenance !== "declared") ?? t.origins[0];
  if (!o) return "an unnamed source";
  return o.format === "introspection" ? originLabel(o) : `${visible(o.path, 200)}${o.line !== void 0 ? `:${o.line}` : ""}`;
}
function renameKind(declaredName, o) {
  const key = normaliseName(declaredName);
  if (key === normaliseName(o.name)) return "a differently spelled form of the name";
  if (o.title !== void 0 && key === normaliseName(o.title)) return "the title";
  if (o.annotations?.title !== void 0 && key === normaliseName(o.annotations.title)) return "the annotations title";
  if (declaredName.length >= MIN_TRUNCATED_LENGTH && o.name.length > declaredName.length && o.name.startsWith(declaredName)) return "a truncated form";
  return void 0;
}
var EFFECTIVE_KEYS = ["readOnly", "destructive", "idempotent", "openWorld"];
function effectiveOf(a) {
  const readOnly = a.readOnlyHint ?? false;
  return {
    readOnly,
    destructive: !readOnly && (a.destructiveHint ?? true),
    idempotent: a.idempotentHint ?? false,
    openWorld: a.openWorldHint ?? true
  };
}
function annotationDisagreement(t) {
  const views = t.origins.filter((o) => o.annotations !== void 0 || ANNOTATING_FORMATS.has(o.format)).map((o) => ({ origin: o, effective: effectiveOf(o.annotations ?? {}) }));
  if (views.length < 2) return void 0;
  const diffs = [];
  for (const key of EFFECTIVE_KEYS) {
    const values = new Set(views.map((v) => v.effective[key]));
    if (values.size < 2) continue;
    diffs.push(`${key} is ${views.map((v) => `${v.effective[key]} in ${originLabel(v.origin)}`).join(", ")}`);
  }
  if (diffs.length === 0) return void 0;
  return `Sources disagree on tool "${visible(t.name, 128)}": ${diffs.join("; ")}.`;
}
function originLabel(o) {
  return o.format === "introspection" ? `the live server (${visible(o.path, 120)})` : visible(o.path, 200);
}
function labelsOf(tools, which) {
  const labels = /* @__PURE__ */ new Set();
  for (const t of tools) {
    for (const o of t.origins) if (o.provenance === "declared" === (which === "declared")) labels.add(originLabel(o));
  }
  return labels.size > 0 ? [...labels].join(", ") : "an unnamed source";
}
function manifestLocations(declared) {
  const paths = /* @__PURE__ */ new Set();
  for (const t of declared) for (const o of t.origins) if (o.provenance === "declared") paths.add(o.path);
  return [...paths].map((path) => ({ path }));
}
function locationsOf(t) {
  if (t.location) return [t.location];
  return t.origins.filter((o) => o.provenance === "declared" || o.format !== "introspection").map((o) => o.line !== void 0 ? { path: o.path, line: o.line } : { path: o.path });
}
function finding(rule, tool, locations, message) {
  const check = builtinCheck(rule);
  const draft2 = {
    id: `${check.id}:${visible(tool, 128)}`,
    kind: "drift",
    title: check.title,
    message,
    layers: [...check.layers],
    tool,
    cvssVector: check.cvssVector,
    locations,
    remediation: check.remediation,
    docs: check.docs
  };
  if (check.controlId) draft2.controlId = check.controlId;
  return draft2;
}

// src/surface/from-introspection.ts
var HINTS = ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"];
var DEFAULTS = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };
function toolRecordsFromIntrospection(raw, source) {
  const tools = [];
  const problems = [];
  raw.forEach((entry, index) => {
    if (!isRecord2(entry) || typeof entry.name !== "string" || entry.name === "") {
      problems.push(`tools[${index}] has no string "name"; skipped`);
      return;
    }
    const annotations = readAnnotations(entry.annotations);
    const allDefault = annotations !== void 0 && HINTS.every((h) => annotations[h] === DEFAULTS[h]);
    const declared = annotations !== void 0 && !allDefault && HINTS.some((h) => annotations[h] !== void 0);
    const readOnly = annotations?.readOnlyHint ?? DEFAULTS.readOnlyHint;
    const record = {
      name: entry.name,
      annotationsDeclared: declared,
      annotationsAllDefault: allDefault,
      effective: {
        readOnly,
        // destructive/idempotent are meaningful only for tools that write.
        destructive: !readOnly && (annotations?.destructiveHint ?? DEFAULTS.destructiveHint),
        idempotent: annotations?.idempotentHint ?? DEFAULTS.idempotentHint,
        openWorld: annotations?.openWorldHint ?? DEFAULTS.openWorldHint
      },
      origins: [{ path: source, format: "introspection", provenance: "observed", ...annotations ? { annotations } : {} }]
    };
    if (typeof entry.title === "string") record.title = entry.title;
    if (typeof entry.description === "string") record.description = entry.description;
    if (entry.inputSchema !== void 0) record.inputSchema = entry.inputSchema;
    if (entry.outputSchema !== void 0) record.outputSchema = entry.outputSchema;
    if (annotations) record.annotations = annotations;
    tools.push(record);
  });
  return { tools, problems };
}
function readAnnotations(value) {
  if (!isRecord2(value)) return void 0;
  const out = {};
  if (typeof value.title === "string") out.title = value.title;
  for (const hint of HINTS) {
    const v = value[hint];
    if (typeof v === "boolean") out[hint] = v;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  canonicalJson,
  sha256Hex,
  visible,
  LOCK_VERSION,
  LOCK_FILE_NAME,
  LOCKED_FIELDS,
  lockDefinition,
  hashTool,
  computeLock,
  serializeLock,
  lockMatches,
  diffLock,
  formatLockDiff,
  parseLock,
  checkCatalog,
  checkById,
  unsafePatternReason,
  lockFindings,
  lockMissingFinding,
  detectPoisoning,
  decodeTags,
  normaliseName,
  detectDrift,
  toolRecordsFromIntrospection
};
