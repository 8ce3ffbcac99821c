import { reportArtifact as validator } from '../manifest/generated/validators.js';
import type { Decision, ScanResult } from '../model/result.js';

/** The JSON that `mode: analyze` writes and `mode: report` reads. */
export interface ReportArtifact {
  format: 'mcp-risk-gate/report';
  formatVersion: 1;
  headSha: string;
  pullRequest?: number;
  result: ScanResult;
  base?: ScanResult;
  decision?: Decision;
}

export const ARTIFACT_FILE = 'mcp-risk-gate-report.json';
/** Larger than any honest report; refusing early keeps a hostile artifact from exhausting memory. */
export const ARTIFACT_MAX_BYTES = 50 * 1024 * 1024;

export class ArtifactError extends Error {
  override name = 'ArtifactError';
}

export function buildArtifact(parts: { headSha: string; pullRequest?: number; result: ScanResult; base?: ScanResult; decision?: Decision }): ReportArtifact {
  return {
    format: 'mcp-risk-gate/report',
    formatVersion: 1,
    headSha: parts.headSha,
    ...(parts.pullRequest !== undefined ? { pullRequest: parts.pullRequest } : {}),
    result: parts.result,
    ...(parts.base !== undefined ? { base: parts.base } : {}),
    ...(parts.decision !== undefined ? { decision: { result: parts.decision.result, reasons: parts.decision.reasons } } : {}),
  };
}


/**
 * Parses an artifact from an untrusted run: size-capped, schema-validated, and bound to the
 * head commit the privileged workflow_run event names. Anything else is refused, never rendered.
 */
export function parseArtifact(text: string, expectedHeadSha: string): ReportArtifact {
  if (Buffer.byteLength(text, 'utf8') > ARTIFACT_MAX_BYTES) throw new ArtifactError(`The report artifact is larger than ${ARTIFACT_MAX_BYTES} bytes; refusing it.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ArtifactError(`The report artifact is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!validator(data)) {
    const first = validator.errors?.[0];
    throw new ArtifactError(`The report artifact does not match schemas/report.schema.json: ${first?.instancePath || '(root)'} ${first?.message ?? 'is invalid'}.`);
  }
  const artifact = data as ReportArtifact;
  if (artifact.headSha.toLowerCase() !== expectedHeadSha.toLowerCase()) {
    throw new ArtifactError(`The report artifact is for commit ${artifact.headSha.slice(0, 12)}, but this workflow_run is for ${expectedHeadSha.slice(0, 12)}; refusing to report it.`);
  }
  return artifact;
}
