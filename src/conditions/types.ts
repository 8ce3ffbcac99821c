import type { CapabilityId, EffectId } from '../model/capability.js';
import type { ControlStatus } from '../model/control.js';
import type { SafetyKnob } from '../model/profile.js';
import type { SourceFormat } from '../model/source.js';

/** Which tools a `tools` condition looks at; every given key must hold for a tool to count. */
export interface ToolMatch {
  /** Case-insensitive regular expression on the tool name. */
  name?: string;
  /** Case-insensitive regular expression on name, title and description together. */
  text?: string;
  /** Case-insensitive regular expression on the input property names (top level and one level down). */
  inputProperty?: string;
  /** Input properties whose JSON Schema `format` is one of these (top level); with inputProperty, either matches. */
  inputFormats?: string[];
  /** Any of these is one of the words of the tool's name (`kv_namespace_delete`, `getStripeAccount`). */
  nameWords?: string[];
  /** Effective read-only hint (after MCP spec defaults). */
  readOnly?: boolean;
  destructive?: boolean;
  openWorld?: boolean;
  annotated?: boolean;
  /** True: not read-only and not tied to a safe HTTP method (GET/HEAD/OPTIONS). */
  mayWrite?: boolean;
  hasOutputSchema?: boolean;
}

/** Facts about the server as a whole, read from the normalized profile. */
export type ProfileFact =
  | 'remote'
  | 'remote-only'
  | 'package'
  | 'oauth'
  | 'secrets'
  | 'tool-scopes'
  | 'local-http-transport'
  | 'published-port'
  | 'remote-without-credential-header'
  | 'oauth-callback'
  | 'filesystem-scope';

/** `unknown`: the control was not evaluated (no MAESTRO results were given, or none for this id). */
export type ControlCondStatus = ControlStatus | 'unknown';

/** `remote` = any hosted endpoint; `package` = any process the host starts; others are transport types. */
export type TransportFact = 'stdio' | 'streamable-http' | 'sse' | 'http' | 'remote' | 'package';

/**
 * The one condition language of the knowledge: factor rubrics, threat scenarios and the control
 * catalog's requirement rules all use it (schemas/condition.schema.json). Evaluated by evaluate.ts.
 */
export type Condition =
  | { always: true }
  | { capability: CapabilityId; excludeEvidenceKinds?: string[] }
  | { transport: TransportFact }
  | { source: SourceFormat }
  | { surface: 'unknown' | 'incomplete' | 'known' | 'any' }
  /** Tools whose inferred effect includes `effect`, all of `with`, and none of `without`. */
  | { effect: EffectId; with?: EffectId[]; without?: EffectId[]; min?: number }
  | { stat: 'toolCount' | 'annotated' | 'readOnly' | 'destructive' | 'openWorld' | 'writeTools'; gte?: number; lte?: number }
  | { tools: ToolMatch; min?: number }
  | { fact: ProfileFact }
  | { safetyKnob: SafetyKnob['kind'] }
  | { control: string; status: ControlCondStatus | ControlCondStatus[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
