import type { V1Container, V1PodTemplateSpec, V1Probe, V1Volume } from '@kubernetes/client-node';
import { manifestMeta } from './define.ts';

/**
 * The form of a pod template that Deployment, StatefulSet, DaemonSet, Job and CronJob share
 * (`create<Kind>` inputs), and how it becomes a manifest. Field names follow the GraphQL input
 * types in subgraphs/workloads/schema.graphql; the API server validates the rest and its
 * complaints come back as BAD_USER_INPUT naming the manifest field.
 */

export interface KeyValueInput {
  key: string;
  value: string;
}

export interface ProbeInput {
  httpPath?: string | null;
  port?: number | null;
  command?: string[] | null;
  initialDelaySeconds?: number | null;
  periodSeconds?: number | null;
}

export interface EnvInput {
  name: string;
  value?: string | null;
  /** `name/key` of a ConfigMap entry. */
  configMapKey?: { name: string; key: string } | null;
  secretKey?: { name: string; key: string } | null;
}

export interface ContainerInput {
  name?: string | null;
  image: string;
  command?: string[] | null;
  args?: string[] | null;
  ports?: { name?: string | null; containerPort: number; protocol?: string | null }[] | null;
  env?: EnvInput[] | null;
  /** Every key of these ConfigMaps / Secrets as environment variables. */
  envFromConfigMaps?: string[] | null;
  envFromSecrets?: string[] | null;
  resources?: { cpuRequest?: string | null; memoryRequest?: string | null; cpuLimit?: string | null; memoryLimit?: string | null } | null;
  readinessProbe?: ProbeInput | null;
  livenessProbe?: ProbeInput | null;
  volumeMounts?: { volume: string; mountPath: string; readOnly?: boolean | null }[] | null;
}

export interface VolumeInput {
  name: string;
  persistentVolumeClaim?: string | null;
  configMap?: string | null;
  secret?: string | null;
}

export interface PodTemplateInput {
  containers: ContainerInput[];
  volumes?: VolumeInput[] | null;
  nodeSelector?: KeyValueInput[] | null;
  imagePullSecrets?: string[] | null;
  serviceAccountName?: string | null;
}

/** What every create form names: the object's name, labels and annotations. */
export interface MetaInput {
  name: string;
  labels?: KeyValueInput[] | null;
  annotations?: KeyValueInput[] | null;
}

export interface WorkloadMetaInput extends MetaInput {
  template: PodTemplateInput;
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
const nonEmpty = <T>(a: T[] | null | undefined): T[] | undefined => (a && a.length ? a : undefined);

function probe(p: ProbeInput | null | undefined): V1Probe | undefined {
  if (!p) return undefined;
  const timing = defined({ initialDelaySeconds: p.initialDelaySeconds ?? undefined, periodSeconds: p.periodSeconds ?? undefined });
  if (p.command?.length) return { exec: { command: p.command }, ...timing };
  if (p.httpPath) return { httpGet: { path: p.httpPath, port: p.port ?? 80 }, ...timing };
  return { tcpSocket: { port: p.port ?? 80 }, ...timing };
}

function container(c: ContainerInput, i: number): V1Container {
  const requests = defined({ cpu: c.resources?.cpuRequest ?? undefined, memory: c.resources?.memoryRequest ?? undefined });
  const limits = defined({ cpu: c.resources?.cpuLimit ?? undefined, memory: c.resources?.memoryLimit ?? undefined });
  return defined({
    name: c.name ?? (i === 0 ? 'main' : `c${i}`),
    image: c.image,
    command: nonEmpty(c.command),
    args: nonEmpty(c.args),
    ports: nonEmpty(c.ports?.map((p) => defined({ name: p.name ?? undefined, containerPort: p.containerPort, protocol: p.protocol ?? undefined }))),
    env: nonEmpty(
      c.env?.map((e) =>
        e.configMapKey
          ? { name: e.name, valueFrom: { configMapKeyRef: e.configMapKey } }
          : e.secretKey
            ? { name: e.name, valueFrom: { secretKeyRef: e.secretKey } }
            : { name: e.name, value: e.value ?? '' },
      ),
    ),
    envFrom: nonEmpty([...(c.envFromConfigMaps ?? []).map((name) => ({ configMapRef: { name } })), ...(c.envFromSecrets ?? []).map((name) => ({ secretRef: { name } }))]),
    resources: Object.keys(requests).length || Object.keys(limits).length ? defined({ requests: Object.keys(requests).length ? requests : undefined, limits: Object.keys(limits).length ? limits : undefined }) : undefined,
    readinessProbe: probe(c.readinessProbe),
    livenessProbe: probe(c.livenessProbe),
    volumeMounts: nonEmpty(c.volumeMounts?.map((m) => defined({ name: m.volume, mountPath: m.mountPath, readOnly: m.readOnly ?? undefined }))),
  }) as V1Container;
}

function volume(v: VolumeInput): V1Volume {
  if (v.persistentVolumeClaim) return { name: v.name, persistentVolumeClaim: { claimName: v.persistentVolumeClaim } };
  if (v.secret) return { name: v.name, secret: { secretName: v.secret } };
  if (v.configMap) return { name: v.name, configMap: { name: v.configMap } };
  return { name: v.name, emptyDir: {} };
}

/** The pods' labels: `app: <name>` (what the selector matches) plus the labels given. */
export const podLabels = (input: WorkloadMetaInput) => ({ ...Object.fromEntries((input.labels ?? []).map((l) => [l.key, l.value])), app: input.name });

export function podTemplate(input: WorkloadMetaInput, opts: { restartPolicy?: string } = {}): V1PodTemplateSpec {
  const t = input.template;
  return {
    metadata: { labels: podLabels(input) },
    spec: defined({
      containers: t.containers.map(container),
      volumes: nonEmpty(t.volumes?.map(volume)),
      nodeSelector: t.nodeSelector?.length ? Object.fromEntries(t.nodeSelector.map((s) => [s.key, s.value])) : undefined,
      imagePullSecrets: nonEmpty(t.imagePullSecrets?.map((name) => ({ name }))),
      serviceAccountName: t.serviceAccountName ?? undefined,
      restartPolicy: opts.restartPolicy,
    }),
  };
}

/** metadata + `spec.selector` + `spec.template` for a workload made from a form. */
export function workloadBase(input: WorkloadMetaInput, namespace: string, opts: { restartPolicy?: string; selector?: boolean } = {}) {
  return {
    metadata: manifestMeta(input, namespace),
    selector: opts.selector === false ? undefined : { matchLabels: { app: input.name } },
    template: podTemplate(input, opts),
  };
}

export { defined };
