export { introspect, DEFAULT_LIMITS, DEFAULT_TIMEOUT_MS } from './introspect.js';
export type { IntrospectLimits, IntrospectOptions, IntrospectTarget, IntrospectionResult } from './introspect.js';
export { IntrospectionError } from './errors.js';
export type { IntrospectionErrorCode } from './errors.js';
export { refuseUntrusted, UNTRUSTED_EVENTS, ALLOW_UNTRUSTED_INPUT } from './guard.js';
export { buildServerEnv, parseEnvLines } from './env.js';
export { splitCommand } from './command.js';
export { groupAlive, pidAlive } from './process-group.js';
