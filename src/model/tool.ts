import type { Location } from './location.js';
import type { Provenance, SourceFormat } from './source.js';

/** MCP ToolAnnotations exactly as a source wrote them (absent keys stay absent). */
export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface ToolOrigin {
  path: string;
  format: SourceFormat;
  provenance: Provenance;
  line?: number;
  /** The annotations this one source wrote (absent keys stay absent), so drift can compare sources. */
  annotations?: ToolAnnotations;
}

/** One tool after merging every source that describes it. */
export interface ToolRecord {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  /** Annotations as declared by the most authoritative source that had any. */
  annotations?: ToolAnnotations;
  /**
   * False when no source declared annotations, or when the only set seen is the
   * all-default one some SDKs emit (mcp-go `NewTool`): such a set says nothing.
   */
  annotationsDeclared: boolean;
  /** True when the declared set equals the spec defaults exactly. */
  annotationsAllDefault: boolean;
  /** Effective classification after applying MCP spec defaults to missing hints. */
  effective: { readOnly: boolean; destructive: boolean; idempotent: boolean; openWorld: boolean };
  /** OAuth scopes a source says the tool needs (e.g. Sentry `requiredScopes`). */
  requiredScopes?: string[];
  /** HTTP method when a source ties the tool to one (OpenAPI-derived tools). */
  httpMethod?: string;
  origins: ToolOrigin[];
  location?: Location;
}
