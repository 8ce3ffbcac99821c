import pkg from '../package.json' with { type: 'json' };

/** The tool's own version, from package.json (bundled at build time). */
export const TOOL_VERSION: string = pkg.version;
