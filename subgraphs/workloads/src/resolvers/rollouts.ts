import { randomBytes } from 'node:crypto';
import { badInput, projectAccess } from '@meridian/core';
import { Kinds, REVISION_ANNOTATION, apiPath, type KindDescriptor, type KubeObject, type V1ControllerRevision, type V1CronJob, type V1ReplicaSet } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import { viewOf } from '../model.ts';
import { FIELD_MANAGER } from '../sources/kube.ts';
import { kindArg } from './objects.ts';

/**
 * Rollouts (restart, roll back, pause, resume) and CronJob controls, as kubectl does them:
 * restart stamps the pod template's `kubectl.kubernetes.io/restartedAt`; a Deployment rolls back
 * to the template of the ReplicaSet with that revision annotation, a StatefulSet or DaemonSet to
 * its ControllerRevision's patch; runCronJob creates a Job from the jobTemplate, owned by it.
 */

const ROLLOUT_KINDS = new Set<KindDescriptor>([Kinds.Deployment, Kinds.StatefulSet, Kinds.DaemonSet]);

function rolloutKind(name: string): KindDescriptor {
  const kind = kindArg(name);
  if (!ROLLOUT_KINDS.has(kind)) throw badInput(`${kind.kind} has no rollouts: Deployment, StatefulSet or DaemonSet.`, 'kind');
  return kind;
}

/** Patches one object after checking the caller may change the project; returns its new view. */
async function patch(ctx: WorkloadsContext, kind: KindDescriptor, project: string, name: string, body: unknown, contentType = 'application/merge-patch+json') {
  await projectAccess(ctx.identity, ctx.sources.kube.directory, project).edit();
  const obj = await ctx.sources.kube.request<KubeObject>({ kind, namespace: project, name }, { method: 'PATCH', path: apiPath(kind, { namespace: project, name }), query: { fieldManager: FIELD_MANAGER }, contentType, body });
  ctx.log.info({ project, kind: kind.kind, name, user: ctx.identity.username }, 'object patched');
  return viewOf(kind, obj);
}

const ownedBy = (uid: string | undefined) => (o: KubeObject) => !!uid && (o.metadata?.ownerReferences ?? []).some((r) => r.uid === uid);

async function current(ctx: WorkloadsContext, kind: KindDescriptor, project: string, name: string) {
  return ctx.sources.kube.request<KubeObject>({ kind, namespace: project, name }, { path: apiPath(kind, { namespace: project, name }) });
}

function noSuchRevision(revision: number, known: number[]): never {
  throw badInput(`There is no revision ${revision}; known revisions: ${known.sort((a, b) => a - b).join(', ') || 'none'}.`, 'revision');
}

export const rolloutMutations = {
  restartRollout: (_root: unknown, args: { kind: string; project: string; name: string }, ctx: WorkloadsContext) =>
    patch(ctx, rolloutKind(args.kind), args.project, args.name, { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() } } } } }),

  async rollbackRollout(_root: unknown, args: { kind: string; project: string; name: string; revision: number }, ctx: WorkloadsContext) {
    const kind = rolloutKind(args.kind);
    await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).edit();
    const target = await current(ctx, kind, args.project, args.name);
    const mine = ownedBy(target.metadata?.uid);
    if (kind === Kinds.Deployment) {
      const sets = await ctx.sources.kube.cache<V1ReplicaSet & KubeObject>(Kinds.ReplicaSet).readable();
      const owned = [...sets.inNamespace(args.project).byName.values()].filter(mine);
      const match = owned.find((rs) => Number(rs.metadata?.annotations?.[REVISION_ANNOTATION]) === args.revision);
      if (!match?.spec?.template) noSuchRevision(args.revision, owned.map((rs) => Number(rs.metadata?.annotations?.[REVISION_ANNOTATION])));
      const template = structuredClone(match.spec.template);
      delete template.metadata?.labels?.['pod-template-hash'];
      return patch(ctx, kind, args.project, args.name, [{ op: 'replace', path: '/spec/template', value: template }], 'application/json-patch+json');
    }
    const revisions = await ctx.sources.kube.cache<V1ControllerRevision & KubeObject>(Kinds.ControllerRevision).readable();
    const owned = [...revisions.inNamespace(args.project).byName.values()].filter(mine);
    const match = owned.find((r) => r.revision === args.revision);
    if (!match) noSuchRevision(args.revision, owned.map((r) => r.revision));
    // The revision's data is the strategic merge patch that restores its pod template.
    return patch(ctx, kind, args.project, args.name, match.data, 'application/strategic-merge-patch+json');
  },

  pauseRollout: (_root: unknown, args: { project: string; name: string }, ctx: WorkloadsContext) => patch(ctx, Kinds.Deployment, args.project, args.name, { spec: { paused: true } }),
  resumeRollout: (_root: unknown, args: { project: string; name: string }, ctx: WorkloadsContext) => patch(ctx, Kinds.Deployment, args.project, args.name, { spec: { paused: false } }),
  suspendCronJob: (_root: unknown, args: { project: string; name: string }, ctx: WorkloadsContext) => patch(ctx, Kinds.CronJob, args.project, args.name, { spec: { suspend: true } }),
  resumeCronJob: (_root: unknown, args: { project: string; name: string }, ctx: WorkloadsContext) => patch(ctx, Kinds.CronJob, args.project, args.name, { spec: { suspend: false } }),

  async runCronJob(_root: unknown, args: { project: string; name: string }, ctx: WorkloadsContext) {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).edit();
    const cron = (await current(ctx, Kinds.CronJob, args.project, args.name)) as V1CronJob & KubeObject;
    const template = cron.spec?.jobTemplate;
    // Job names are label values (≤ 63): keep room for the suffix.
    const name = `${args.name.slice(0, 48)}-manual-${randomBytes(3).toString('hex')}`;
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        namespace: args.project,
        labels: template?.metadata?.labels,
        annotations: { ...template?.metadata?.annotations, 'cronjob.kubernetes.io/instantiate': 'manual' },
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: args.name, uid: cron.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true }],
      },
      spec: template?.spec,
    };
    const created = await ctx.sources.kube.request<KubeObject>({ kind: Kinds.Job, namespace: args.project, name }, { method: 'POST', path: apiPath(Kinds.Job, { namespace: args.project }), query: { fieldManager: FIELD_MANAGER }, body: job });
    ctx.log.info({ project: args.project, cronJob: args.name, job: name, user: ctx.identity.username }, 'cron job run');
    return viewOf(Kinds.Job, created);
  },
};
