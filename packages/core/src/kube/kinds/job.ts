import type { V1Job, V1JobSpec } from '@kubernetes/client-node';
import { column, conditionOf, defineKind, imagesOf, iso, type CreatableKind } from './define.ts';
import { defined, podTemplate, workloadBase, type WorkloadMetaInput } from './pod-template.ts';

export interface JobInput extends WorkloadMetaInput {
  completions?: number | null;
  parallelism?: number | null;
  backoffLimit?: number | null;
}

/** A Job's spec from the form (also a CronJob's jobTemplate); Jobs pick their own selector. */
export function jobSpec(input: JobInput): V1JobSpec {
  return defined({
    completions: input.completions ?? undefined,
    parallelism: input.parallelism ?? undefined,
    backoffLimit: input.backoffLimit ?? undefined,
    template: podTemplate(input, { restartPolicy: 'Never' }),
  }) as V1JobSpec;
}

export const Job = defineKind<CreatableKind<JobInput>>({
  kind: 'Job', group: 'batch', version: 'v1', plural: 'jobs', namespaced: true, graphqlType: 'Job', subresources: ['status'],
  columns: [column('completions', 'Completions', 'spec.completions', 'number'), column('succeeded', 'Succeeded', 'status.succeeded', 'number'), column('failed', 'Failed', 'status.failed', 'number')],
  status(o) {
    const j = o as V1Job;
    const done = conditionOf(j.status?.conditions, 'Complete');
    if (done?.status === 'True') return { status: 'Complete', message: null };
    const failed = conditionOf(j.status?.conditions, 'Failed');
    if (failed?.status === 'True') return { status: 'Failed', message: failed.message ?? failed.reason ?? null };
    if (j.spec?.suspend) return { status: 'Suspended', message: null };
    return { status: 'Running', message: `${j.status?.succeeded ?? 0}/${j.spec?.completions ?? 1} succeeded` };
  },
  fields(o) {
    const j = o as V1Job;
    return {
      completions: j.spec?.completions ?? null,
      parallelism: j.spec?.parallelism ?? null,
      active: j.status?.active ?? 0,
      succeeded: j.status?.succeeded ?? 0,
      failed: j.status?.failed ?? 0,
      startTime: iso(j.status?.startTime),
      completionTime: iso(j.status?.completionTime),
      images: imagesOf(j.spec?.template?.spec),
    };
  },
  fromInput(input, namespace) {
    const { metadata } = workloadBase(input, namespace, { selector: false });
    return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: jobSpec(input) } as V1Job;
  },
});
