import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  PolicyInputError,
  parseAivssVersionInput,
  parsePolicyInputs
} from "./cli-chunk-B5VKEEIT.js";
import {
  parseDocument,
  validateAgainst
} from "./cli-chunk-PLDHAKJM.js";

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
      --base-ref REF                   compare against the same files at a git ref; the policy,
                                       waivers and overrides of .mcp-risk.yml come from REF, and a
                                       change that loosens them fails unless approved
      --allow-profile-changes          with --base-ref: approve those changes (after reviewing them)
      --fail-on-score N  --fail-on-posture N  --fail-on-missing required|recommended|none  --warn-only
      --max-score-increase N           with --base-ref: fail when the score rises by more than N
      --format text|json|markdown|sarif  (default: text on a terminal, json otherwise)
      --output FILE                    write the report to FILE instead of stdout
      --no-color
      --org-policy FILE                organisation policy every repository gets (may only be tightened)
  mcp-risk-gate lock [DIR] [--check] [--tools FILE|DIR]   write or verify mcp-tools.lock.json
  mcp-risk-gate batch [DIR...]         scan many repositories; one NDJSON line each as soon as it is
                                       done, then a summary line
      --from FILE|-                    read repository paths from FILE (one a line) or standard input
                                       (standard input is read too when no DIR is given)
      --jobs N                         parallel scans (default: the number of cores)
      --timeout SECONDS                per-repository time limit (default 60); a repository over it is an error line
      (also --org-policy, --introspect-command, --introspect-env, --aivss-version, --fail-on-score,
       --fail-on-posture, --fail-on-missing, --warn-only, --output)
  mcp-risk-gate fleet-summary FILE...  merge batch NDJSON files into one Markdown page (charts of
                                       the fleet by band and the most commonly missing controls)
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
        "allow-profile-changes": { type: "boolean" },
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
  if (command === "fleet-summary") {
    if (!dir) throw new CliUsageError("fleet-summary needs at least one NDJSON file (the batch outputs to merge)");
    return { command: "fleet-summary", files: [dir, ...rest], ...v.output !== void 0 && { output: v.output } };
  }
  if (command === "batch") {
    const { maxScoreIncrease: _unused, ...scoring } = scoringFlags(v);
    if (_unused !== void 0) throw new CliUsageError("--max-score-increase needs a base ref, which batch does not take");
    const batch = {
      command: "batch",
      dirs: dir === void 0 ? [] : [dir, ...rest],
      introspectEnv: v["introspect-env"] ?? [],
      warnOnly: v["warn-only"] === true,
      ...scoring
    };
    const jobs = positiveInt("jobs", v.jobs, 256);
    if (jobs !== void 0) batch.jobs = jobs;
    const timeout = positiveInt("timeout", v.timeout, 86400);
    if (timeout !== void 0) batch.timeoutSeconds = timeout;
    if (v.from !== void 0) batch.from = v.from;
    if (v["org-policy"] !== void 0) batch.orgPolicy = v["org-policy"];
    if (v["introspect-command"] !== void 0) batch.introspectCommand = v["introspect-command"];
    if (v.output !== void 0) batch.output = v.output;
    return batch;
  }
  for (const flag of ["from", "jobs", "timeout"]) if (v[flag] !== void 0) throw new CliUsageError(`--${flag} belongs to the batch command`);
  if (rest.length > 0) throw new CliUsageError(`unexpected argument "${rest[0]}"`);
  if (command === "lock") {
    return { command: "lock", dir: dir ?? ".", check: v.check === true, ...v.tools !== void 0 && { tools: v.tools } };
  }
  if (command !== "scan") throw new CliUsageError(`unknown command "${command}" (expected scan, lock, batch or fleet-summary)`);
  if (v.check) throw new CliUsageError("--check belongs to the lock command");
  const args = {
    command: "scan",
    dir: dir ?? ".",
    manifests: v.manifest ?? [],
    introspectEnv: v["introspect-env"] ?? [],
    warnOnly: v["warn-only"] === true,
    allowProfileChanges: v["allow-profile-changes"] === true,
    ...scoringFlags(v)
  };
  if (args.allowProfileChanges && v["base-ref"] === void 0) throw new CliUsageError("--allow-profile-changes approves profile changes against --base-ref; give --base-ref too");
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

export {
  readOrgPolicy,
  CliUsageError,
  USAGE,
  parseCli
};
