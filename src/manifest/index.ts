export { loadFiles, type RawFile, type LoadResult } from './load.js';
export { buildProfile } from './profile.js';
export { parseDocument, type ParsedDocument } from './parse.js';
export { detectFormat, REGISTRY_SCHEMA_DATES } from './detect.js';
export { toolFromRaw, mergeTools, effectiveOf, isAllDefault } from './tools.js';
export type { ProfileFragment } from './fragment.js';
