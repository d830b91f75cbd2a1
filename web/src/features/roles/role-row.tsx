'use client';

import { graphql } from '@/gql/index.ts';

/** One role of the roles table (and the grant form's choice). */
export const RoleRowFragment = graphql(`
  fragment RoleRow_role on Role {
    name
    scope
    builtIn
    description
    bundles
    grantCount
  }
`);
