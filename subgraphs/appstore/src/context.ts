import type { ContextWith } from '@meridian/core';
import type { AppstoreLoaders } from './loaders.ts';
import type { TemplateSource } from './sources/templates.ts';

export interface AppstoreSources {
  templates: TemplateSource;
}

/** `loaders` are created per request (never shared: what a caller may see differs). */
export type AppstoreContext = ContextWith<AppstoreSources> & { loaders: AppstoreLoaders };
