import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  serveBatchWorker,
  workerExecutor
} from "./chunk-F5APPMBE.js";
import "./chunk-RQFI4FZ2.js";
import "./chunk-F4WQQZ4N.js";
import "./chunk-FOA2TRQD.js";
import "./chunk-IYOX73TU.js";
import "./chunk-KYYEX5IU.js";
import "./chunk-SPMM4U4O.js";
export {
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  serveBatchWorker,
  workerExecutor
};
