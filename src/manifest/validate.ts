import type { ErrorObject } from 'ajv';
import type { InputError } from '../model/index.js';
import type { ParsedDocument } from './parse.js';
import { formatPath, pointerToPath } from './position.js';
// Compiled from schemas/ at build time (scripts/gen-validators.mjs): no schema compilation at start-up.
import * as generated from './generated/validators.js';
import type { StandaloneValidator } from './generated/validators.js';

export type SchemaName =
  | 'registry-server'
  | 'mcp-tool'
  | 'mcpb-manifest'
  | 'smithery'
  | 'docker-catalog'
  | 'toolhive-spec'
  | 'mcp-servers-config'
  | 'mcp-risk'
  | 'org-policy';

const VALIDATORS: Record<SchemaName, StandaloneValidator> = {
  'registry-server': generated.registryServer,
  'mcp-tool': generated.mcpTool,
  'mcpb-manifest': generated.mcpbManifest,
  smithery: generated.smithery,
  'docker-catalog': generated.dockerCatalog,
  'toolhive-spec': generated.toolhiveSpec,
  'mcp-servers-config': generated.mcpServersConfig,
  'mcp-risk': generated.mcpRisk,
  'org-policy': generated.orgPolicy,
};

const MAX_ERRORS_PER_FILE = 20;

/** Validates `value` (the document or a part of it at `basePath`) and turns ajv errors into located input errors. */
export function validateAgainst(
  name: SchemaName,
  doc: ParsedDocument,
  value: unknown = doc.value,
  basePath: ReadonlyArray<string | number> = [],
): InputError[] {
  return validateWith(VALIDATORS[name], doc, value, basePath);
}

/** The same located errors from any validator (one compiled at run time, e.g. for catalog plug-ins). */
export function validateWith(
  fn: StandaloneValidator,
  doc: ParsedDocument,
  value: unknown = doc.value,
  basePath: ReadonlyArray<string | number> = [],
): InputError[] {
  if (fn(value)) return [];
  const errors = (fn.errors ?? []).filter(keepMostSpecific);
  return errors.slice(0, MAX_ERRORS_PER_FILE).map((e) => toInputError(doc, e, basePath));
}

// `oneOf`/`anyOf` wrappers repeat what their branches already said.
function keepMostSpecific(e: ErrorObject): boolean {
  return e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if';
}

function toInputError(doc: ParsedDocument, e: ErrorObject, basePath: ReadonlyArray<string | number>): InputError {
  const path = [...basePath, ...pointerToPath(e.instancePath)];
  const params = e.params as Record<string, unknown>;
  let message: string;
  let hint: string;
  let at = path;
  switch (e.keyword) {
    case 'required':
      message = `${formatPath(path)} is missing the required field "${String(params['missingProperty'])}"`;
      hint = `add "${String(params['missingProperty'])}"`;
      break;
    case 'additionalProperties':
      at = [...path, String(params['additionalProperty'])];
      message = `unknown field "${String(params['additionalProperty'])}" in ${formatPath(path)}`;
      hint = 'remove it or fix its spelling (see the schema for the allowed fields)';
      break;
    case 'enum':
      message = `${formatPath(path)} must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      hint = 'use one of the allowed values';
      break;
    case 'const':
      message = `${formatPath(path)} must be ${JSON.stringify(params['allowedValue'])}`;
      hint = `set it to ${JSON.stringify(params['allowedValue'])}`;
      break;
    case 'type':
      message = `${formatPath(path)} must be of type ${String(params['type'])}`;
      hint = `change the value to a ${String(params['type'])}`;
      break;
    default:
      message = `${formatPath(path)} ${e.message ?? 'is invalid'}`;
      hint = 'correct the value (see the schema)';
  }
  const { line, column } = doc.locate(at);
  return { path: doc.path, line, column, message, hint };
}
