export { evaluateControls } from './evaluate.js';
export type { EvaluateOptions, MaestroInput, MaestroResult } from './evaluate.js';
export { catalog, catalogVersion, findCheck, findControl } from './catalog.js';
export { summarizeLayers, homeLayer } from './layers.js';
export { renderControlsDoc, describeCondition } from './docs.js';
export { evaluateCondition, requirementFor } from './conditions.js';
export { DETECTORS } from './detectors/index.js';
export { CHECKS, nameWords } from './checks.js';
export type * from './types.js';
