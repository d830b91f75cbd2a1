import type { SubgraphContext } from '@meridian/core';
import type { TemplateSource } from './sources/templates.ts';

import type { AppstoreLoaders } from './loaders.ts';

/** `loaders` are created per request (never shared: what a caller may see differs). */
export type AppstoreContext = SubgraphContext & { sources: { templates: TemplateSource }; loaders: AppstoreLoaders };
