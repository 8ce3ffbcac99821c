export { argumentRules, createRedactor, defaultRedactor, marker, REDACT_DATA } from './redact.js';
export type { ArgumentRules, KnownSecret, RedactData, Redactor, SecretFormat } from './redact.js';
