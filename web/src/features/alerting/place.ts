import type { AlertScope } from '@/gql/graphql.ts';

/** Where an alerting page is: a project (tenants) or the nodes / the cluster (platform admins). */
export type AlertingPlace = { kind: 'project'; workspace: string; project: string } | { kind: 'cluster'; scope: AlertScope };

/** The (project, scope) pair every alerting operation takes for a place. */
export const placeVars = (p: AlertingPlace) => (p.kind === 'project' ? { project: p.project, scope: null } : { project: null, scope: p.scope });

/** Which rules a place edits: a project's are PROJECT rules; the cluster page's its scope. */
export const placeScope = (p: AlertingPlace): AlertScope => (p.kind === 'project' ? ('PROJECT' as AlertScope) : p.scope);
