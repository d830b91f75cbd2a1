import { join } from 'node:path';
import { REPO_ROOT } from '@meridian/core/config';

export const SUPERGRAPH_PATH = join(REPO_ROOT, 'schema', 'supergraph.graphql');
export const API_SCHEMA_PATH = join(REPO_ROOT, 'schema', 'api.graphql');
