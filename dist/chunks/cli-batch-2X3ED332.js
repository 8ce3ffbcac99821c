import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  Tally,
  errorLine,
  inProcessExecutor,
  workerExecutor
} from "./cli-chunk-2SH3UNG3.js";
import {
  CliUsageError,
  readOrgPolicy
} from "./cli-chunk-QVRD6RRW.js";
import "./cli-chunk-B5VKEEIT.js";
import "./cli-chunk-PLDHAKJM.js";
import "./cli-chunk-OKHITKW5.js";
import "./cli-chunk-YO6NXJTO.js";
import "./cli-chunk-XH3FB2BY.js";

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
    let executor;
    try {
      for (let item = await pull(); item !== void 0; item = await pull()) {
        executor ??= options.newExecutor();
        const started = Date.now();
        let timer;
        const limit = new Promise((resolve2) => {
          timer = setTimeout(() => resolve2("timeout"), options.timeoutMs);
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
          executor = void 0;
          void stuck.dispose().catch(() => void 0);
        } else {
          options.onLine(outcome, false);
        }
      }
    } finally {
      await executor?.dispose().catch(() => void 0);
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
  let writeError;
  if (args.output !== void 0) out.on("error", (err) => writeError ??= err);
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
    await new Promise((done) => {
      file.end((err) => {
        if (err) writeError ??= err;
        done();
      });
      out.once("error", () => done());
    });
    if (writeError) {
      io.stderr.write(redactor.text(`mcp-risk-gate: could not write the batch lines to ${args.output}: ${writeError.code === "ENOSPC" ? "no space left on device" : writeError.message} (${writeError.code ?? "error"})
`));
      return 2;
    }
  }
  return tally.exitCode();
}
export {
  batchCommand
};
