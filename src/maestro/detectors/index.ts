import type { DetectorName } from '../types.js';
import { declaredSecrets, profileField, registryIdentity, remoteAuth, remoteHttps, stdioOnly } from './manifest.js';
import { dockerfileUser, repoFile, sourceSignal, workflowPins } from './repo.js';
import {
  inputSchemas,
  metadataHygiene,
  toolAnnotations,
  toolInventory,
  toolOutputFields,
  toolParams,
  toolScopes,
  toolSources,
} from './tools.js';
import type { Detector } from './types.js';

/** Every detector the catalog may name. A catalog naming anything else fails its tests. */
export const DETECTORS: Readonly<Record<DetectorName, Detector>> = {
  'repo-file': repoFile,
  'source-signal': sourceSignal,
  'workflow-pins': workflowPins,
  'dockerfile-user': dockerfileUser,
  'declared-secrets': declaredSecrets,
  'remote-https': remoteHttps,
  'remote-auth': remoteAuth,
  'stdio-only': stdioOnly,
  'profile-field': profileField,
  'registry-identity': registryIdentity,
  'tool-annotations': toolAnnotations,
  'input-schemas': inputSchemas,
  'tool-params': toolParams,
  'tool-output-fields': toolOutputFields,
  'tool-sources': toolSources,
  'tool-inventory': toolInventory,
  'tool-scopes': toolScopes,
  'metadata-hygiene': metadataHygiene,
};

export type { Detector, DetectorContext, DetectorOutcome } from './types.js';
export { CatalogParamError } from './types.js';
