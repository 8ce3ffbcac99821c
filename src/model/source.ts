/** Every input format the gate understands, recognised by `$schema` and shape, never by file name alone. */
export type SourceFormat =
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
