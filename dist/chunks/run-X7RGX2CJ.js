import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  createRedactor,
  defaultRedactor,
  introspectionSecrets,
  readOrgPolicy,
  renderMarkdown,
  renderSarif,
  sarifToString
} from "./chunk-ABM7KHL4.js";
import "./chunk-4HNEQXPE.js";
import {
  Tally,
  errorLine,
  inProcessExecutor,
  workerExecutor
} from "./chunk-DNZZO5Q6.js";
import {
  PolicyInputError,
  TOOL_VERSION,
  UsageError,
  applyPolicy,
  parseAivssVersionInput,
  parsePolicyInputs,
  scanRepository
} from "./chunk-3XBL2XTZ.js";
import "./chunk-TDRG7DK5.js";
import {
  LOCK_FILE_NAME,
  computeLock,
  diffLock,
  formatLockDiff,
  lockMatches,
  parseLock,
  serializeLock
} from "./chunk-VDDO7FAX.js";
import "./chunk-VPO53XXC.js";
import "./chunk-KYYEX5IU.js";
import "./chunk-SPMM4U4O.js";

// src/cli/run.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";
var CliUsageError = class extends Error {
};
var USAGE = `Usage:
  mcp-risk-gate scan [DIR]             score an MCP server repository (DIR defaults to .)
      --config FILE                    profile (default DIR/.mcp-risk.yml when present)
      --manifest PATH                  a manifest to read (repeatable; skips auto-discovery)
      --tools FILE|DIR                 a tools dump: array, {tools:[...]}, or a folder of per-tool files
      --introspect-command "CMD ARGS"  start the server over stdio and read tools/list (opt-in)
      --introspect-url URL             connect to a streamable-HTTP server (opt-in)
      --introspect-env NAME[=VALUE]    variable for the server process (repeatable)
      --aivss-version 0.8|0.5
      --base-ref REF                   compare against the same files at a git ref
      --fail-on-score N  --fail-on-posture N  --fail-on-missing required|recommended|none  --warn-only
      --max-score-increase N           with --base-ref: fail when the score rises by more than N
      --format text|json|markdown|sarif  (default: text on a terminal, json otherwise)
      --output FILE                    write the report to FILE instead of stdout
      --no-color
  mcp-risk-gate lock [DIR] [--check] [--tools FILE|DIR]   write or verify mcp-tools.lock.json
      --org-policy FILE                organisation policy every repository gets (may only be tightened)
  mcp-risk-gate batch [DIR...]         scan many repositories; one NDJSON line each as soon as it is
                                       done, then a summary line
      --from FILE|-                    read repository paths from FILE (one a line) or standard input
                                       (standard input is read too when no DIR is given)
      --jobs N                         parallel scans (default: the number of cores)
      --timeout SECONDS                per-repository time limit (default 60); a repository over it is an error line
      (also --org-policy, --introspect-command, --introspect-env, --aivss-version, --fail-on-score,
       --fail-on-posture, --fail-on-missing, --warn-only, --output)
  mcp-risk-gate --version | --help

Exit codes: 0 pass, 1 policy failed, 2 usage or input error.`;
function scoringFlags(v) {
  const text = (name) => typeof v[name] === "string" ? v[name] : void 0;
  try {
    const out = {};
    const aivss = parseAivssVersionInput({ "aivss-version": text("aivss-version") });
    if (aivss) out.aivssVersion = aivss;
    const p = parsePolicyInputs({
      "fail-on-score": text("fail-on-score"),
      "fail-on-posture": text("fail-on-posture"),
      "fail-on-missing": text("fail-on-missing"),
      "max-score-increase": text("max-score-increase")
    });
    if (p.failOnScore !== void 0) out.failOnScore = p.failOnScore;
    if (p.failOnPosture !== void 0) out.failOnPosture = p.failOnPosture;
    if (p.failOnMissing !== void 0) out.failOnMissing = p.failOnMissing;
    if (p.maxScoreIncrease !== void 0) out.maxScoreIncrease = p.maxScoreIncrease;
    return out;
  } catch (err) {
    if (err instanceof PolicyInputError) throw new CliUsageError(`--${err.message}`);
    throw err;
  }
}
function oneOf(name, v, allowed) {
  if (v === void 0) return void 0;
  if (!allowed.includes(v)) throw new CliUsageError(`--${name} must be one of ${allowed.join(", ")} (got "${v}")`);
  return v;
}
function positiveInt(name, v, max) {
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > max) throw new CliUsageError(`--${name} must be a whole number from 1 to ${max} (got "${v}")`);
  return Number(v);
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        config: { type: "string" },
        manifest: { type: "string", multiple: true },
        tools: { type: "string" },
        "introspect-command": { type: "string" },
        "introspect-url": { type: "string" },
        "introspect-env": { type: "string", multiple: true },
        "aivss-version": { type: "string" },
        "base-ref": { type: "string" },
        "fail-on-score": { type: "string" },
        "fail-on-posture": { type: "string" },
        "fail-on-missing": { type: "string" },
        "max-score-increase": { type: "string" },
        "warn-only": { type: "boolean" },
        format: { type: "string" },
        output: { type: "string" },
        "no-color": { type: "boolean" },
        check: { type: "boolean" },
        "org-policy": { type: "string" },
        from: { type: "string" },
        jobs: { type: "string" },
        timeout: { type: "string" }
      }
    });
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: "help" };
  if (v.version) return { command: "version" };
  const [command, dir, ...rest] = positionals;
  if (!command) return { command: "help" };
  if (command === "batch") {
    const { maxScoreIncrease: _unused, ...scoring } = scoringFlags(v);
    if (_unused !== void 0) throw new CliUsageError("--max-score-increase needs a base ref, which batch does not take");
    const batch2 = {
      command: "batch",
      dirs: dir === void 0 ? [] : [dir, ...rest],
      introspectEnv: v["introspect-env"] ?? [],
      warnOnly: v["warn-only"] === true,
      ...scoring
    };
    const jobs = positiveInt("jobs", v.jobs, 256);
    if (jobs !== void 0) batch2.jobs = jobs;
    const timeout = positiveInt("timeout", v.timeout, 86400);
    if (timeout !== void 0) batch2.timeoutSeconds = timeout;
    if (v.from !== void 0) batch2.from = v.from;
    if (v["org-policy"] !== void 0) batch2.orgPolicy = v["org-policy"];
    if (v["introspect-command"] !== void 0) batch2.introspectCommand = v["introspect-command"];
    if (v.output !== void 0) batch2.output = v.output;
    return batch2;
  }
  for (const flag of ["from", "jobs", "timeout"]) if (v[flag] !== void 0) throw new CliUsageError(`--${flag} belongs to the batch command`);
  if (rest.length > 0) throw new CliUsageError(`unexpected argument "${rest[0]}"`);
  if (command === "lock") {
    return { command: "lock", dir: dir ?? ".", check: v.check === true, ...v.tools !== void 0 && { tools: v.tools } };
  }
  if (command !== "scan") throw new CliUsageError(`unknown command "${command}" (expected scan, lock or batch)`);
  if (v.check) throw new CliUsageError("--check belongs to the lock command");
  const args = {
    command: "scan",
    dir: dir ?? ".",
    manifests: v.manifest ?? [],
    introspectEnv: v["introspect-env"] ?? [],
    warnOnly: v["warn-only"] === true,
    ...scoringFlags(v)
  };
  if (v.config !== void 0) args.config = v.config;
  if (v.tools !== void 0) args.tools = v.tools;
  if (v["introspect-command"] !== void 0) args.introspectCommand = v["introspect-command"];
  if (v["introspect-url"] !== void 0) args.introspectUrl = v["introspect-url"];
  if (v["base-ref"] !== void 0) args.baseRef = v["base-ref"];
  if (v["org-policy"] !== void 0) args.orgPolicy = v["org-policy"];
  const format = oneOf("format", v.format, ["text", "json", "markdown", "sarif"]);
  if (format) args.format = format;
  if (v.output !== void 0) args.output = v.output;
  if (v["no-color"]) args.color = false;
  return args;
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
function toJsonReport(unsafeResult, unsafeDelta, redactor = defaultRedactor()) {
  const result = redactor.deep(unsafeResult);
  const delta = redactor.deep(unsafeDelta);
  const p = result.profile;
  const toolCaps = capabilitiesByTool(result.capabilities.capabilities);
  const report = {
    tool: result.tool,
    aivssVersion: result.aivssVersion,
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
function renderJson(result, delta, redactor) {
  return JSON.stringify(toJsonReport(result, delta, redactor), null, 2) + "\n";
}

// src/report/terminal-safe.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/gu;
function terminalSafe(text, max = 200) {
  const clean = text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`).replace(/[\r\n\t]+/g, " ");
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}

// src/report/text.ts
var CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 };
function painter(color) {
  return (style, s) => color ? `\x1B[${CODES[style]}m${s}\x1B[0m` : s;
}
function table(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd());
}
function severityColor(sev) {
  return sev === "Critical" || sev === "High" ? "red" : sev === "Medium" ? "yellow" : "green";
}
function riskSection(result, c) {
  const out = [];
  if (result.factors) {
    out.push("");
    const snapped = result.postureSnapped !== void 0 && result.postureSnapped !== result.posture ? ` (snapped to OWASP levels: ${result.postureSnapped})` : "";
    out.push(`${c("bold", "Agentic posture")}  ${result.posture ?? "?"} / 10${snapped}   ${c("dim", `AIVSS v${result.aivssVersion} factors`)}`);
    const rows = [["factor", "value", "why"]];
    for (const f of result.factors) {
      const why = f.overridden ? `override: ${f.rationale ?? ""}` : f.reasons[0]?.text ?? "";
      rows.push([f.name, `${f.value}${f.overridden ? "*" : ""}${f.continuous ? "~" : ""}`, terminalSafe(why, 80)]);
    }
    out.push(...table(rows).map((l, i) => i === 0 ? c("dim", `  ${l}`) : `  ${l}`));
    if (result.factorVector) out.push(c("dim", `  ${result.factorVector}  (local vector; OWASP defines none)`));
  }
  if (result.layers) {
    out.push("");
    out.push(c("bold", "MAESTRO controls (required)"));
    const rows = [["layer", "required", "present", "missing", "waived"]];
    for (const l of result.layers) rows.push([`${l.layer} ${l.name}`, String(l.required), String(l.present), String(l.missing), String(l.waived)]);
    out.push(...table(rows).map((l, i) => i === 0 ? c("dim", `  ${l}`) : `  ${l}`));
  }
  if (result.findings) {
    out.push("");
    const open = result.findings.filter((f) => !f.waived);
    out.push(c("bold", `Findings (${open.length}${open.length < result.findings.length ? `, ${result.findings.length - open.length} waived` : ""})`));
    for (const f of open.slice(0, 15)) {
      const where = f.locations[0] ? `${f.locations[0].path}${f.locations[0].line ? `:${f.locations[0].line}` : ""}` : "";
      out.push(`  ${c(severityColor(f.severity), `${f.aivss.toFixed(1).padStart(4)} ${f.severity.padEnd(8)}`)} ${terminalSafe(f.id, 60)}  ${terminalSafe(f.title, 70)}  ${c("dim", terminalSafe(where, 60))}`);
    }
    if (open.length > 15) out.push(c("dim", `  \u2026 and ${open.length - 15} more (use --format json)`));
  }
  if (result.fixPath && result.fixPath.length > 0 && result.score !== void 0) {
    out.push("");
    out.push(`${c("bold", "Path to a lower score")}  ${c("dim", "(each fix includes the ones above it; re-scored, not estimated)")}`);
    out.push(`  now                    ${result.score.toFixed(1)} ${result.severity ?? ""}`);
    for (const step of result.fixPath) {
      out.push(`  + ${terminalSafe(step.fix, 20).padEnd(20)} ${c(severityColor(step.after.severity), `${step.after.score.toFixed(1)} ${step.after.severity}`.padEnd(14))} ${c("dim", terminalSafe(step.title, 70))}`);
    }
  }
  if (result.score !== void 0) {
    out.push("");
    out.push(`${c("bold", "Risk score")}  ${c(severityColor(result.severity), `${result.score.toFixed(1)} ${result.severity ?? ""}`)}  ${c("dim", `(highest finding AIVSS${result.scoreFindingId ? `: ${terminalSafe(result.scoreFindingId, 60)}` : ""})`)}`);
  }
  if (result.decision) {
    const color = result.decision.result === "pass" ? "green" : result.decision.result === "warn" ? "yellow" : "red";
    out.push(`${c("bold", "Decision")}  ${c(color, result.decision.result.toUpperCase())}`);
    for (const r of result.decision.reasons) out.push(`  ${terminalSafe(r, 300)}`);
    const way = result.decision.wayToPass;
    if (way !== void 0) {
      out.push("");
      if (way.possible) out.push(c("bold", `To pass (${way.fixes.length === 1 ? "one fix" : `${way.fixes.length} fixes`}, re-scored in order):`));
      else out.push(`${c("bold", "No fix in the catalog passes this policy.")} ${terminalSafe(way.why ?? "", 400)}`);
      way.fixes.forEach((f, i) => out.push(`  ${i + 1}. ${terminalSafe(f.fix, 24)}  ${terminalSafe(f.title, 60)}  -> ${f.score.toFixed(1)} ${f.severity}`));
    }
  }
  return out;
}
function renderText(unsafeResult, opts) {
  const result = (opts.redactor ?? defaultRedactor()).deep(unsafeResult);
  const c = painter(opts.color);
  const out = [];
  const p = result.profile;
  const name = terminalSafe(result.server.name ?? "(unnamed server)");
  out.push(c("bold", `mcp-risk-gate ${result.tool.version}`) + `  \xB7  AIVSS v${result.aivssVersion}`);
  out.push(`${c("bold", "Server")}  ${name}${result.server.version ? ` ${terminalSafe(result.server.version)}` : ""}`);
  if (result.server.sources.length === 0) out.push(c("yellow", "  no MCP manifest found"));
  for (const s2 of result.server.sources) out.push(c("dim", `  ${terminalSafe(s2.path)}  (${s2.format}${s2.schemaVersion ? ` ${s2.schemaVersion}` : ""})`));
  const transports = [...new Set(p.transports.map((t) => `${t.type}${t.via === "remote" ? " (remote)" : ""}`))];
  out.push(`${c("bold", "Transports")}  ${transports.join(", ") || "none declared"}`);
  if (p.secrets.length > 0) {
    out.push(`${c("bold", "Secrets")}  ${p.secrets.map((s2) => `${terminalSafe(s2.name)}${s2.markedSecret ? "" : c("yellow", " (unmarked)")}`).join(", ")}`);
  }
  const s = result.capabilities.surface;
  out.push("");
  if (s.unknown) {
    out.push(c("yellow", `${c("bold", "Tools")}  none declared: the tool surface is UNKNOWN (not safe). Provide a tools dump (--tools) or introspect the server.`));
  } else {
    out.push(`${c("bold", "Tools")}  ${s.toolCount}${s.incomplete ? " (list marked incomplete)" : ""}: ${s.readOnly} read-only, ${s.destructive} destructive, ${s.annotated} with declared annotations`);
    const rows = [["name", "read-only", "destructive", "open-world", "annotations"]];
    const shown = p.tools.slice(0, 40);
    for (const t of shown) {
      rows.push([
        terminalSafe(t.name, 48),
        t.effective.readOnly ? "yes" : "no",
        t.effective.destructive ? "yes" : "no",
        t.effective.openWorld ? "yes" : "no",
        t.annotationsDeclared ? "declared" : t.annotationsAllDefault ? "SDK defaults" : "none"
      ]);
    }
    out.push(...table(rows).map((l, i) => i === 0 ? c("dim", `  ${l}`) : `  ${l}`));
    if (p.tools.length > shown.length) out.push(c("dim", `  \u2026 and ${p.tools.length - shown.length} more (use --format json for all)`));
  }
  out.push("");
  out.push(c("bold", "Capabilities"));
  if (result.capabilities.capabilities.length === 0) out.push("  none detected");
  for (const cap of result.capabilities.capabilities) {
    const first = cap.evidence.slice(0, 3).map((e) => terminalSafe(e.detail, 90));
    const more = cap.evidence.length > 3 ? c("dim", ` (+${cap.evidence.length - 3} more)`) : "";
    out.push(`  ${c("cyan", cap.id.padEnd(18))} ${first.join("; ")}${more}`);
  }
  out.push(...riskSection(result, c));
  if (result.errors.length > 0) {
    out.push("");
    out.push(c("red", c("bold", `Input errors (${result.errors.length})`)));
    for (const e of result.errors) {
      const where = `${terminalSafe(e.path)}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ""}` : ""}`;
      out.push(`  ${c("red", where)}  ${terminalSafe(e.message, 300)}`);
      if (e.hint) out.push(c("dim", `    fix: ${terminalSafe(e.hint, 300)}`));
    }
  }
  if (result.notices.length > 0) {
    out.push("");
    out.push(c("dim", `Notices (${result.notices.length})`));
    for (const n of result.notices.slice(0, 20)) out.push(c("dim", `  ${terminalSafe(n.path)}  ${terminalSafe(n.message, 200)}`));
    if (result.notices.length > 20) out.push(c("dim", `  \u2026 and ${result.notices.length - 20} more`));
  }
  return out.join("\n") + "\n";
}

// src/cli/lock.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function lockCommand(argv) {
  const out = argv.out ?? ((t) => process.stdout.write(`${t}
`));
  const err = argv.err ?? ((t) => process.stderr.write(`${t}
`));
  const path = join(argv.dir, LOCK_FILE_NAME);
  let tools;
  try {
    tools = argv.tools ?? (argv.getTools ? await argv.getTools(argv.dir) : []);
  } catch (e) {
    err(`error: could not read the tools of ${argv.dir}: ${e.message}`);
    return 2;
  }
  if (tools.length === 0) {
    err(`error: no tools found in ${argv.dir}; nothing to lock.`);
    err("hint: commit a tools/list dump (mcp-tools.json) or a manifest that lists tools, or pass --tools FILE.");
    return 2;
  }
  let current;
  try {
    current = computeLock(tools);
  } catch (e) {
    err(`error: ${e.message}`);
    return 2;
  }
  if (!argv.check) {
    await writeFile(path, serializeLock(current), "utf8");
    out(`wrote ${path} (${current.tools.length} tool${current.tools.length === 1 ? "" : "s"})`);
    return 0;
  }
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    err(`error: ${path}: ${code === "ENOENT" ? "not found" : e.message}`);
    err("hint: run `mcp-risk-gate lock` to create it, review it, and commit it.");
    return 2;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    err(`error: ${path}: not valid JSON (${e.message})`);
    return 2;
  }
  const parsed = parseLock(json);
  if (!parsed.ok) {
    err(`error: ${path} is not a valid tool lock:`);
    for (const problem of parsed.errors) err(`  ${problem}`);
    return 2;
  }
  const diff = diffLock(parsed.lock, current);
  if (lockMatches(diff)) {
    out(`${path} matches (${current.tools.length} tool${current.tools.length === 1 ? "" : "s"})`);
    return 0;
  }
  out(`${path} does not match the current tools:`);
  out(formatLockDiff(diff));
  out("Review the changes, then run `mcp-risk-gate lock` and commit the lock.");
  return 1;
}

