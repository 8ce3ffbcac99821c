import data from '../../data/maestro/catalog.json' with { type: 'json' };
import type { Catalog, CatalogCheck, CatalogControl } from './types.js';

// The JSON is validated against schemas/maestro-catalog.schema.json by the test suite;
// at run time it is trusted as the bundled, versioned data it is.
const CATALOG = data as unknown as Catalog;

export function catalog(): Catalog {
  return CATALOG;
}

export const catalogVersion: string = CATALOG.catalogVersion;

export function findControl(id: string, from: Catalog = CATALOG): CatalogControl | undefined {
  return from.controls.find((c) => c.id === id);
}

export function findCheck(id: string, from: Catalog = CATALOG): CatalogCheck | undefined {
  return from.checks.find((c) => c.id === id);
}
