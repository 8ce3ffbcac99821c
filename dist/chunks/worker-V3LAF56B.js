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
} from "./chunk-C4WG6VWO.js";
import "./chunk-JUA7GQFK.js";
import "./chunk-EYXTZ7G3.js";
import "./chunk-6VLDPHXT.js";
import "./chunk-63RE7MOM.js";
import "./chunk-2ED22ZSO.js";
import "./chunk-2PPCLPZL.js";
export {
  BATCH_WORKER_ARG,
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  isBatchWorkerThread,
  serveBatchWorker,
  workerExecutor
};
