import type { V2HorizontalPodAutoscaler } from '@kubernetes/client-node';
import { column, conditionOf, defineKind, manifestMeta, type CreatableKind } from './define.ts';
import type { MetaInput } from './pod-template.ts';

export interface HorizontalPodAutoscalerInput extends MetaInput {
  /** Deployment (default) or StatefulSet. */
  targetKind?: string | null;
  targetName: string;
  minReplicas?: number | null;
  maxReplicas: number;
  /** Average CPU utilization to aim for, in percent of requests. */
  cpuUtilization?: number | null;
  memoryUtilization?: number | null;
}

export const HorizontalPodAutoscaler = defineKind<CreatableKind<HorizontalPodAutoscalerInput>>({
  kind: 'HorizontalPodAutoscaler', group: 'autoscaling', version: 'v2', plural: 'horizontalpodautoscalers', namespaced: true, graphqlType: 'HorizontalPodAutoscaler', subresources: ['status'],
  columns: [column('targetName', 'Target', 'spec.scaleTargetRef.name'), column('minReplicas', 'Min', 'spec.minReplicas', 'number'), column('maxReplicas', 'Max', 'spec.maxReplicas', 'number'), column('currentReplicas', 'Current', 'status.currentReplicas', 'number')],
  status(o) {
    const h = o as V2HorizontalPodAutoscaler;
    const active = conditionOf(h.status?.conditions, 'ScalingActive');
    if (active?.status === 'False') return { status: 'Inactive', message: active.message ?? null };
    const able = conditionOf(h.status?.conditions, 'AbleToScale');
    if (able?.status === 'False') return { status: 'Failed', message: able.message ?? null };
    return { status: 'Active', message: null };
  },
  fields(o) {
    const h = o as V2HorizontalPodAutoscaler;
    const target = (name: string) => h.spec?.metrics?.find((m) => m.resource?.name === name)?.resource?.target.averageUtilization ?? null;
    return {
      targetKind: h.spec?.scaleTargetRef.kind ?? '',
      targetName: h.spec?.scaleTargetRef.name ?? '',
      minReplicas: h.spec?.minReplicas ?? 1,
      maxReplicas: h.spec?.maxReplicas ?? 0,
      currentReplicas: h.status?.currentReplicas ?? 0,
      desiredReplicas: h.status?.desiredReplicas ?? 0,
      cpuUtilization: target('cpu'),
      memoryUtilization: target('memory'),
    };
  },
  fromInput(input, namespace) {
    const metric = (name: string, value: number | null | undefined) => (value ? [{ type: 'Resource', resource: { name, target: { type: 'Utilization', averageUtilization: value } } }] : []);
    return {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: manifestMeta(input, namespace),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: input.targetKind ?? 'Deployment', name: input.targetName },
        minReplicas: input.minReplicas ?? 1,
        maxReplicas: input.maxReplicas,
        metrics: [...metric('cpu', input.cpuUtilization ?? (input.memoryUtilization ? undefined : 80)), ...metric('memory', input.memoryUtilization)],
      },
    } as V2HorizontalPodAutoscaler;
  },
});
