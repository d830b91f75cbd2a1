import type { V1ConfigMap } from '@kubernetes/client-node';
import { alwaysActive, defineKind, labelsCol, manifestMeta, pairs, type CreatableKind } from './define.ts';
import type { KeyValueInput, MetaInput } from './pod-template.ts';

export interface ConfigMapInput extends MetaInput {
  data: KeyValueInput[];
}

export const ConfigMap = defineKind<CreatableKind<ConfigMapInput>>({
  kind: 'ConfigMap', group: '', version: 'v1', plural: 'configmaps', namespaced: true, graphqlType: 'ConfigMap',
  columns: [labelsCol],
  status: alwaysActive,
  fields: (o) => ({ data: pairs((o as V1ConfigMap).data), binaryKeys: Object.keys((o as V1ConfigMap).binaryData ?? {}) }),
  fromInput: (input, namespace) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: manifestMeta(input, namespace), data: Object.fromEntries(input.data.map((d) => [d.key, d.value])) }) as V1ConfigMap,
});
