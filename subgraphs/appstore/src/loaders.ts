import type { Identity } from '@meridian/core';
import { keyedLoader } from '@meridian/core/loaders';
import type { TemplateSource } from './sources/templates.ts';

/**
 * Appstore's batched lookups, one set per request: templates by id (the `appTemplate` query and
 * `AppTemplate` entity references) in one query, already narrowed to what `identity` may see.
 */
export function createLoaders(sources: { templates: TemplateSource }, identity: Identity) {
  return {
    templateById: keyedLoader((ids: readonly string[]) => sources.templates.byIds(identity, ids), (t) => t.id),
  };
}
export type AppstoreLoaders = ReturnType<typeof createLoaders>;
