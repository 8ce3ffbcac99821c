import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  BATCH_WORKER_ROLE,
  inProcessExecutor,
  isBatchWorker,
  serveBatchWorker,
  workerExecutor
} from "./chunk-BCMBYA6G.js";
import "./chunk-NZF24DRK.js";
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
