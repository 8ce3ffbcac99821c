export * from './settings.js';
export * from './waivers.js';
export * from './delta.js';
export * from './decide.js';
export * from './gate.js';
export * from './profile-changes.js';
