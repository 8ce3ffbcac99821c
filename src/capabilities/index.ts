export { detectCapabilities } from './detect.js';
export { nameWords } from './words.js';