// src/cli/batch.ts
import { createReadStream, createWriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";

// src/batch/pool.ts
function sharedPuller(source) {
  const it = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  let chain = Promise.resolve();
  let index = 0;
  let finished = false;
  return () => {
    const next = chain.then(async () => {
      if (finished) return void 0;
      const r = await it.next();
      if (r.done) {
        finished = true;
        return void 0;
      }
      return { index: index++, dir: r.value };
    });
    chain = next.catch(() => void 0);
    return next;
  };
}
async function runPool(source, options) {
  const pull = sharedPuller(source);
  const slot = async () => {
    let executor = options.newExecutor();
    try {
      for (let item = await pull(); item !== void 0; item = await pull()) {
        const started = Date.now();
        let timer;
        const limit = new Promise((resolve3) => {
          timer = setTimeout(() => resolve3("timeout"), options.timeoutMs);
        });
        const outcome = await Promise.race([executor.run(item.index, item.dir), limit]);
        clearTimeout(timer);
        if (outcome === "timeout") {
          const seconds = Math.round(options.timeoutMs / 100) / 10;
          options.onLine(
            errorLine(item.index, item.dir, `timed out after ${seconds} s (the per-repository limit; raise it with --timeout SECONDS)`, Date.now() - started),
            true
          );
          const stuck = executor;
          executor = options.newExecutor();
          void stuck.dispose().catch(() => void 0);
        } else {
          options.onLine(outcome, false);
        }
      }
    } finally {
      await executor.dispose().catch(() => void 0);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, slot));
}

// src/cli/batch.ts
var DEFAULT_TIMEOUT_S = 60;
async function* repositories(args, io) {
  yield* args.dirs;
  let stream;
  if (args.from === "-" || args.from === void 0 && args.dirs.length === 0) stream = io.stdin;
  else if (args.from !== void 0) stream = createReadStream(args.from);
  if (!stream) return;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    const line = raw.trim();
    if (line !== "" && !line.startsWith("#")) yield line;
  }
}
async function batchCommand(args, io, redactor) {
  if (args.dirs.length === 0 && args.from === void 0 && (io.stdin === void 0 || io.stdin.isTTY === true)) {
    throw new CliUsageError("batch needs at least one repository folder (as arguments, with --from FILE, or one a line on standard input)");
  }
  if (args.from !== void 0 && args.from !== "-") {
    try {
      await once(createReadStream(args.from), "open");
    } catch (err) {
      throw new CliUsageError(`--from ${args.from}: ${err.code === "ENOENT" ? "file not found" : err.message}`);
    }
  }
  const options = {
    policy: {
      ...args.failOnScore !== void 0 && { failOnScore: args.failOnScore },
      ...args.failOnPosture !== void 0 && { failOnPosture: args.failOnPosture },
      ...args.failOnMissing !== void 0 && { failOnMissing: args.failOnMissing },
      ...args.warnOnly && { warnOnly: true }
    },
    ...args.aivssVersion !== void 0 && { aivssVersion: args.aivssVersion }
  };
  const timeoutMs = (args.timeoutSeconds ?? DEFAULT_TIMEOUT_S) * 1e3;
  if (args.orgPolicy !== void 0) {
    const org = await readOrgPolicy(args.orgPolicy);
    if ("errors" in org) throw new CliUsageError(org.errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ""}: ${e.message}${e.hint ? ` (fix: ${e.hint})` : ""}`).join("\n"));
    options.org = { policy: org.policy, path: args.orgPolicy, baseDir: dirname(resolve(args.orgPolicy)) };
  }
  if (args.introspectCommand !== void 0) {
    options.introspect = { command: args.introspectCommand, env: args.introspectEnv, timeoutMs: Math.max(1e3, Math.floor(timeoutMs * 0.8)) };
  }
  const jobs = args.jobs ?? availableParallelism();
  const out = args.output !== void 0 ? createWriteStream(args.output) : io.stdout;
  if (args.output !== void 0) {
    try {
      await once(out, "open");
    } catch (err) {
      throw new CliUsageError(`--output ${args.output}: ${err.code === "ENOENT" ? "its folder does not exist" : err.message}`);
    }
  }
  const write = (line) => void out.write(`${JSON.stringify(redactor.deep(line))}
`);
  const tally = new Tally();
  const started = Date.now();
  const newExecutor = () => io.workerScript !== void 0 ? workerExecutor(io.workerScript, options) : inProcessExecutor(options);
  await runPool(repositories(args, io), {
    jobs,
    timeoutMs,
    newExecutor,
    onLine: (line, timedOut) => {
      tally.add(line, timedOut);
      write(line);
      if (io.stderrIsTTY) io.stderr.write(redactor.text(`\r\x1B[K mcp-risk-gate batch: ${tally.progress()}`));
    }
  });
  if (io.stderrIsTTY) io.stderr.write("\n");
  write(tally.summary(jobs, Date.now() - started));
  if (args.output !== void 0) {
    const file = out;
    await new Promise((done) => file.end(done));
  }
  return tally.exitCode();
}

// src/cli/run.ts
var OutputError = class extends Error {
};
async function writeOutput(file, body) {
  try {
    await writeFile2(file, body);
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
  return batchCommand(args, {
    stdout: io.stdout,
    stderr: io.stderr,
    ...io.stdin !== void 0 && { stdin: io.stdin },
    ...io.stderrIsTTY !== void 0 && { stderrIsTTY: io.stderrIsTTY },
    ...io.workerScript !== void 0 && { workerScript: io.workerScript }
  }, redactor);
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
  return { policy: org.policy, path: file, baseDir: dirname2(resolve2(file)) };
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
    ...args.baseRef !== void 0 && { baseRef: args.baseRef },
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
  const { result, decision, delta } = redactor.deep(applyPolicy(outcome.result, outcome.base, policyInputs(args), org));
  const format = args.format ?? (io.isTTY && !args.output ? "text" : "json");
  let body;
  switch (format) {
    case "json":
      body = renderJson(result, delta, redactor);
      break;
    case "markdown":
      body = renderMarkdown(result, decision, { target: "summary", ...delta && { delta }, redactor });
      break;
    case "sarif":
      body = sarifToString(renderSarif(result, { decision, redactor }));
      break;
    case "text":
      body = renderText(result, { color: args.color ?? (io.isTTY && !args.output && !env["NO_COLOR"]), redactor });
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
