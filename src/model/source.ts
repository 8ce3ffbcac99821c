/**
 * Every input format the gate understands, recognised by `$schema` and shape, never by file name
 * alone. The manifest formats are entries of the format registry (src/manifest/formats/index.ts);
 * a format registered there at run time (a test fixture) is a plain string.
 */
export type SourceFormat = KnownSourceFormat | (string & { readonly registered?: never });

export type KnownSourceFormat =
  | 'registry-server-json'
  | 'mcpb-manifest'
  | 'smithery'
  | 'docker-catalog'
  | 'toolhive-spec'
  | 'tools-dump'
  | 'tool-snapshot'
  | 'gemini-extension'
  | 'client-config'
  | 'risk-profile'
  | 'introspection';

/** A manifest or dump that contributed to the profile. */
export interface SourceRef {
  path: string;
  format: SourceFormat;
  /** Schema date, manifest_version or similar, when the file states one. */
  schemaVersion?: string;
}

/** How strongly a fact about a tool is known. */
export type Provenance = 'declared' | 'dump' | 'observed';
