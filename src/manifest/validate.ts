import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { InputError } from '../model/index.js';
import type { ParsedDocument } from './parse.js';
import { formatPath, pointerToPath } from './position.js';
import registrySchema from '../../schemas/formats/registry-server.schema.json' with { type: 'json' };
import toolSchema from '../../schemas/formats/mcp-tool.schema.json' with { type: 'json' };
import mcpbSchema from '../../schemas/formats/mcpb-manifest.schema.json' with { type: 'json' };
import smitherySchema from '../../schemas/formats/smithery.schema.json' with { type: 'json' };
import dockerSchema from '../../schemas/formats/docker-catalog.schema.json' with { type: 'json' };
import toolhiveSchema from '../../schemas/formats/toolhive-spec.schema.json' with { type: 'json' };
import serversConfigSchema from '../../schemas/formats/mcp-servers-config.schema.json' with { type: 'json' };
import riskProfileSchema from '../../schemas/mcp-risk.schema.json' with { type: 'json' };

export type SchemaName =
  | 'registry-server'
  | 'mcp-tool'
  | 'mcpb-manifest'
  | 'smithery'
  | 'docker-catalog'
  | 'toolhive-spec'
  | 'mcp-servers-config'
  | 'mcp-risk';

const SCHEMAS: Record<SchemaName, object> = {
  'registry-server': registrySchema,
  'mcp-tool': toolSchema,
  'mcpb-manifest': mcpbSchema,
  smithery: smitherySchema,
  'docker-catalog': dockerSchema,
  'toolhive-spec': toolhiveSchema,
  'mcp-servers-config': serversConfigSchema,
  'mcp-risk': riskProfileSchema,
};

// Compiled on first use: a scan usually needs two or three of them, and start-up time is budgeted.
let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validatorFor(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    ajv ??= new Ajv({ allErrors: true, strict: false });
    fn = ajv.compile(SCHEMAS[name]);
    compiled.set(name, fn);
  }
  return fn;
}

const MAX_ERRORS_PER_FILE = 20;

/** Validates `value` (the document or a part of it at `basePath`) and turns ajv errors into located input errors. */
export function validateAgainst(
  name: SchemaName,
  doc: ParsedDocument,
  value: unknown = doc.value,
  basePath: ReadonlyArray<string | number> = [],
): InputError[] {
  const fn = validatorFor(name);
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
