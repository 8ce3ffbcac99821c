import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  __require,
  __toESM,
  require_ucs2length
} from "./chunk-Y5GVRAJR.js";

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

// src/lazy.ts
function lazy(make) {
  let value;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
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
function computeLock(tools) {
  const seen = /* @__PURE__ */ new Set();
  const locked = [];
  for (const tool of tools) {
    if (seen.has(tool.name)) throw new Error(`two tools are named "${tool.name}"; a lock needs unique names`);
    seen.add(tool.name);
    const definition = lockDefinition(tool);
    locked.push({ name: tool.name, sha256: hashTool(tool.name, definition), definition });
  }
  locked.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { lockVersion: LOCK_VERSION, algorithm: "sha256", canonicalization: "RFC8785", tools: locked };
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

// src/manifest/generated/validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var __ajvRuntime0 = typeof import_ucs2length.default === "function" ? import_ucs2length.default : import_ucs2length.default.default;
var registryServer = validate10;
var func2 = __ajvRuntime0;
var schema13 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["stdio", "streamable-http", "sse"] }, "url": { "type": "string" }, "headers": { "type": "array", "items": { "$ref": "#/definitions/keyValue" } } } };
var schema14 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "isSecret": { "type": "boolean" }, "is_secret": { "type": "boolean" }, "isRequired": { "type": "boolean" }, "is_required": { "type": "boolean" }, "format": { "type": "string" }, "value": { "type": "string" }, "default": { "type": ["string", "number", "boolean"] }, "variables": { "type": "object", "additionalProperties": { "$ref": "#/definitions/input" } } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.isSecret !== void 0) {
      if (typeof data.isSecret !== "boolean") {
        const err4 = { instancePath: instancePath + "/isSecret", schemaPath: "#/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.is_secret !== void 0) {
      if (typeof data.is_secret !== "boolean") {
        const err5 = { instancePath: instancePath + "/is_secret", schemaPath: "#/properties/is_secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.isRequired !== void 0) {
      if (typeof data.isRequired !== "boolean") {
        const err6 = { instancePath: instancePath + "/isRequired", schemaPath: "#/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.is_required !== void 0) {
      if (typeof data.is_required !== "boolean") {
        const err7 = { instancePath: instancePath + "/is_required", schemaPath: "#/properties/is_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if (typeof data.format !== "string") {
        const err8 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err9 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data8 = data.default;
      if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean") {
        const err10 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: schema14.properties.default.type }, message: "must be string,number,boolean" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data9 = data.variables;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key0 in data9) {
          let data10 = data9[key0];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.isSecret !== void 0) {
              if (typeof data10.isSecret !== "boolean") {
                const err11 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/definitions/input/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data10.is_secret !== void 0) {
              if (typeof data10.is_secret !== "boolean") {
                const err12 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/is_secret", schemaPath: "#/definitions/input/properties/is_secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data10.isRequired !== void 0) {
              if (typeof data10.isRequired !== "boolean") {
                const err13 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/definitions/input/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data10.is_required !== void 0) {
              if (typeof data10.is_required !== "boolean") {
                const err14 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/is_required", schemaPath: "#/definitions/input/properties/is_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data10.format !== void 0) {
              if (typeof data10.format !== "string") {
                const err15 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/definitions/input/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/input/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "stdio" || data0 === "streamable-http" || data0 === "sse")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err2 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data2 = data.headers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate13(data2[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err0 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err2 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.valueHint !== void 0) {
      if (typeof data.valueHint !== "string") {
        const err3 = { instancePath: instancePath + "/valueHint", schemaPath: "#/properties/valueHint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.value_hint !== void 0) {
      if (typeof data.value_hint !== "string") {
        const err4 = { instancePath: instancePath + "/value_hint", schemaPath: "#/properties/value_hint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if (typeof data.format !== "string") {
        const err5 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.isSecret !== void 0) {
      if (typeof data.isSecret !== "boolean") {
        const err6 = { instancePath: instancePath + "/isSecret", schemaPath: "#/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.is_secret !== void 0) {
      if (typeof data.is_secret !== "boolean") {
        const err7 = { instancePath: instancePath + "/is_secret", schemaPath: "#/properties/is_secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.isRepeated !== void 0) {
      if (typeof data.isRepeated !== "boolean") {
        const err8 = { instancePath: instancePath + "/isRepeated", schemaPath: "#/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.is_repeated !== void 0) {
      if (typeof data.is_repeated !== "boolean") {
        const err9 = { instancePath: instancePath + "/is_repeated", schemaPath: "#/properties/is_repeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data10 = data.variables;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key0 in data10) {
          let data11 = data10[key0];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.isSecret !== void 0) {
              if (typeof data11.isSecret !== "boolean") {
                const err10 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/definitions/input/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data11.is_secret !== void 0) {
              if (typeof data11.is_secret !== "boolean") {
                const err11 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/is_secret", schemaPath: "#/definitions/input/properties/is_secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data11.isRequired !== void 0) {
              if (typeof data11.isRequired !== "boolean") {
                const err12 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/definitions/input/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data11.is_required !== void 0) {
              if (typeof data11.is_required !== "boolean") {
                const err13 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/is_required", schemaPath: "#/definitions/input/properties/is_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data11.format !== void 0) {
              if (typeof data11.format !== "string") {
                const err14 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/definitions/input/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/input/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registryType !== void 0) {
      if (typeof data.registryType !== "string") {
        const err0 = { instancePath: instancePath + "/registryType", schemaPath: "#/properties/registryType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.registry_type !== void 0) {
      if (typeof data.registry_type !== "string") {
        const err1 = { instancePath: instancePath + "/registry_type", schemaPath: "#/properties/registry_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.registry_name !== void 0) {
      if (typeof data.registry_name !== "string") {
        const err2 = { instancePath: instancePath + "/registry_name", schemaPath: "#/properties/registry_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.registryBaseUrl !== void 0) {
      if (typeof data.registryBaseUrl !== "string") {
        const err3 = { instancePath: instancePath + "/registryBaseUrl", schemaPath: "#/properties/registryBaseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.identifier !== void 0) {
      if (typeof data.identifier !== "string") {
        const err4 = { instancePath: instancePath + "/identifier", schemaPath: "#/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fileSha256 !== void 0) {
      if (typeof data.fileSha256 !== "string") {
        const err7 = { instancePath: instancePath + "/fileSha256", schemaPath: "#/properties/fileSha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.file_sha256 !== void 0) {
      if (typeof data.file_sha256 !== "string") {
        const err8 = { instancePath: instancePath + "/file_sha256", schemaPath: "#/properties/file_sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.runtimeHint !== void 0) {
      if (typeof data.runtimeHint !== "string") {
        const err9 = { instancePath: instancePath + "/runtimeHint", schemaPath: "#/properties/runtimeHint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.runtime_hint !== void 0) {
      if (typeof data.runtime_hint !== "string") {
        const err10 = { instancePath: instancePath + "/runtime_hint", schemaPath: "#/properties/runtime_hint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.transport !== void 0) {
      if (!validate12(data.transport, { instancePath: instancePath + "/transport", parentData: data, parentDataProperty: "transport", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.environmentVariables !== void 0) {
      let data12 = data.environmentVariables;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate13(data12[i0], { instancePath: instancePath + "/environmentVariables/" + i0, parentData: data12, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/environmentVariables", schemaPath: "#/properties/environmentVariables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.environment_variables !== void 0) {
      let data14 = data.environment_variables;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data14[i1], { instancePath: instancePath + "/environment_variables/" + i1, parentData: data14, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/environment_variables", schemaPath: "#/properties/environment_variables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.runtimeArguments !== void 0) {
      let data16 = data.runtimeArguments;
      if (Array.isArray(data16)) {
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate18(data16[i2], { instancePath: instancePath + "/runtimeArguments/" + i2, parentData: data16, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/runtimeArguments", schemaPath: "#/properties/runtimeArguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.runtime_arguments !== void 0) {
      let data18 = data.runtime_arguments;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate18(data18[i3], { instancePath: instancePath + "/runtime_arguments/" + i3, parentData: data18, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/runtime_arguments", schemaPath: "#/properties/runtime_arguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.packageArguments !== void 0) {
      let data20 = data.packageArguments;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate18(data20[i4], { instancePath: instancePath + "/packageArguments/" + i4, parentData: data20, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/packageArguments", schemaPath: "#/properties/packageArguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.package_arguments !== void 0) {
      let data22 = data.package_arguments;
      if (Array.isArray(data22)) {
        const len5 = data22.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate18(data22[i5], { instancePath: instancePath + "/package_arguments/" + i5, parentData: data22, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/package_arguments", schemaPath: "#/properties/package_arguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema18 = { "type": "object", "required": ["url"], "properties": { "type": { "enum": ["streamable-http", "sse"] }, "transport_type": { "enum": ["streamable-http", "sse"] }, "url": { "type": "string", "minLength": 1 }, "headers": { "type": "array", "items": { "$ref": "#/definitions/keyValue" } }, "variables": { "type": "object" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "streamable-http" || data0 === "sse")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema18.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.transport_type !== void 0) {
      let data1 = data.transport_type;
      if (!(data1 === "streamable-http" || data1 === "sse")) {
        const err2 = { instancePath: instancePath + "/transport_type", schemaPath: "#/properties/transport_type/enum", keyword: "enum", params: { allowedValues: schema18.properties.transport_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data2 = data.url;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data3 = data.headers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate13(data3[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data5 = data.variables;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err6 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err4 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.version_detail !== void 0) {
      let data5 = data.version_detail;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.version !== void 0) {
          if (typeof data5.version !== "string") {
            const err7 = { instancePath: instancePath + "/version_detail/version", schemaPath: "#/properties/version_detail/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/version_detail", schemaPath: "#/properties/version_detail/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.websiteUrl !== void 0) {
      if (typeof data.websiteUrl !== "string") {
        const err9 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/properties/websiteUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data9 = data.repository;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.url !== void 0) {
          if (typeof data9.url !== "string") {
            const err11 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data9.source !== void 0) {
          if (typeof data9.source !== "string") {
            const err12 = { instancePath: instancePath + "/repository/source", schemaPath: "#/properties/repository/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data9.id !== void 0) {
          if (typeof data9.id !== "string") {
            const err13 = { instancePath: instancePath + "/repository/id", schemaPath: "#/properties/repository/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data9.subfolder !== void 0) {
          if (typeof data9.subfolder !== "string") {
            const err14 = { instancePath: instancePath + "/repository/subfolder", schemaPath: "#/properties/repository/properties/subfolder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.packages !== void 0) {
      let data14 = data.packages;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data14[i0], { instancePath: instancePath + "/packages/" + i0, parentData: data14, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.remotes !== void 0) {
      let data16 = data.remotes;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data16[i1], { instancePath: instancePath + "/remotes/" + i1, parentData: data16, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/remotes", schemaPath: "#/properties/remotes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data._meta !== void 0) {
      let data18 = data._meta;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
        const err18 = { instancePath: instancePath + "/_meta", schemaPath: "#/properties/_meta/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var mcpTool = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputSchema !== void 0) {
      let data3 = data.inputSchema;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err4 = { instancePath: instancePath + "/inputSchema", schemaPath: "#/properties/inputSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data4 = data.parameters;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err5 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputSchema !== void 0) {
      let data5 = data.outputSchema;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err6 = { instancePath: instancePath + "/outputSchema", schemaPath: "#/properties/outputSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.arguments !== void 0) {
      if (!Array.isArray(data.arguments)) {
        const err7 = { instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data7 = data.annotations;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.title !== void 0) {
          if (typeof data7.title !== "string") {
            const err8 = { instancePath: instancePath + "/annotations/title", schemaPath: "#/properties/annotations/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data7.readOnlyHint !== void 0) {
          if (typeof data7.readOnlyHint !== "boolean") {
            const err9 = { instancePath: instancePath + "/annotations/readOnlyHint", schemaPath: "#/properties/annotations/properties/readOnlyHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data7.destructiveHint !== void 0) {
          if (typeof data7.destructiveHint !== "boolean") {
            const err10 = { instancePath: instancePath + "/annotations/destructiveHint", schemaPath: "#/properties/annotations/properties/destructiveHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data7.idempotentHint !== void 0) {
          if (typeof data7.idempotentHint !== "boolean") {
            const err11 = { instancePath: instancePath + "/annotations/idempotentHint", schemaPath: "#/properties/annotations/properties/idempotentHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data7.openWorldHint !== void 0) {
          if (typeof data7.openWorldHint !== "boolean") {
            const err12 = { instancePath: instancePath + "/annotations/openWorldHint", schemaPath: "#/properties/annotations/properties/openWorldHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.requiredScopes !== void 0) {
      let data13 = data.requiredScopes;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data13[i0] !== "string") {
            const err14 = { instancePath: instancePath + "/requiredScopes/" + i0, schemaPath: "#/properties/requiredScopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/requiredScopes", schemaPath: "#/properties/requiredScopes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      if (typeof data.method !== "string") {
        const err16 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.httpMethod !== void 0) {
      if (typeof data.httpMethod !== "string") {
        const err17 = { instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var mcpbManifest = validate28;
var schema20 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/mcpb-manifest.schema.json", "title": "MCPB / DXT manifest.json, manifest_version or dxt_version 0.1 to 0.4 (fields mcp-risk-gate reads)", "type": "object", "required": ["name", "server"], "properties": { "manifest_version": { "type": "string" }, "dxt_version": { "type": "string" }, "name": { "type": "string" }, "display_name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "repository": { "type": "object", "properties": { "url": { "type": "string" } } }, "server": { "type": "object", "properties": { "type": { "type": "string" }, "entry_point": { "type": "string" }, "mcp_config": { "type": "object", "properties": { "command": { "type": "string" }, "args": { "type": "array", "items": { "type": "string" } }, "env": { "type": "object", "additionalProperties": { "type": "string" } } } } } }, "tools": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "description": { "type": "string" } } } }, "tools_generated": { "type": "boolean" }, "prompts": { "type": "array" }, "privacy_policies": { "type": "array", "items": { "type": "string" } }, "user_config": { "type": "object", "additionalProperties": { "type": "object", "properties": { "type": { "enum": ["string", "number", "boolean", "directory", "file"] }, "title": { "type": "string" }, "description": { "type": "string" }, "required": { "type": "boolean" }, "sensitive": { "type": "boolean" }, "multiple": { "type": "boolean" } } } } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.server === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.manifest_version !== void 0) {
      if (typeof data.manifest_version !== "string") {
        const err2 = { instancePath: instancePath + "/manifest_version", schemaPath: "#/properties/manifest_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.dxt_version !== void 0) {
      if (typeof data.dxt_version !== "string") {
        const err3 = { instancePath: instancePath + "/dxt_version", schemaPath: "#/properties/dxt_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.display_name !== void 0) {
      if (typeof data.display_name !== "string") {
        const err5 = { instancePath: instancePath + "/display_name", schemaPath: "#/properties/display_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data6 = data.repository;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.url !== void 0) {
          if (typeof data6.url !== "string") {
            const err8 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data8 = data.server;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.type !== void 0) {
          if (typeof data8.type !== "string") {
            const err10 = { instancePath: instancePath + "/server/type", schemaPath: "#/properties/server/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.entry_point !== void 0) {
          if (typeof data8.entry_point !== "string") {
            const err11 = { instancePath: instancePath + "/server/entry_point", schemaPath: "#/properties/server/properties/entry_point/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data8.mcp_config !== void 0) {
          let data11 = data8.mcp_config;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.command !== void 0) {
              if (typeof data11.command !== "string") {
                const err12 = { instancePath: instancePath + "/server/mcp_config/command", schemaPath: "#/properties/server/properties/mcp_config/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data11.args !== void 0) {
              let data13 = data11.args;
              if (Array.isArray(data13)) {
                const len0 = data13.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data13[i0] !== "string") {
                    const err13 = { instancePath: instancePath + "/server/mcp_config/args/" + i0, schemaPath: "#/properties/server/properties/mcp_config/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/server/mcp_config/args", schemaPath: "#/properties/server/properties/mcp_config/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data11.env !== void 0) {
              let data15 = data11.env;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key0 in data15) {
                  if (typeof data15[key0] !== "string") {
                    const err15 = { instancePath: instancePath + "/server/mcp_config/env/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/server/properties/mcp_config/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/server/mcp_config/env", schemaPath: "#/properties/server/properties/mcp_config/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/server/mcp_config", schemaPath: "#/properties/server/properties/mcp_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data17 = data.tools;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.name === void 0) {
              const err19 = { instancePath: instancePath + "/tools/" + i1, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data18.name !== void 0) {
              if (typeof data18.name !== "string") {
                const err20 = { instancePath: instancePath + "/tools/" + i1 + "/name", schemaPath: "#/properties/tools/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data18.description !== void 0) {
              if (typeof data18.description !== "string") {
                const err21 = { instancePath: instancePath + "/tools/" + i1 + "/description", schemaPath: "#/properties/tools/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/tools/" + i1, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.tools_generated !== void 0) {
      if (typeof data.tools_generated !== "boolean") {
        const err24 = { instancePath: instancePath + "/tools_generated", schemaPath: "#/properties/tools_generated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.prompts !== void 0) {
      if (!Array.isArray(data.prompts)) {
        const err25 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.privacy_policies !== void 0) {
      let data23 = data.privacy_policies;
      if (Array.isArray(data23)) {
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data23[i2] !== "string") {
            const err26 = { instancePath: instancePath + "/privacy_policies/" + i2, schemaPath: "#/properties/privacy_policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/privacy_policies", schemaPath: "#/properties/privacy_policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.user_config !== void 0) {
      let data25 = data.user_config;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key1 in data25) {
          let data26 = data25[key1];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.type !== void 0) {
              let data27 = data26.type;
              if (!(data27 === "string" || data27 === "number" || data27 === "boolean" || data27 === "directory" || data27 === "file")) {
                const err28 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/user_config/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.user_config.additionalProperties.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data26.title !== void 0) {
              if (typeof data26.title !== "string") {
                const err29 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/user_config/additionalProperties/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data26.description !== void 0) {
              if (typeof data26.description !== "string") {
                const err30 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/user_config/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data26.required !== void 0) {
              if (typeof data26.required !== "boolean") {
                const err31 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/user_config/additionalProperties/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data26.sensitive !== void 0) {
              if (typeof data26.sensitive !== "boolean") {
                const err32 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/sensitive", schemaPath: "#/properties/user_config/additionalProperties/properties/sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data26.multiple !== void 0) {
              if (typeof data26.multiple !== "boolean") {
                const err33 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/multiple", schemaPath: "#/properties/user_config/additionalProperties/properties/multiple/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/user_config", schemaPath: "#/properties/user_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var smithery = validate29;
var schema21 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/smithery.schema.json", "title": "smithery.yaml (fields mcp-risk-gate reads)", "type": "object", "properties": { "runtime": { "type": "string" }, "startCommand": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["stdio", "http"] }, "configSchema": { "type": "object" }, "commandFunction": { "type": "string" }, "exampleConfig": { "type": "object" } } }, "env": { "type": "object" }, "build": { "type": "object" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.runtime !== void 0) {
      if (typeof data.runtime !== "string") {
        const err0 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.startCommand !== void 0) {
      let data1 = data.startCommand;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.type === void 0) {
          const err1 = { instancePath: instancePath + "/startCommand", schemaPath: "#/properties/startCommand/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data1.type !== void 0) {
          let data2 = data1.type;
          if (!(data2 === "stdio" || data2 === "http")) {
            const err2 = { instancePath: instancePath + "/startCommand/type", schemaPath: "#/properties/startCommand/properties/type/enum", keyword: "enum", params: { allowedValues: schema21.properties.startCommand.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.configSchema !== void 0) {
          let data3 = data1.configSchema;
          if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
            const err3 = { instancePath: instancePath + "/startCommand/configSchema", schemaPath: "#/properties/startCommand/properties/configSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.commandFunction !== void 0) {
          if (typeof data1.commandFunction !== "string") {
            const err4 = { instancePath: instancePath + "/startCommand/commandFunction", schemaPath: "#/properties/startCommand/properties/commandFunction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.exampleConfig !== void 0) {
          let data5 = data1.exampleConfig;
          if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
            const err5 = { instancePath: instancePath + "/startCommand/exampleConfig", schemaPath: "#/properties/startCommand/properties/exampleConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/startCommand", schemaPath: "#/properties/startCommand/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data6 = data.env;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
        const err7 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.build !== void 0) {
      let data7 = data.build;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err8 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var dockerCatalog = validate30;
var schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/docker-catalog.schema.json", "title": "Docker MCP catalog server.yaml (fields mcp-risk-gate reads)", "type": "object", "required": ["name", "type"], "properties": { "name": { "type": "string" }, "image": { "type": "string" }, "type": { "enum": ["server", "remote", "poci"] }, "dynamic": { "type": "object", "properties": { "tools": { "type": "boolean" } } }, "about": { "type": "object", "properties": { "title": { "type": "string" }, "description": { "type": "string" } } }, "source": { "type": "object", "properties": { "project": { "type": "string" }, "commit": { "type": "string" } } }, "remote": { "type": "object", "properties": { "transport_type": { "enum": ["streamable-http", "sse", "http"] }, "url": { "type": "string" }, "headers": { "type": "object" } } }, "run": { "type": "object", "properties": { "command": { "type": "array" }, "volumes": { "type": "array", "items": { "type": "string" } }, "allowHosts": { "type": "array", "items": { "type": "string" } }, "disableNetwork": { "type": ["boolean", "string"] } } }, "config": { "type": "object", "properties": { "secrets": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "env": { "type": "string" }, "required": { "type": "boolean" } } } }, "env": { "type": "array" }, "parameters": { "type": "object" } } }, "oauth": { "type": "array", "items": { "type": "object", "required": ["provider"], "properties": { "provider": { "type": "string" } } } }, "tools": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } } } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err3 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (!(data2 === "server" || data2 === "remote" || data2 === "poci")) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema22.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.dynamic !== void 0) {
      let data3 = data.dynamic;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.tools !== void 0) {
          if (typeof data3.tools !== "boolean") {
            const err5 = { instancePath: instancePath + "/dynamic/tools", schemaPath: "#/properties/dynamic/properties/tools/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/dynamic", schemaPath: "#/properties/dynamic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.about !== void 0) {
      let data5 = data.about;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.title !== void 0) {
          if (typeof data5.title !== "string") {
            const err7 = { instancePath: instancePath + "/about/title", schemaPath: "#/properties/about/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.description !== void 0) {
          if (typeof data5.description !== "string") {
            const err8 = { instancePath: instancePath + "/about/description", schemaPath: "#/properties/about/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/about", schemaPath: "#/properties/about/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data8 = data.source;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.project !== void 0) {
          if (typeof data8.project !== "string") {
            const err10 = { instancePath: instancePath + "/source/project", schemaPath: "#/properties/source/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.commit !== void 0) {
          if (typeof data8.commit !== "string") {
            const err11 = { instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.remote !== void 0) {
      let data11 = data.remote;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.transport_type !== void 0) {
          let data12 = data11.transport_type;
          if (!(data12 === "streamable-http" || data12 === "sse" || data12 === "http")) {
            const err13 = { instancePath: instancePath + "/remote/transport_type", schemaPath: "#/properties/remote/properties/transport_type/enum", keyword: "enum", params: { allowedValues: schema22.properties.remote.properties.transport_type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data11.url !== void 0) {
          if (typeof data11.url !== "string") {
            const err14 = { instancePath: instancePath + "/remote/url", schemaPath: "#/properties/remote/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data11.headers !== void 0) {
          let data14 = data11.headers;
          if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
            const err15 = { instancePath: instancePath + "/remote/headers", schemaPath: "#/properties/remote/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data15 = data.run;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.command !== void 0) {
          if (!Array.isArray(data15.command)) {
            const err17 = { instancePath: instancePath + "/run/command", schemaPath: "#/properties/run/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data15.volumes !== void 0) {
          let data17 = data15.volumes;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data17[i0] !== "string") {
                const err18 = { instancePath: instancePath + "/run/volumes/" + i0, schemaPath: "#/properties/run/properties/volumes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/run/volumes", schemaPath: "#/properties/run/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data15.allowHosts !== void 0) {
          let data19 = data15.allowHosts;
          if (Array.isArray(data19)) {
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data19[i1] !== "string") {
                const err20 = { instancePath: instancePath + "/run/allowHosts/" + i1, schemaPath: "#/properties/run/properties/allowHosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/run/allowHosts", schemaPath: "#/properties/run/properties/allowHosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data15.disableNetwork !== void 0) {
          let data21 = data15.disableNetwork;
          if (typeof data21 !== "boolean" && typeof data21 !== "string") {
            const err22 = { instancePath: instancePath + "/run/disableNetwork", schemaPath: "#/properties/run/properties/disableNetwork/type", keyword: "type", params: { type: schema22.properties.run.properties.disableNetwork.type }, message: "must be boolean,string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data22 = data.config;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.secrets !== void 0) {
          let data23 = data22.secrets;
          if (Array.isArray(data23)) {
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data24 = data23[i2];
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.name !== void 0) {
                  if (typeof data24.name !== "string") {
                    const err24 = { instancePath: instancePath + "/config/secrets/" + i2 + "/name", schemaPath: "#/properties/config/properties/secrets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data24.env !== void 0) {
                  if (typeof data24.env !== "string") {
                    const err25 = { instancePath: instancePath + "/config/secrets/" + i2 + "/env", schemaPath: "#/properties/config/properties/secrets/items/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data24.required !== void 0) {
                  if (typeof data24.required !== "boolean") {
                    const err26 = { instancePath: instancePath + "/config/secrets/" + i2 + "/required", schemaPath: "#/properties/config/properties/secrets/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/config/secrets/" + i2, schemaPath: "#/properties/config/properties/secrets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/config/secrets", schemaPath: "#/properties/config/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data22.env !== void 0) {
          if (!Array.isArray(data22.env)) {
            const err29 = { instancePath: instancePath + "/config/env", schemaPath: "#/properties/config/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data22.parameters !== void 0) {
          let data29 = data22.parameters;
          if (!(data29 && typeof data29 == "object" && !Array.isArray(data29))) {
            const err30 = { instancePath: instancePath + "/config/parameters", schemaPath: "#/properties/config/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.oauth !== void 0) {
      let data30 = data.oauth;
      if (Array.isArray(data30)) {
        const len3 = data30.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data31 = data30[i3];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.provider === void 0) {
              const err32 = { instancePath: instancePath + "/oauth/" + i3, schemaPath: "#/properties/oauth/items/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data31.provider !== void 0) {
              if (typeof data31.provider !== "string") {
                const err33 = { instancePath: instancePath + "/oauth/" + i3 + "/provider", schemaPath: "#/properties/oauth/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/oauth/" + i3, schemaPath: "#/properties/oauth/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data33 = data.tools;
      if (Array.isArray(data33)) {
        const len4 = data33.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data34 = data33[i4];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.name === void 0) {
              const err36 = { instancePath: instancePath + "/tools/" + i4, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data34.name !== void 0) {
              if (typeof data34.name !== "string") {
                const err37 = { instancePath: instancePath + "/tools/" + i4 + "/name", schemaPath: "#/properties/tools/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/tools/" + i4, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var toolhiveSpec = validate31;
var schema23 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/toolhive-spec.schema.json", "title": "ToolHive registry spec.yaml (fields mcp-risk-gate reads)", "type": "object", "required": ["transport"], "properties": { "name": { "type": "string" }, "description": { "type": "string" }, "transport": { "enum": ["stdio", "sse", "streamable-http"] }, "image": { "type": "string" }, "url": { "type": "string" }, "repository_url": { "type": "string" }, "tools": { "type": "array", "items": { "type": "string" } }, "args": { "type": "array", "items": { "type": "string" } }, "permissions": { "type": "object", "properties": { "network": { "type": "object", "properties": { "outbound": { "type": "object", "properties": { "allow_host": { "type": "array", "items": { "type": "string" } }, "allow_port": { "type": "array", "items": { "type": "integer" } }, "insecure_allow_all": { "type": "boolean" } } } } } } }, "env_vars": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "required": { "type": "boolean" }, "secret": { "type": "boolean" } } } } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.transport === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transport" }, message: "must have required property 'transport'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.transport !== void 0) {
      let data2 = data.transport;
      if (!(data2 === "stdio" || data2 === "sse" || data2 === "streamable-http")) {
        const err3 = { instancePath: instancePath + "/transport", schemaPath: "#/properties/transport/enum", keyword: "enum", params: { allowedValues: schema23.properties.transport.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err4 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.repository_url !== void 0) {
      if (typeof data.repository_url !== "string") {
        const err6 = { instancePath: instancePath + "/repository_url", schemaPath: "#/properties/repository_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data6 = data.tools;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data8 = data.args;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data8[i1] !== "string") {
            const err9 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data10 = data.permissions;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.network !== void 0) {
          let data11 = data10.network;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.outbound !== void 0) {
              let data12 = data11.outbound;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.allow_host !== void 0) {
                  let data13 = data12.allow_host;
                  if (Array.isArray(data13)) {
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data13[i2] !== "string") {
                        const err11 = { instancePath: instancePath + "/permissions/network/outbound/allow_host/" + i2, schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_host/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/permissions/network/outbound/allow_host", schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_host/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data12.allow_port !== void 0) {
                  let data15 = data12.allow_port;
                  if (Array.isArray(data15)) {
                    const len3 = data15.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data16 = data15[i3];
                      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                        const err13 = { instancePath: instancePath + "/permissions/network/outbound/allow_port/" + i3, schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_port/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/permissions/network/outbound/allow_port", schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_port/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data12.insecure_allow_all !== void 0) {
                  if (typeof data12.insecure_allow_all !== "boolean") {
                    const err15 = { instancePath: instancePath + "/permissions/network/outbound/insecure_allow_all", schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/insecure_allow_all/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/permissions/network/outbound", schemaPath: "#/properties/permissions/properties/network/properties/outbound/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/permissions/network", schemaPath: "#/properties/permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.env_vars !== void 0) {
      let data18 = data.env_vars;
      if (Array.isArray(data18)) {
        const len4 = data18.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data19 = data18[i4];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.name === void 0) {
              const err19 = { instancePath: instancePath + "/env_vars/" + i4, schemaPath: "#/properties/env_vars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data19.name !== void 0) {
              if (typeof data19.name !== "string") {
                const err20 = { instancePath: instancePath + "/env_vars/" + i4 + "/name", schemaPath: "#/properties/env_vars/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data19.required !== void 0) {
              if (typeof data19.required !== "boolean") {
                const err21 = { instancePath: instancePath + "/env_vars/" + i4 + "/required", schemaPath: "#/properties/env_vars/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data19.secret !== void 0) {
              if (typeof data19.secret !== "boolean") {
                const err22 = { instancePath: instancePath + "/env_vars/" + i4 + "/secret", schemaPath: "#/properties/env_vars/items/properties/secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/env_vars/" + i4, schemaPath: "#/properties/env_vars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/env_vars", schemaPath: "#/properties/env_vars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var mcpServersConfig = validate32;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mcpServers !== void 0) {
      let data2 = data.mcpServers;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.type !== void 0) {
              if (typeof data3.type !== "string") {
                const err2 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/mcpServers/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data3.command !== void 0) {
              if (typeof data3.command !== "string") {
                const err3 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/properties/mcpServers/additionalProperties/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data3.args !== void 0) {
              let data6 = data3.args;
              if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data6[i0] !== "string") {
                    const err4 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i0, schemaPath: "#/properties/mcpServers/additionalProperties/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              } else {
                const err5 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/properties/mcpServers/additionalProperties/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.env !== void 0) {
              let data8 = data3.env;
              if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                const err6 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/mcpServers/additionalProperties/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.url !== void 0) {
              if (typeof data3.url !== "string") {
                const err7 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/mcpServers/additionalProperties/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.httpUrl !== void 0) {
              if (typeof data3.httpUrl !== "string") {
                const err8 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/httpUrl", schemaPath: "#/properties/mcpServers/additionalProperties/properties/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.headers !== void 0) {
              let data11 = data3.headers;
              if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                const err9 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/headers", schemaPath: "#/properties/mcpServers/additionalProperties/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.oauth !== void 0) {
              let data12 = data3.oauth;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.enabled !== void 0) {
                  if (typeof data12.enabled !== "boolean") {
                    const err10 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/oauth/enabled", schemaPath: "#/properties/mcpServers/additionalProperties/properties/oauth/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/oauth", schemaPath: "#/properties/mcpServers/additionalProperties/properties/oauth/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/mcpServers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/mcpServers", schemaPath: "#/properties/mcpServers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      let data14 = data.settings;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.name !== void 0) {
              if (typeof data15.name !== "string") {
                const err14 = { instancePath: instancePath + "/settings/" + i1 + "/name", schemaPath: "#/properties/settings/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data15.envVar !== void 0) {
              if (typeof data15.envVar !== "string") {
                const err15 = { instancePath: instancePath + "/settings/" + i1 + "/envVar", schemaPath: "#/properties/settings/items/properties/envVar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/settings/" + i1, schemaPath: "#/properties/settings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var mcpRisk = validate33;
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/mcp-risk.schema.json", "title": ".mcp-risk.yml: the project's own mcp-risk-gate profile", "description": "Declared controls with evidence, factor overrides with rationale, policy, waivers and extra inputs. Put `# yaml-language-server: $schema=<path or URL of this file>` at the top of the file for editor completion.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Profile format version. Only 1 exists." }, "server": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name when no manifest names the server." } } }, "manifests": { "type": "array", "description": "Extra manifest paths (relative to the repository) to read besides the discovered ones.", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "string", "minLength": 1, "description": "A tools dump: a JSON array of MCP Tool objects, a tools/list result {tools:[...]}, or a folder of per-tool snapshot files." }, "exclude": { "type": "array", "description": "Repository paths (prefixes) that discovery skips, e.g. test fixtures holding other servers' manifests.", "items": { "type": "string", "minLength": 1 } }, "aivss": { "type": "object", "additionalProperties": false, "properties": { "version": { "enum": ["0.8", "0.5"], "description": "OWASP AIVSS version; 0.8 by default." }, "threat": { "enum": ["attacked", "poc", "unreported"], "description": "Default threat multiplier: 1.00, 0.97 (default), 0.50." }, "mitigation": { "enum": ["none", "partial", "strong"], "description": "Default v0.8 mitigation factor: 1.00 (default), 0.83, 0.67." } } }, "factors": { "type": "object", "description": "Factor overrides keyed by factor id (camelCase of the version's factor names).", "propertyNames": { "pattern": "^[a-z][A-Za-z]+$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["value", "rationale"], "properties": { "value": { "type": "number", "minimum": 0, "maximum": 1, "description": "0, 0.5 or 1 per OWASP; any value in [0,1] is accepted as a documented extension and flagged in the report." }, "rationale": { "type": "string", "minLength": 10, "description": "Why the inferred value is wrong for this server." } } } }, "controls": { "type": "array", "description": "Controls the project declares it has. Declared evidence is reported as weaker than observed evidence.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "evidence"], "properties": { "id": { "type": "string", "pattern": "^MAE-L[1-7]-[0-9]{2}$" }, "evidence": { "type": "string", "minLength": 3, "description": "Where a reviewer can see the control: a file path, a URL, a document section." }, "description": { "type": "string" } } } }, "findings": { "type": "array", "description": "Per-finding scoring overrides (CVSS vector, threat, mitigation), each with a rationale.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "rationale"], "properties": { "id": { "type": "string", "minLength": 1 }, "cvss": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "threat": { "enum": ["attacked", "poc", "unreported"] }, "mitigation": { "enum": ["none", "partial", "strong"] }, "rationale": { "type": "string", "minLength": 10 } } } }, "policy": { "type": "object", "additionalProperties": false, "description": "Gate policy. Action inputs and CLI flags override these; these override the built-in defaults.", "properties": { "fail-on-score": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-posture": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-missing": { "enum": ["required", "recommended", "none"] }, "max-score-increase": { "type": "number", "minimum": 0, "maximum": 10 }, "warn-only": { "type": "boolean" }, "only-new": { "type": "boolean", "description": "Fail only on findings this change introduces (needs a base ref)." }, "require-lock": { "type": "boolean", "description": "Fail when mcp-tools.lock.json does not match the tools." }, "comment": { "enum": ["never", "on-failure", "always", "on-change"] } } }, "waivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "justification", "expires"], "properties": { "id": { "type": "string", "minLength": 1, "description": "A control id (MAE-L5-01) or a finding id." }, "tool": { "type": "string", "minLength": 1 }, "toolHash": { "type": "string", "pattern": "^(sha256:)?[0-9a-f]{64}$" }, "justification": { "type": "string", "minLength": 10 }, "owner": { "type": "string" }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD. Expired waivers stop applying and are reported." } } } } } };
var func5 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[a-z][A-Za-z]+$", "u");
var pattern1 = new RegExp("^MAE-L[1-7]-[0-9]{2}$", "u");
var pattern2 = new RegExp("^CVSS:4\\.0/", "u");
var pattern3 = new RegExp("^(sha256:)?[0-9a-f]{64}$", "u");
var pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func5.call(schema25.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data2 = data.server;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err4 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err5 = { instancePath: instancePath + "/server/name", schemaPath: "#/properties/server/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/server/name", schemaPath: "#/properties/server/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data4 = data.manifests;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data6 = data.tools;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err11 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data7 = data.exclude;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err13 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data9 = data.aivss;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(key2 === "version" || key2 === "threat" || key2 === "mitigation")) {
            const err16 = { instancePath: instancePath + "/aivss", schemaPath: "#/properties/aivss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data9.version !== void 0) {
          let data10 = data9.version;
          if (!(data10 === "0.8" || data10 === "0.5")) {
            const err17 = { instancePath: instancePath + "/aivss/version", schemaPath: "#/properties/aivss/properties/version/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.version.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.threat !== void 0) {
          let data11 = data9.threat;
          if (!(data11 === "attacked" || data11 === "poc" || data11 === "unreported")) {
            const err18 = { instancePath: instancePath + "/aivss/threat", schemaPath: "#/properties/aivss/properties/threat/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.threat.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.mitigation !== void 0) {
          let data12 = data9.mitigation;
          if (!(data12 === "none" || data12 === "partial" || data12 === "strong")) {
            const err19 = { instancePath: instancePath + "/aivss/mitigation", schemaPath: "#/properties/aivss/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/aivss", schemaPath: "#/properties/aivss/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data13 = data.factors;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          const _errs28 = errors;
          if (typeof key3 === "string") {
            if (!pattern0.test(key3)) {
              const err21 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][A-Za-z]+$" }, message: 'must match pattern "^[a-z][A-Za-z]+$"', propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var valid7 = _errs28 === errors;
          if (!valid7) {
            const err22 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key4 in data13) {
          let data14 = data13[key4];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.value === void 0) {
              const err23 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data14.rationale === void 0) {
              const err24 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key5 in data14) {
              if (!(key5 === "value" || key5 === "rationale")) {
                const err25 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data14.value !== void 0) {
              let data15 = data14.value;
              if (typeof data15 == "number") {
                if (data15 > 1 || isNaN(data15)) {
                  const err26 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err27 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data14.rationale !== void 0) {
              let data16 = data14.rationale;
              if (typeof data16 === "string") {
                if (func2(data16) < 10) {
                  const err29 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rationale", schemaPath: "#/properties/factors/additionalProperties/properties/rationale/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rationale", schemaPath: "#/properties/factors/additionalProperties/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data17 = data.controls;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.id === void 0) {
              const err33 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data18.evidence === void 0) {
              const err34 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key6 in data18) {
              if (!(key6 === "id" || key6 === "evidence" || key6 === "description")) {
                const err35 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data18.id !== void 0) {
              let data19 = data18.id;
              if (typeof data19 === "string") {
                if (!pattern1.test(data19)) {
                  const err36 = { instancePath: instancePath + "/controls/" + i2 + "/id", schemaPath: "#/properties/controls/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^MAE-L[1-7]-[0-9]{2}$" }, message: 'must match pattern "^MAE-L[1-7]-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/controls/" + i2 + "/id", schemaPath: "#/properties/controls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data18.evidence !== void 0) {
              let data20 = data18.evidence;
              if (typeof data20 === "string") {
                if (func2(data20) < 3) {
                  const err38 = { instancePath: instancePath + "/controls/" + i2 + "/evidence", schemaPath: "#/properties/controls/items/properties/evidence/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/controls/" + i2 + "/evidence", schemaPath: "#/properties/controls/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18.description !== void 0) {
              if (typeof data18.description !== "string") {
                const err40 = { instancePath: instancePath + "/controls/" + i2 + "/description", schemaPath: "#/properties/controls/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data22 = data.findings;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data23 = data22[i3];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.id === void 0) {
              const err43 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data23.rationale === void 0) {
              const err44 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            for (const key7 in data23) {
              if (!(key7 === "id" || key7 === "cvss" || key7 === "threat" || key7 === "mitigation" || key7 === "rationale")) {
                const err45 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data23.id !== void 0) {
              let data24 = data23.id;
              if (typeof data24 === "string") {
                if (func2(data24) < 1) {
                  const err46 = { instancePath: instancePath + "/findings/" + i3 + "/id", schemaPath: "#/properties/findings/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/findings/" + i3 + "/id", schemaPath: "#/properties/findings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data23.cvss !== void 0) {
              let data25 = data23.cvss;
              if (typeof data25 === "string") {
                if (!pattern2.test(data25)) {
                  const err48 = { instancePath: instancePath + "/findings/" + i3 + "/cvss", schemaPath: "#/properties/findings/items/properties/cvss/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"' };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/findings/" + i3 + "/cvss", schemaPath: "#/properties/findings/items/properties/cvss/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data23.threat !== void 0) {
              let data26 = data23.threat;
              if (!(data26 === "attacked" || data26 === "poc" || data26 === "unreported")) {
                const err50 = { instancePath: instancePath + "/findings/" + i3 + "/threat", schemaPath: "#/properties/findings/items/properties/threat/enum", keyword: "enum", params: { allowedValues: schema25.properties.findings.items.properties.threat.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data23.mitigation !== void 0) {
              let data27 = data23.mitigation;
              if (!(data27 === "none" || data27 === "partial" || data27 === "strong")) {
                const err51 = { instancePath: instancePath + "/findings/" + i3 + "/mitigation", schemaPath: "#/properties/findings/items/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema25.properties.findings.items.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data23.rationale !== void 0) {
              let data28 = data23.rationale;
              if (typeof data28 === "string") {
                if (func2(data28) < 10) {
                  const err52 = { instancePath: instancePath + "/findings/" + i3 + "/rationale", schemaPath: "#/properties/findings/items/properties/rationale/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/findings/" + i3 + "/rationale", schemaPath: "#/properties/findings/items/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data29 = data.policy;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key8 in data29) {
          if (!(key8 === "fail-on-score" || key8 === "fail-on-posture" || key8 === "fail-on-missing" || key8 === "max-score-increase" || key8 === "warn-only" || key8 === "only-new" || key8 === "require-lock" || key8 === "comment")) {
            const err56 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data29["fail-on-score"] !== void 0) {
          let data30 = data29["fail-on-score"];
          if (typeof data30 == "number") {
            if (data30 > 10 || isNaN(data30)) {
              const err57 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data30 < 0 || isNaN(data30)) {
              const err58 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data29["fail-on-posture"] !== void 0) {
          let data31 = data29["fail-on-posture"];
          if (typeof data31 == "number") {
            if (data31 > 10 || isNaN(data31)) {
              const err60 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data31 < 0 || isNaN(data31)) {
              const err61 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data29["fail-on-missing"] !== void 0) {
          let data32 = data29["fail-on-missing"];
          if (!(data32 === "required" || data32 === "recommended" || data32 === "none")) {
            const err63 = { instancePath: instancePath + "/policy/fail-on-missing", schemaPath: "#/properties/policy/properties/fail-on-missing/enum", keyword: "enum", params: { allowedValues: schema25.properties.policy.properties["fail-on-missing"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data29["max-score-increase"] !== void 0) {
          let data33 = data29["max-score-increase"];
          if (typeof data33 == "number") {
            if (data33 > 10 || isNaN(data33)) {
              const err64 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err65 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data29["warn-only"] !== void 0) {
          if (typeof data29["warn-only"] !== "boolean") {
            const err67 = { instancePath: instancePath + "/policy/warn-only", schemaPath: "#/properties/policy/properties/warn-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data29["only-new"] !== void 0) {
          if (typeof data29["only-new"] !== "boolean") {
            const err68 = { instancePath: instancePath + "/policy/only-new", schemaPath: "#/properties/policy/properties/only-new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data29["require-lock"] !== void 0) {
          if (typeof data29["require-lock"] !== "boolean") {
            const err69 = { instancePath: instancePath + "/policy/require-lock", schemaPath: "#/properties/policy/properties/require-lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data29.comment !== void 0) {
          let data37 = data29.comment;
          if (!(data37 === "never" || data37 === "on-failure" || data37 === "always" || data37 === "on-change")) {
            const err70 = { instancePath: instancePath + "/policy/comment", schemaPath: "#/properties/policy/properties/comment/enum", keyword: "enum", params: { allowedValues: schema25.properties.policy.properties.comment.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data38 = data.waivers;
      if (Array.isArray(data38)) {
        const len4 = data38.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data39 = data38[i4];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.id === void 0) {
              const err72 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data39.justification === void 0) {
              const err73 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data39.expires === void 0) {
              const err74 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            for (const key9 in data39) {
              if (!(key9 === "id" || key9 === "tool" || key9 === "toolHash" || key9 === "justification" || key9 === "owner" || key9 === "expires")) {
                const err75 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data39.id !== void 0) {
              let data40 = data39.id;
              if (typeof data40 === "string") {
                if (func2(data40) < 1) {
                  const err76 = { instancePath: instancePath + "/waivers/" + i4 + "/id", schemaPath: "#/properties/waivers/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/waivers/" + i4 + "/id", schemaPath: "#/properties/waivers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data39.tool !== void 0) {
              let data41 = data39.tool;
              if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                  const err78 = { instancePath: instancePath + "/waivers/" + i4 + "/tool", schemaPath: "#/properties/waivers/items/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              } else {
                const err79 = { instancePath: instancePath + "/waivers/" + i4 + "/tool", schemaPath: "#/properties/waivers/items/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data39.toolHash !== void 0) {
              let data42 = data39.toolHash;
              if (typeof data42 === "string") {
                if (!pattern3.test(data42)) {
                  const err80 = { instancePath: instancePath + "/waivers/" + i4 + "/toolHash", schemaPath: "#/properties/waivers/items/properties/toolHash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/waivers/" + i4 + "/toolHash", schemaPath: "#/properties/waivers/items/properties/toolHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data39.justification !== void 0) {
              let data43 = data39.justification;
              if (typeof data43 === "string") {
                if (func2(data43) < 10) {
                  const err82 = { instancePath: instancePath + "/waivers/" + i4 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/waivers/" + i4 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data39.owner !== void 0) {
              if (typeof data39.owner !== "string") {
                const err84 = { instancePath: instancePath + "/waivers/" + i4 + "/owner", schemaPath: "#/properties/waivers/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data39.expires !== void 0) {
              let data45 = data39.expires;
              if (typeof data45 === "string") {
                if (!pattern4.test(data45)) {
                  const err85 = { instancePath: instancePath + "/waivers/" + i4 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/waivers/" + i4 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
  } else {
    const err89 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var mcpToolsLock = validate34;
var pattern5 = new RegExp("^[0-9a-f]{64}$", "u");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lockVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lockVersion" }, message: "must have required property 'lockVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.algorithm === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.canonicalization === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "canonicalization" }, message: "must have required property 'canonicalization'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tools === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "lockVersion" || key0 === "algorithm" || key0 === "canonicalization" || key0 === "tools")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.lockVersion !== void 0) {
      if (1 !== data.lockVersion) {
        const err6 = { instancePath: instancePath + "/lockVersion", schemaPath: "#/properties/lockVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.algorithm !== void 0) {
      if ("sha256" !== data.algorithm) {
        const err7 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/const", keyword: "const", params: { allowedValue: "sha256" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.canonicalization !== void 0) {
      if ("RFC8785" !== data.canonicalization) {
        const err8 = { instancePath: instancePath + "/canonicalization", schemaPath: "#/properties/canonicalization/const", keyword: "const", params: { allowedValue: "RFC8785" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data4 = data.tools;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.name === void 0) {
              const err9 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data5.sha256 === void 0) {
              const err10 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data5.definition === void 0) {
              const err11 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property 'definition'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "name" || key1 === "sha256" || key1 === "definition")) {
                const err12 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              let data6 = data5.name;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err13 = { instancePath: instancePath + "/tools/" + i0 + "/name", schemaPath: "#/definitions/lockedTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/tools/" + i0 + "/name", schemaPath: "#/definitions/lockedTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.sha256 !== void 0) {
              let data7 = data5.sha256;
              if (typeof data7 === "string") {
                if (!pattern5.test(data7)) {
                  const err15 = { instancePath: instancePath + "/tools/" + i0 + "/sha256", schemaPath: "#/definitions/lockedTool/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/tools/" + i0 + "/sha256", schemaPath: "#/definitions/lockedTool/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.definition !== void 0) {
              let data8 = data5.definition;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key2 in data8) {
                  if (!(key2 === "description" || key2 === "inputSchema" || key2 === "outputSchema" || key2 === "annotations")) {
                    const err17 = { instancePath: instancePath + "/tools/" + i0 + "/definition", schemaPath: "#/definitions/lockedTool/properties/definition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data8.description !== void 0) {
                  if (typeof data8.description !== "string") {
                    const err18 = { instancePath: instancePath + "/tools/" + i0 + "/definition/description", schemaPath: "#/definitions/lockedTool/properties/definition/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data8.annotations !== void 0) {
                  let data10 = data8.annotations;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.title !== void 0) {
                      if (typeof data10.title !== "string") {
                        const err19 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/title", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                    if (data10.readOnlyHint !== void 0) {
                      if (typeof data10.readOnlyHint !== "boolean") {
                        const err20 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/readOnlyHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/readOnlyHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data10.destructiveHint !== void 0) {
                      if (typeof data10.destructiveHint !== "boolean") {
                        const err21 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/destructiveHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/destructiveHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data10.idempotentHint !== void 0) {
                      if (typeof data10.idempotentHint !== "boolean") {
                        const err22 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/idempotentHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/idempotentHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data10.openWorldHint !== void 0) {
                      if (typeof data10.openWorldHint !== "boolean") {
                        const err23 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/openWorldHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/openWorldHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/tools/" + i0 + "/definition", schemaPath: "#/definitions/lockedTool/properties/definition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var reportArtifact = validate35;
var pattern6 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var schema29 = { "type": "object", "required": ["tool", "aivssVersion", "server", "profile", "capabilities", "errors", "notices"], "properties": { "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "mcp-risk-gate" }, "version": { "type": "string", "maxLength": 100 } } }, "aivssVersion": { "enum": ["0.8", "0.5"] }, "server": { "type": "object", "required": ["sources"], "properties": { "name": { "$ref": "#/definitions/text" }, "title": { "$ref": "#/definitions/text" }, "version": { "$ref": "#/definitions/text" }, "sources": { "type": "array", "items": { "type": "object", "required": ["path", "format"], "properties": { "path": { "$ref": "#/definitions/text" }, "format": { "type": "string" } } } } } }, "profile": { "type": "object", "required": ["tools"], "properties": { "tools": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/definitions/tool" } }, "configPath": { "$ref": "#/definitions/text" } } }, "capabilities": { "type": "object", "required": ["capabilities", "surface"], "properties": { "capabilities": { "type": "array" }, "surface": { "type": "object", "required": ["toolCount", "unknown"], "properties": { "toolCount": { "type": "integer", "minimum": 0 }, "unknown": { "type": "boolean" } } } } }, "factors": { "type": "array", "items": { "$ref": "#/definitions/factor" } }, "posture": { "type": "number", "minimum": 0, "maximum": 10 }, "score": { "$ref": "#/definitions/score" }, "severity": { "$ref": "#/definitions/severity" }, "controls": { "type": "array", "items": { "$ref": "#/definitions/control" } }, "layers": { "type": "array", "items": { "$ref": "#/definitions/layerSummary" } }, "findings": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/definitions/finding" } }, "decision": { "$ref": "#/definitions/decision" }, "errors": { "type": "array", "items": { "$ref": "#/definitions/message" } }, "notices": { "type": "array", "items": { "$ref": "#/definitions/message" } } } };
var schema43 = { "enum": ["None", "Low", "Medium", "High", "Critical"] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err3 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.requiredScopes !== void 0) {
      let data3 = data.requiredScopes;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/requiredScopes/" + i0, schemaPath: "#/properties/requiredScopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/requiredScopes", schemaPath: "#/properties/requiredScopes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.httpMethod !== void 0) {
      if (typeof data.httpMethod !== "string") {
        const err9 = { instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.overridden === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overridden" }, message: "must have required property 'overridden'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data2 = data.value;
      if (typeof data2 == "number") {
        if (data2 > 1 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.overridden !== void 0) {
      if (typeof data.overridden !== "boolean") {
        const err11 = { instancePath: instancePath + "/overridden", schemaPath: "#/properties/overridden/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.continuous !== void 0) {
      if (typeof data.continuous !== "boolean") {
        const err12 = { instancePath: instancePath + "/continuous", schemaPath: "#/properties/continuous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data5 = data.reasons;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.text === void 0) {
              const err13 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.text !== void 0) {
              let data7 = data6.text;
              if (typeof data7 === "string") {
                if (func2(data7) > 2e5) {
                  const err14 = { instancePath: instancePath + "/reasons/" + i0 + "/text", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/reasons/" + i0 + "/text", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var schema44 = { "type": "object", "required": ["id", "title", "layers", "status", "requirement"], "properties": { "id": { "$ref": "#/definitions/text" }, "title": { "$ref": "#/definitions/text" }, "layers": { "type": "array", "items": { "$ref": "#/definitions/layer" } }, "status": { "enum": ["present", "missing", "waived", "not-applicable"] }, "requirement": { "enum": ["required", "recommended", "not-applicable"] }, "waiver": { "$ref": "#/definitions/waiverStamp" } } };
var schema47 = { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] };
var pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.justification === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.justification !== void 0) {
      let data0 = data.justification;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err2 = { instancePath: instancePath + "/justification", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/justification", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err6 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.requirement === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirement" }, message: "must have required property 'requirement'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data2 = data.layers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "L1" || data3 === "L2" || data3 === "L3" || data3 === "L4" || data3 === "L5" || data3 === "L6" || data3 === "L7")) {
            const err9 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "present" || data4 === "missing" || data4 === "waived" || data4 === "not-applicable")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema44.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.requirement !== void 0) {
      let data5 = data.requirement;
      if (!(data5 === "required" || data5 === "recommended" || data5 === "not-applicable")) {
        const err12 = { instancePath: instancePath + "/requirement", schemaPath: "#/properties/requirement/enum", keyword: "enum", params: { allowedValues: schema44.properties.requirement.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.waiver !== void 0) {
      if (!validate42(data.waiver, { instancePath: instancePath + "/waiver", parentData: data, parentDataProperty: "waiver", rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.layer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layer" }, message: "must have required property 'layer'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.required === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.present === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "present" }, message: "must have required property 'present'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.missing === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.waived === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.layer !== void 0) {
      let data0 = data.layer;
      if (!(data0 === "L1" || data0 === "L2" || data0 === "L3" || data0 === "L4" || data0 === "L5" || data0 === "L6" || data0 === "L7")) {
        const err6 = { instancePath: instancePath + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      let data2 = data.required;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err9 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.present !== void 0) {
      let data3 = data.present;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err11 = { instancePath: instancePath + "/present", schemaPath: "#/properties/present/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/present", schemaPath: "#/properties/present/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.missing !== void 0) {
      let data4 = data.missing;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err13 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.waived !== void 0) {
      let data5 = data.waived;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err15 = { instancePath: instancePath + "/waived", schemaPath: "#/properties/waived/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 < 0 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/waived", schemaPath: "#/properties/waived/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err1 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data1 = data.line;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data2 = data.column;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err5 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 1 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.cvss === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cvss" }, message: "must have required property 'cvss'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.aivss === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aivss" }, message: "must have required property 'aivss'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.locations === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "locations" }, message: "must have required property 'locations'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.remediation === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.controlId !== void 0) {
      let data2 = data.controlId;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err13 = { instancePath: instancePath + "/controlId", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/controlId", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 2e5) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data4 = data.message;
      if (typeof data4 === "string") {
        if (func2(data4) > 2e5) {
          const err17 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data5 = data.layers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (!(data6 === "L1" || data6 === "L2" || data6 === "L3" || data6 === "L4" || data6 === "L5" || data6 === "L6" || data6 === "L7")) {
            const err19 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data7 = data.tool;
      if (typeof data7 === "string") {
        if (func2(data7) > 2e5) {
          const err21 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.cvss !== void 0) {
      let data8 = data.cvss;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.vector === void 0) {
          const err23 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data8.score === void 0) {
          const err24 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data8.vector !== void 0) {
          if (typeof data8.vector !== "string") {
            const err25 = { instancePath: instancePath + "/cvss/vector", schemaPath: "#/properties/cvss/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.score !== void 0) {
          let data10 = data8.score;
          if (typeof data10 == "number") {
            if (data10 > 10 || isNaN(data10)) {
              const err26 = { instancePath: instancePath + "/cvss/score", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err27 = { instancePath: instancePath + "/cvss/score", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/cvss/score", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data11 = data.aivss;
      if (typeof data11 == "number") {
        if (data11 > 10 || isNaN(data11)) {
          const err30 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err31 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data12 = data.severity;
      if (!(data12 === "None" || data12 === "Low" || data12 === "Medium" || data12 === "High" || data12 === "Critical")) {
        const err33 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.locations !== void 0) {
      let data13 = data.locations;
      if (Array.isArray(data13)) {
        if (data13.length > 1e3) {
          const err34 = { instancePath: instancePath + "/locations", schemaPath: "#/properties/locations/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate48(data13[i1], { instancePath: instancePath + "/locations/" + i1, parentData: data13, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/locations", schemaPath: "#/properties/locations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.remediation !== void 0) {
      let data15 = data.remediation;
      if (typeof data15 === "string") {
        if (func2(data15) > 2e5) {
          const err36 = { instancePath: instancePath + "/remediation", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/remediation", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data16 = data.docs;
      if (typeof data16 === "string") {
        if (func2(data16) > 2e5) {
          const err38 = { instancePath: instancePath + "/docs", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/docs", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.waived !== void 0) {
      if (!validate42(data.waived, { instancePath: instancePath + "/waived", parentData: data, parentDataProperty: "waived", rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
var schema68 = { "type": "object", "required": ["result", "reasons"], "properties": { "result": { "enum": ["pass", "fail", "warn"] }, "reasons": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/text" } } } };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.result === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.result !== void 0) {
      let data0 = data.result;
      if (!(data0 === "pass" || data0 === "fail" || data0 === "warn")) {
        const err2 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/enum", keyword: "enum", params: { allowedValues: schema68.properties.result.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data1 = data.reasons;
      if (Array.isArray(data1)) {
        if (data1.length > 1e3) {
          const err3 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 2e5) {
              const err4 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err2 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data1 = data.line;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err4 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err6 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.hint !== void 0) {
      let data3 = data.hint;
      if (typeof data3 === "string") {
        if (func2(data3) > 2e5) {
          const err8 = { instancePath: instancePath + "/hint", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/hint", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tool === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.aivssVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aivssVersion" }, message: "must have required property 'aivssVersion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.server === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.profile === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.capabilities === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.errors === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.notices === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notices" }, message: "must have required property 'notices'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.tool !== void 0) {
      let data0 = data.tool;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err7 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.version === void 0) {
          const err8 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.name !== void 0) {
          if ("mcp-risk-gate" !== data0.name) {
            const err9 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "mcp-risk-gate" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.version !== void 0) {
          let data2 = data0.version;
          if (typeof data2 === "string") {
            if (func2(data2) > 100) {
              const err10 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.aivssVersion !== void 0) {
      let data3 = data.aivssVersion;
      if (!(data3 === "0.8" || data3 === "0.5")) {
        const err13 = { instancePath: instancePath + "/aivssVersion", schemaPath: "#/properties/aivssVersion/enum", keyword: "enum", params: { allowedValues: schema29.properties.aivssVersion.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data4 = data.server;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.sources === void 0) {
          const err14 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.name !== void 0) {
          let data5 = data4.name;
          if (typeof data5 === "string") {
            if (func2(data5) > 2e5) {
              const err15 = { instancePath: instancePath + "/server/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/server/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.title !== void 0) {
          let data6 = data4.title;
          if (typeof data6 === "string") {
            if (func2(data6) > 2e5) {
              const err17 = { instancePath: instancePath + "/server/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/server/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.version !== void 0) {
          let data7 = data4.version;
          if (typeof data7 === "string") {
            if (func2(data7) > 2e5) {
              const err19 = { instancePath: instancePath + "/server/version", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/server/version", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.sources !== void 0) {
          let data8 = data4.sources;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.path === void 0) {
                  const err21 = { instancePath: instancePath + "/server/sources/" + i0, schemaPath: "#/properties/server/properties/sources/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data9.format === void 0) {
                  const err22 = { instancePath: instancePath + "/server/sources/" + i0, schemaPath: "#/properties/server/properties/sources/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data9.path !== void 0) {
                  let data10 = data9.path;
                  if (typeof data10 === "string") {
                    if (func2(data10) > 2e5) {
                      const err23 = { instancePath: instancePath + "/server/sources/" + i0 + "/path", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/server/sources/" + i0 + "/path", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data9.format !== void 0) {
                  if (typeof data9.format !== "string") {
                    const err25 = { instancePath: instancePath + "/server/sources/" + i0 + "/format", schemaPath: "#/properties/server/properties/sources/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/server/sources/" + i0, schemaPath: "#/properties/server/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/server/sources", schemaPath: "#/properties/server/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data12 = data.profile;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.tools === void 0) {
          const err29 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data12.tools !== void 0) {
          let data13 = data12.tools;
          if (Array.isArray(data13)) {
            if (data13.length > 1e5) {
              const err30 = { instancePath: instancePath + "/profile/tools", schemaPath: "#/properties/profile/properties/tools/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const len1 = data13.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate37(data13[i1], { instancePath: instancePath + "/profile/tools/" + i1, parentData: data13, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/profile/tools", schemaPath: "#/properties/profile/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.configPath !== void 0) {
          let data15 = data12.configPath;
          if (typeof data15 === "string") {
            if (func2(data15) > 2e5) {
              const err32 = { instancePath: instancePath + "/profile/configPath", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/profile/configPath", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data16 = data.capabilities;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.capabilities === void 0) {
          const err35 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data16.surface === void 0) {
          const err36 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/required", keyword: "required", params: { missingProperty: "surface" }, message: "must have required property 'surface'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data16.capabilities !== void 0) {
          if (!Array.isArray(data16.capabilities)) {
            const err37 = { instancePath: instancePath + "/capabilities/capabilities", schemaPath: "#/properties/capabilities/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data16.surface !== void 0) {
          let data18 = data16.surface;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.toolCount === void 0) {
              const err38 = { instancePath: instancePath + "/capabilities/surface", schemaPath: "#/properties/capabilities/properties/surface/required", keyword: "required", params: { missingProperty: "toolCount" }, message: "must have required property 'toolCount'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data18.unknown === void 0) {
              const err39 = { instancePath: instancePath + "/capabilities/surface", schemaPath: "#/properties/capabilities/properties/surface/required", keyword: "required", params: { missingProperty: "unknown" }, message: "must have required property 'unknown'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data18.toolCount !== void 0) {
              let data19 = data18.toolCount;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                const err40 = { instancePath: instancePath + "/capabilities/surface/toolCount", schemaPath: "#/properties/capabilities/properties/surface/properties/toolCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (typeof data19 == "number") {
                if (data19 < 0 || isNaN(data19)) {
                  const err41 = { instancePath: instancePath + "/capabilities/surface/toolCount", schemaPath: "#/properties/capabilities/properties/surface/properties/toolCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            }
            if (data18.unknown !== void 0) {
              if (typeof data18.unknown !== "boolean") {
                const err42 = { instancePath: instancePath + "/capabilities/surface/unknown", schemaPath: "#/properties/capabilities/properties/surface/properties/unknown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/capabilities/surface", schemaPath: "#/properties/capabilities/properties/surface/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data21 = data.factors;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate39(data21[i2], { instancePath: instancePath + "/factors/" + i2, parentData: data21, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.posture !== void 0) {
      let data23 = data.posture;
      if (typeof data23 == "number") {
        if (data23 > 10 || isNaN(data23)) {
          const err46 = { instancePath: instancePath + "/posture", schemaPath: "#/properties/posture/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data23 < 0 || isNaN(data23)) {
          const err47 = { instancePath: instancePath + "/posture", schemaPath: "#/properties/posture/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/posture", schemaPath: "#/properties/posture/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data24 = data.score;
      if (typeof data24 == "number") {
        if (data24 > 10 || isNaN(data24)) {
          const err49 = { instancePath: instancePath + "/score", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data24 < 0 || isNaN(data24)) {
          const err50 = { instancePath: instancePath + "/score", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/score", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data25 = data.severity;
      if (!(data25 === "None" || data25 === "Low" || data25 === "Medium" || data25 === "High" || data25 === "Critical")) {
        const err52 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data26 = data.controls;
      if (Array.isArray(data26)) {
        const len3 = data26.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate41(data26[i3], { instancePath: instancePath + "/controls/" + i3, parentData: data26, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data28 = data.layers;
      if (Array.isArray(data28)) {
        const len4 = data28.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate45(data28[i4], { instancePath: instancePath + "/layers/" + i4, parentData: data28, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data30 = data.findings;
      if (Array.isArray(data30)) {
        if (data30.length > 1e5) {
          const err55 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        const len5 = data30.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate47(data30[i5], { instancePath: instancePath + "/findings/" + i5, parentData: data30, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      if (!validate52(data.decision, { instancePath: instancePath + "/decision", parentData: data, parentDataProperty: "decision", rootData })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.errors !== void 0) {
      let data33 = data.errors;
      if (Array.isArray(data33)) {
        const len6 = data33.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate54(data33[i6], { instancePath: instancePath + "/errors/" + i6, parentData: data33, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.notices !== void 0) {
      let data35 = data.notices;
      if (Array.isArray(data35)) {
        const len7 = data35.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate54(data35[i7], { instancePath: instancePath + "/notices/" + i7, parentData: data35, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/notices", schemaPath: "#/properties/notices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.formatVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.headSha === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headSha" }, message: "must have required property 'headSha'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.result === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "formatVersion" || key0 === "headSha" || key0 === "pullRequest" || key0 === "result" || key0 === "base" || key0 === "decision")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("mcp-risk-gate/report" !== data.format) {
        const err5 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mcp-risk-gate/report" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      if (1 !== data.formatVersion) {
        const err6 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.headSha !== void 0) {
      let data2 = data.headSha;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err7 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pullRequest !== void 0) {
      let data3 = data.pullRequest;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err9 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 1 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.result !== void 0) {
      if (!validate36(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.base !== void 0) {
      if (!validate36(data.base, { instancePath: instancePath + "/base", parentData: data, parentDataProperty: "base", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.decision !== void 0) {
      if (!validate52(data.decision, { instancePath: instancePath + "/decision", parentData: data, parentDataProperty: "decision", rootData })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
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
    if (hiddenAny.test(screen.text) || !prefilter || prefilter.test(nfkc(screen.text))) {
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
  let re = prefilters.get(checks);
  if (re === void 0) {
    const sources = checks.flatMap(
      (c) => c.detector.type === "patterns" ? c.detector.patterns : c.detector.type === "tool-reference" ? [...c.detector.patterns, ...c.detector.namePatterns] : []
    );
    try {
      re = sources.length > 0 ? new RegExp(sources.map((p) => `(?:${p.source})`).join("|"), "im") : null;
    } catch {
      re = null;
    }
    prefilters.set(checks, re);
  }
  return re ?? void 0;
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
  return findings;
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
  lazy,
  sha256Hex,
  registryServer,
  mcpTool,
  mcpbManifest,
  smithery,
  dockerCatalog,
  toolhiveSpec,
  mcpServersConfig,
  mcpRisk,
  reportArtifact,
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
