#!/usr/bin/env node
import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);

// src/cli/main.ts
import nodeModule from "node:module";
import { fileURLToPath } from "node:url";
var BATCH_WORKER_ARG = "--mcp-risk-gate-batch-worker";
nodeModule.enableCompileCache?.();
for (const [name, stream] of [["stdout", process.stdout], ["stderr", process.stderr]]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (name === "stdout") {
      const reason = `${err.message.replace(/^[A-Z]+: /, "").replace(/, write$/, "")}${err.code ? ` (${err.code})` : ""}`;
      try {
        process.stderr.write(`mcp-risk-gate: could not write the report to stdout: ${reason}; free the space or write it with --output FILE elsewhere
`);
      } catch {
      }
    }
    process.exit(2);
  });
}
var worker = process.argv.includes(BATCH_WORKER_ARG) ? await import("./chunks/cli-worker-DPKQLAOB.js") : void 0;
if (worker?.isBatchWorkerThread()) {
  worker.serveBatchWorker();
} else {
  const { runCli } = await import("./chunks/cli-run-CQFY2T3N.js");
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    ...process.stdout.columns !== void 0 ? { columns: process.stdout.columns } : {},
    // Only `batch` reads it; a getter, so other commands never open the stream.
    get stdin() {
      return process.stdin;
    },
    stderrIsTTY: process.stderr.isTTY === true,
    workerScript: fileURLToPath(import.meta.url)
  });
  process.exitCode = code;
}
