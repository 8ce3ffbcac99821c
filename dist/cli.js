#!/usr/bin/env node
import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);

// src/cli/main.ts
import nodeModule from "node:module";
nodeModule.enableCompileCache?.();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
var { runCli } = await import("./chunks/run-VHICJBAB.js");
var code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stdout.isTTY === true });
process.exitCode = code;
