import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  parseDocument,
  validateAgainst
} from "./chunk-63RE7MOM.js";

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

export {
  readOrgPolicy
};
