import { requireUser } from '@meridian/core';
import { Kinds, type KindDescriptor } from '@meridian/core/kube/index';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { WorkloadsContext } from '../context.ts';

/** What the console needs to drive a generic list / detail page of any kind. */
export const kindQueries: Pick<QueryResolvers<WorkloadsContext>, 'kubeKinds'> = {
  kubeKinds: (_root, _args, ctx) => {
    requireUser(ctx.identity);
    return Object.values(Kinds).map((k: KindDescriptor) => ({
      kind: k.kind,
      group: k.group,
      version: k.version,
      plural: k.plural,
      namespaced: k.namespaced,
      graphqlType: k.graphqlType,
      metadataOnly: !!k.metadataOnly,
      columns: k.columns,
      clusterAdmin: !!k.clusterAdmin,
      readOnly: !!k.readOnly,
      filters: k.filters,
      sortKeys: k.sortKeys,
      listField: k.ownedElsewhere ? null : k.listField,
      createMutation: 'fromInput' in k ? `create${k.kind}` : null,
    }));
  },
};
