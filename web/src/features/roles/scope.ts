import type { RoleScope } from '@/gql/graphql.ts';

/** Where roles and members are managed: a workspace, or a project of it. */
export interface RoleHome {
  scope: RoleScope;
  workspace: string;
  project?: string;
}

/** The variables every roles operation takes for a home. */
export const homeVariables = (home: RoleHome) => ({ scope: home.scope, workspace: home.workspace, project: home.project ?? null });
