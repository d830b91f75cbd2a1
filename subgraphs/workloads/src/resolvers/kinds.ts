import { requireUser } from '@meridian/core';
import { Kinds } from '@meridian/core/kube/index';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { WorkloadsContext } from '../context.ts';

export const kindQueries: Pick<QueryResolvers<WorkloadsContext>, 'kubeKinds'> = {
  kubeKinds: (_root, _args, ctx) => {
    requireUser(ctx.identity);
    return Object.values(Kinds).map((k) => ({ ...k, metadataOnly: !!k.metadataOnly }));
  },
};
