import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  applyPolicy,
  scanRepository
} from "./cli-chunk-B5VKEEIT.js";

// src/batch/worker.ts
import { isMainThread, parentPort, workerData, Worker } from "node:worker_threads";

// src/batch/line.ts
function repositoryLine(index, dir, result, decision, ms) {
  return {
    type: "repository",
    index,
    dir,
    server: result.server.name ?? null,
    tools: result.capabilities.surface.toolCount,
    score: result.score ?? null,
    severity: result.severity ?? null,
    posture: result.posture ?? null,
    decision: decision.result,
    missingControls: decision.missingControls.length,
    missing: [...decision.missingControls],
    findings: decision.findings,
    errors: result.errors.map((e) => ({ path: e.path, ...e.line !== void 0 && { line: e.line }, message: e.message })),
    ms
  };
}
function errorLine(index, dir, message, ms) {
  return {
    type: "repository",
    index,
    dir,
    server: null,
    tools: null,
    score: null,
    severity: null,
    posture: null,
    decision: "error",
    missingControls: 0,
    missing: [],
    findings: 0,
    errors: [{ path: dir, message }],
    ms
  };
}
var Tally = class {
  counts = { pass: 0, fail: 0, warn: 0, error: 0, timedOut: 0 };
  n = 0;
  add(line, timedOut = false) {
    this.n++;
    this.counts[line.decision]++;
    if (timedOut) this.counts.timedOut++;
  }
  get done() {
    return this.n;
  }
  /** Exit code of the batch: 2 if any repository had input errors, else 1 if any failed. */
  exitCode() {
    return this.counts.error > 0 ? 2 : this.counts.fail > 0 ? 1 : 0;
  }
  progress() {
    const { fail, warn, error } = this.counts;
    return `${this.n} done: ${fail} fail, ${warn} warn, ${error} error`;
  }
  summary(jobs, ms) {
    return { type: "summary", repositories: this.n, ...this.counts, jobs, ms, exitCode: this.exitCode() };
  }
};

// src/batch/scan-one.ts
async function scanOne(index, dir, options) {
  const started = Date.now();
  try {
    const outcome = await scanRepository({
      dir,
      // A batch line carries the decision and the numbers, not the fix path or Appendix A.
      explain: false,
      ...options.aivssVersion !== void 0 && { aivssVersion: options.aivssVersion },
      ...options.org !== void 0 && { org: options.org },
      ...options.introspect !== void 0 && {
        introspect: { command: options.introspect.command, env: options.introspect.env, allowUntrusted: false, timeoutMs: options.introspect.timeoutMs }
      }
    });
    const { result, decision } = applyPolicy(outcome.result, void 0, options.policy, options.org);
    return repositoryLine(index, dir, result, decision, Date.now() - started);
  } catch (err) {
    return errorLine(index, dir, `could not scan: ${err instanceof Error ? err.message : String(err)}`, Date.now() - started);
  }
}

// src/batch/worker.ts
var BATCH_WORKER_ROLE = "mcp-risk-gate-batch-worker";
var BATCH_WORKER_ARG = `--${BATCH_WORKER_ROLE}`;
function isBatchWorker(data) {
  return typeof data === "object" && data !== null && data.role === BATCH_WORKER_ROLE;
}
function isBatchWorkerThread() {
  return !isMainThread && isBatchWorker(workerData);
}
function serveBatchWorker() {
  if (!parentPort || !isBatchWorker(workerData)) return;
  const port = parentPort;
  const options = workerData.options;
  port.on("message", (job) => {
    void scanOne(job.index, job.dir, options).then((line) => port.postMessage({ index: job.index, line }));
  });
}
function workerExecutor(script, options) {
  const worker = new Worker(script, { argv: [BATCH_WORKER_ARG], workerData: { role: BATCH_WORKER_ROLE, options }, stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  let pending;
  let dead;
  const fail = (why) => {
    dead = why;
    if (pending) {
      pending.resolve(errorLine(pending.index, pending.dir, `could not scan: the worker stopped (${why})`, Date.now() - pending.started));
      pending = void 0;
    }
  };
  worker.on("message", (reply) => {
    if (pending && reply.index === pending.index) {
      pending.resolve(reply.line);
      pending = void 0;
    }
  });
  worker.on("error", (err) => fail(err.message));
  worker.on("exit", (code) => fail(`exit code ${code}`));
  return {
    run(index, dir) {
      return new Promise((resolve) => {
        const started = Date.now();
        if (dead !== void 0) return resolve(errorLine(index, dir, `could not scan: the worker stopped (${dead})`, 0));
        pending = { index, dir, resolve, started };
        worker.postMessage({ index, dir });
      });
    },
    async dispose() {
      pending = void 0;
      await worker.terminate();
    }
  };
}
function inProcessExecutor(options) {
  return { run: (index, dir) => scanOne(index, dir, options), dispose: async () => void 0 };
}

export {
  errorLine,
  Tally,
  BATCH_WORKER_ROLE,
  BATCH_WORKER_ARG,
  isBatchWorker,
  isBatchWorkerThread,
  serveBatchWorker,
  workerExecutor,
  inProcessExecutor
};
