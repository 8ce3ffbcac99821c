export { canonicalJson } from './canonical-json.js';
export {
  LOCK_FILE_NAME,
  LOCK_VERSION,
  LOCKED_FIELDS,
  computeLock,
  diffLock,
  formatLockDiff,
  hashTool,
  lockDefinition,
  lockMatches,
  serializeLock,
} from './lock.js';
export type { LockDiff, LockedDefinition, LockedField, LockedTool, ToolChange, ToolLock } from './lock.js';
export { parseLock } from './lock-file.js';
export type { LockParse } from './lock-file.js';
export { lockFindings, lockMissingFinding } from './lock-findings.js';
export { detectPoisoning, decodeTags, normaliseName } from './poison.js';
export type { SurfaceInput } from './poison.js';
export { detectDrift } from './drift.js';
export { detectToxicFlows } from './flows.js';
export type { FlowInput } from './flows.js';
export type { DriftOptions } from './drift.js';
export { toolRecordsFromIntrospection } from './from-introspection.js';
export type { ConvertedTools } from './from-introspection.js';
export { checkCatalog, checkById, unsafePatternReason } from './catalog.js';
export type { CheckCatalog, CheckDefinition } from './catalog.js';
export { visible } from './visible.js';
