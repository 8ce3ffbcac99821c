import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  setFailed,
  setOutput
} from "./chunks/index-chunk-FIF2DQ5H.js";
import "./chunks/index-chunk-PEMTES5Y.js";

// src/action/entry.ts
import { readFileSync } from "node:fs";
function eventFileProblem(path) {
  if (path === void 0 || path === "") return void 0;
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
  try {
    JSON.parse(text);
    return void 0;
  } catch (error) {
    return `The GitHub event file ${path} (GITHUB_EVENT_PATH) is not valid JSON: ${error instanceof Error ? error.message : String(error)}. The runner writes this file; re-run the job, and check that no earlier step overwrites it.`;
  }
}
var problem = eventFileProblem(process.env["GITHUB_EVENT_PATH"]);
if (problem !== void 0) {
  setOutput("decision", "error");
  setFailed(problem);
} else await import("./chunks/index-main-PDV6HD5J.js");
export {
  eventFileProblem
};
