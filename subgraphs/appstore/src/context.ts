import type { SubgraphContext } from '@meridian/core';
import type { TemplateSource } from './sources/templates.ts';

export type AppstoreContext = SubgraphContext & { sources: { templates: TemplateSource } };
