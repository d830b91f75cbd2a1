import type { V1CronJob } from '@kubernetes/client-node';
import { column, defineKind, imagesOf, iso, manifestMeta, type CreatableKind } from './define.ts';
import { jobSpec, type JobInput } from './job.ts';

export interface CronJobInput extends JobInput {
  /** Cron syntax, e.g. "*\/5 * * * *". */
  schedule: string;
  suspend?: boolean | null;
}

export const CronJob = defineKind<CreatableKind<CronJobInput>>({
  kind: 'CronJob', group: 'batch', version: 'v1', plural: 'cronjobs', namespaced: true, graphqlType: 'CronJob', subresources: ['status'],
  columns: [column('schedule', 'Schedule', 'spec.schedule'), column('suspend', 'Suspended', 'spec.suspend'), column('lastScheduleTime', 'Last run', 'status.lastScheduleTime', 'date')],
  status(o) {
    const c = o as V1CronJob;
    if (c.spec?.suspend) return { status: 'Suspended', message: null };
    const active = c.status?.active?.length ?? 0;
    return { status: 'Active', message: active ? `${active} job(s) running` : null };
  },
  fields(o) {
    const c = o as V1CronJob;
    return {
      schedule: c.spec?.schedule ?? '',
      suspend: !!c.spec?.suspend,
      lastScheduleTime: iso(c.status?.lastScheduleTime),
      lastSuccessfulTime: iso(c.status?.lastSuccessfulTime),
      activeJobs: (c.status?.active ?? []).map((a) => a.name ?? ''),
      images: imagesOf(c.spec?.jobTemplate?.spec?.template?.spec),
    };
  },
  fromInput(input, namespace) {
    return {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: manifestMeta(input, namespace),
      spec: { schedule: input.schedule, suspend: input.suspend ?? false, jobTemplate: { spec: jobSpec(input) } },
    } as V1CronJob;
  },
});
