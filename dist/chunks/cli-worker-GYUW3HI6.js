import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  BATCH_WORKER_ARG,
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  isBatchWorkerThread,
  serveBatchWorker,
  workerExecutor
} from "./cli-chunk-KQKC4OZH.js";
import "./cli-chunk-M6DAUKU7.js";
import "./cli-chunk-PLDHAKJM.js";
import "./cli-chunk-OKHITKW5.js";
import "./cli-chunk-YO6NXJTO.js";
import "./cli-chunk-XH3FB2BY.js";
export {
  BATCH_WORKER_ARG,
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  isBatchWorkerThread,
  serveBatchWorker,
  workerExecutor
};
