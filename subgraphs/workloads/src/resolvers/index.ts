import { Kinds, type KindDescriptor } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { applyMutations, createFromInput } from './apply.ts';
import { changeSubscriptions } from './changes.ts';
import { Deployment, deploymentMutations, deploymentQueries } from './deployment.ts';
import { kindQueries } from './kinds.ts';
import { nodeMutations } from './nodes.ts';
import { KubeObjectInterface, kindTypeResolvers, objectQueries, secretResolvers } from './objects.ts';
import { Pod, podQueries } from './pod.ts';
import { Project, clusterQueries } from './project.ts';
import { rolloutMutations } from './rollouts.ts';
import { Subscription } from './subscription.ts';

/** Each kind's type: entity lookup and events from its module (Pod and Deployment keep their loaders). */
const kindTypes = Object.fromEntries(
  Object.values(Kinds)
    .filter((k: KindDescriptor) => !k.ownedElsewhere)
    .map((k: KindDescriptor) => [k.graphqlType, kindTypeResolvers(k)]),
);

/** `create<Kind>` for every kind whose module has a form (`fromInput`). */
const creates = Object.fromEntries(
  Object.values(Kinds)
    .filter((k: KindDescriptor) => 'fromInput' in k)
    .map((k) => [`create${k.kind}`, createFromInput(k as KindDescriptor & { fromInput(input: { name: string }, namespace: string): object })]),
);

export const resolvers = {
  Query: { ...podQueries, ...deploymentQueries, ...kindQueries, ...objectQueries, ...clusterQueries },
  Mutation: { ...deploymentMutations, ...applyMutations, ...creates, ...rolloutMutations, ...nodeMutations },
  Subscription: { ...Subscription, ...changeSubscriptions },
  KubeObject: KubeObjectInterface,
  ...kindTypes,
  Project,
  Pod: { ...kindTypes.Pod, ...Pod },
  Deployment: { ...kindTypes.Deployment, ...Deployment },
  Secret: { ...kindTypes.Secret, ...secretResolvers },
} as unknown as Resolvers<WorkloadsContext>;
