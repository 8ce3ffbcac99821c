import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  serveBatchWorker,
  workerExecutor
} from "./chunk-KDFFFRPU.js";
import "./chunk-DVY2BBXK.js";
import "./chunk-TDRG7DK5.js";
import "./chunk-VDDO7FAX.js";
import "./chunk-VPO53XXC.js";
import "./chunk-KYYEX5IU.js";
import "./chunk-SPMM4U4O.js";
export {
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  serveBatchWorker,
  workerExecutor
};
