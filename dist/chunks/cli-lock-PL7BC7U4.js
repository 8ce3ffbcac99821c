import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  LOCK_FILE_NAME,
  computeLock,
  diffLock,
  formatLockDiff,
  lockMatches,
  parseLock,
  serializeLock
} from "./cli-chunk-OKHITKW5.js";
import "./cli-chunk-YO6NXJTO.js";
import "./cli-chunk-XH3FB2BY.js";

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
export {
  lockCommand
};
