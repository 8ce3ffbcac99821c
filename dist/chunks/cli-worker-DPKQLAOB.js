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
} from "./cli-chunk-2SH3UNG3.js";
import "./cli-chunk-B5VKEEIT.js";
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
