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
} from "./cli-chunk-5EE424AT.js";
import "./cli-chunk-LAMVDPWT.js";
import "./cli-chunk-PLDHAKJM.js";
import "./cli-chunk-2I3ITPP4.js";
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
