import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  LOCKED_FIELDS,
  LOCK_FILE_NAME,
  LOCK_VERSION,
  canonicalJson,
  checkById,
  checkCatalog,
  computeLock,
  decodeTags,
  detectDrift,
  detectPoisoning,
  diffLock,
  formatLockDiff,
  hashTool,
  lockDefinition,
  lockFindings,
  lockMatches,
  lockMissingFinding,
  normaliseName,
  parseLock,
  serializeLock,
  toolRecordsFromIntrospection,
  unsafePatternReason,
  visible
} from "./chunk-VDDO7FAX.js";
import "./chunk-KYYEX5IU.js";
import "./chunk-SPMM4U4O.js";
export {
  LOCKED_FIELDS,
  LOCK_FILE_NAME,
  LOCK_VERSION,
  canonicalJson,
  checkById,
  checkCatalog,
  computeLock,
  decodeTags,
  detectDrift,
  detectPoisoning,
  diffLock,
  formatLockDiff,
  hashTool,
  lockDefinition,
  lockFindings,
  lockMatches,
  lockMissingFinding,
  normaliseName,
  parseLock,
  serializeLock,
  toolRecordsFromIntrospection,
  unsafePatternReason,
  visible
};
