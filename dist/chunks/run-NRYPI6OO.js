import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  CliUsageError,
  USAGE,
  parseCli
} from "./chunk-6WGRMMXA.js";
import {
  FACTORS,
  TERMS,
  bar,
  createRedactor,
  defaultRedactor,
  docsHref,
  docsPage,
  factorShort,
  findingRole,
  introspectionSecrets,
  renderMarkdown,
  renderSarif,
  sarifToString
} from "./chunk-3LO37PAQ.js";
import {
  readOrgPolicy
} from "./chunk-P57IFTUZ.js";
import {
  truncate
} from "./chunk-F2THRJ4C.js";
import "./chunk-4HNEQXPE.js";
import {
  MAESTRO_LAYERS,
  TOOL_VERSION,
  UsageError,
  applyPolicy,
  hasChanges,
  naturalCompare,
  resolvePolicy,
  scanRepository,
  sortFindings
} from "./chunk-JUA7GQFK.js";
import "./chunk-EYXTZ7G3.js";
import "./chunk-6VLDPHXT.js";
import "./chunk-63RE7MOM.js";
import "./chunk-2ED22ZSO.js";
import "./chunk-2PPCLPZL.js";

// src/cli/run.ts
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

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

// src/report/terminal-safe.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/gu;
function terminalSafe(text, max = 200) {
  const clean = text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`).replace(/[\r\n\t]+/g, " ");
  return truncate(clean, max);
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
  const { lockCommand } = await import("./lock-HMB6ZOHK.js");
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
  const { batchCommand } = await import("./batch-YEVL4Q37.js");
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
  const { readFleet, renderFleetSummary } = await import("./fleet-EVS3AA2F.js");
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
  const gated = applyPolicy(outcome.result, outcome.base, policyInputs(args), org);
  const { result, base } = gated;
  const { decision, delta, policy } = redactor.deep({ decision: gated.decision, delta: gated.delta, policy: gated.policy });
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
