import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  escapeCode
} from "./cli-chunk-PJBD2K5M.js";
import "./cli-chunk-XH3FB2BY.js";

// src/report/fleet.ts
var BANDS = ["Critical", "High", "Medium", "Low", "None"];
function readFleet(ndjson, source = "input") {
  const byDir = /* @__PURE__ */ new Map();
  const skipped = [];
  ndjson.split("\n").forEach((text, i) => {
    if (text.trim() === "") return;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      skipped.push(`${source}:${i + 1}: not JSON`);
      return;
    }
    const line = value;
    if (line.type === "summary") return;
    if (line.type !== "repository" || typeof line.dir !== "string" || typeof line.decision !== "string") {
      skipped.push(`${source}:${i + 1}: not a batch repository line`);
      return;
    }
    byDir.set(line.dir, line);
  });
  return { repositories: [...byDir.values()].sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0), skipped };
}
var label = (text) => text.replace(/[^A-Za-z0-9 ._/-]/g, "_").slice(0, 60);
function renderFleetSummary(input, options = {}) {
  const repos = input.repositories;
  const top = options.top ?? 10;
  const count = (pred) => repos.filter(pred).length;
  const decisions = { pass: count((l) => l.decision === "pass"), warn: count((l) => l.decision === "warn"), fail: count((l) => l.decision === "fail"), error: count((l) => l.decision === "error") };
  const bands = BANDS.map((b) => [b, count((l) => l.decision !== "error" && l.severity === b)]);
  const unscored = count((l) => l.decision === "error" || l.severity === null);
  const missing = /* @__PURE__ */ new Map();
  for (const l of repos) for (const id of new Set(l.missing)) missing.set(id, (missing.get(id) ?? 0) + 1);
  const commonest = [...missing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  const out = [];
  out.push(`## ${options.title ?? "MCP risk gate: fleet summary"}`, "");
  out.push(`${repos.length} repositories: ${decisions.pass} pass, ${decisions.warn} warn, ${decisions.fail} fail, ${decisions.error} could not be scanned.`, "");
  out.push("### Servers by band", "", "```mermaid", "pie showData title Servers by AIVSS band");
  for (const [band, n] of bands) if (n > 0) out.push(`    "${band}" : ${n}`);
  if (unscored > 0) out.push(`    "Not scored (error)" : ${unscored}`);
  out.push("```", "");
  out.push("| Band | Servers |", "|---|---:|", ...bands.map(([b, n]) => `| ${b} | ${n} |`), `| Not scored | ${unscored} |`, "");
  out.push("### Most commonly missing controls", "");
  if (commonest.length === 0) {
    out.push("No repository is missing a control that counts under its policy.", "");
  } else {
    out.push("```mermaid", "xychart-beta horizontal", '    title "Repositories missing each control"');
    out.push(`    x-axis [${commonest.map(([id]) => `"${label(id)}"`).join(", ")}]`);
    out.push(`    y-axis "Repositories" 0 --> ${Math.max(...commonest.map(([, n]) => n))}`);
    out.push(`    bar [${commonest.map(([, n]) => n).join(", ")}]`, "```", "");
    out.push("| Control | Repositories missing it |", "|---|---:|", ...commonest.map(([id, n]) => `| ${escapeCode(id, { inTable: true })} | ${n} |`), "");
  }
  const attention = repos.filter((l) => l.decision === "fail" || l.decision === "error").sort((a, b) => (b.score ?? 11) - (a.score ?? 11));
  if (attention.length > 0) {
    out.push(`### Needs attention (${attention.length})`, "", "| Repository | Decision | Score | Missing | First error |", "|---|---|---:|---:|---|");
    for (const l of attention.slice(0, 100)) {
      const error = l.errors[0]?.message;
      out.push(`| ${escapeCode(l.dir, { inTable: true })} | ${l.decision} | ${l.score ?? "\u2013"} | ${l.missingControls} | ${error ? escapeCode(error, { inTable: true }) : ""} |`);
    }
    if (attention.length > 100) out.push("", `\u2026and ${attention.length - 100} more (see the merged NDJSON artifact).`);
    out.push("");
  }
  if (input.skipped.length > 0) out.push(`<sub>${input.skipped.length} input line(s) skipped: not batch lines.</sub>`, "");
  return out.join("\n");
}
export {
  readFleet,
  renderFleetSummary
};
