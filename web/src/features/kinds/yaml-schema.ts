/**
 * A compact schema of the fields the API needs, per kind: enough to catch what a person gets wrong
 * while typing (a missing name or image, a string where a number goes, a port out of range, an
 * unknown top-level field), checked in the browser with nothing fetched. The API server remains
 * the judge: its refusals come back with `extensions.field` and are shown at that field.
 */
export type Schema =
  | { t: 'object'; props?: Record<string, Schema>; required?: string[]; values?: Schema; closed?: boolean }
  | { t: 'array'; items: Schema }
  | { t: 'string'; enum?: string[]; pattern?: RegExp; hint?: string }
  | { t: 'integer'; min?: number; max?: number }
  | { t: 'boolean' }
  | { t: 'intOrString' }
  | { t: 'quantity' }
  | { t: 'any' };

const str: Schema = { t: 'string' };
const int = (min?: number, max?: number): Schema => ({ t: 'integer', min, max });
const bool: Schema = { t: 'boolean' };
const any: Schema = { t: 'any' };
const obj = (props: Record<string, Schema>, required: string[] = [], closed = false): Schema => ({ t: 'object', props, required, closed });
const arr = (items: Schema): Schema => ({ t: 'array', items });
const stringMap: Schema = { t: 'object', values: str };
const quantityMap: Schema = { t: 'object', values: { t: 'quantity' } };
const port = int(1, 65535);
export const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const metadata = obj({
  name: { t: 'string', pattern: DNS_1123, hint: 'lower-case letters, digits, "-" and "."' },
  namespace: str,
  labels: stringMap,
  annotations: stringMap,
  resourceVersion: str,
  uid: str,
  generateName: str,
});
const keyRef = obj({ name: str, key: str, optional: bool }, ['key']);
const probe = obj({
  httpGet: obj({ path: str, port: { t: 'intOrString' }, scheme: { t: 'string', enum: ['HTTP', 'HTTPS'] } }, ['port']),
  tcpSocket: obj({ port: { t: 'intOrString' } }, ['port']),
  exec: obj({ command: arr(str) }),
  initialDelaySeconds: int(0),
  periodSeconds: int(1),
  timeoutSeconds: int(1),
  failureThreshold: int(1),
  successThreshold: int(1),
});
const container = obj(
  {
    name: { t: 'string', pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/ },
    image: str,
    command: arr(str),
    args: arr(str),
    workingDir: str,
    ports: arr(obj({ name: str, containerPort: port, protocol: { t: 'string', enum: ['TCP', 'UDP', 'SCTP'] }, hostPort: port }, ['containerPort'])),
    env: arr(obj({ name: str, value: str, valueFrom: obj({ configMapKeyRef: keyRef, secretKeyRef: keyRef, fieldRef: any, resourceFieldRef: any }) }, ['name'])),
    envFrom: arr(obj({ prefix: str, configMapRef: obj({ name: str }), secretRef: obj({ name: str }) })),
    resources: obj({ requests: quantityMap, limits: quantityMap, claims: any }),
    volumeMounts: arr(obj({ name: str, mountPath: str, readOnly: bool, subPath: str }, ['name', 'mountPath'])),
    readinessProbe: probe,
    livenessProbe: probe,
    startupProbe: probe,
    imagePullPolicy: { t: 'string', enum: ['Always', 'IfNotPresent', 'Never'] },
    securityContext: any,
    lifecycle: any,
    stdin: bool,
    tty: bool,
    terminationMessagePath: str,
    terminationMessagePolicy: str,
  },
  ['name'],
  true,
);
const podSpec = obj({
  containers: arr(container),
  initContainers: arr(container),
  volumes: arr(obj({ name: str }, ['name'])),
  nodeSelector: stringMap,
  serviceAccountName: str,
  restartPolicy: { t: 'string', enum: ['Always', 'OnFailure', 'Never'] },
  imagePullSecrets: arr(obj({ name: str })),
  terminationGracePeriodSeconds: int(0),
}, ['containers']);
const template = obj({ metadata: obj({ labels: stringMap, annotations: stringMap }), spec: podSpec }, ['spec']);
const selector = obj({ matchLabels: stringMap, matchExpressions: any });
const jobSpec = obj({ completions: int(0), parallelism: int(0), backoffLimit: int(0), template }, ['template']);

/** Each kind's `spec` (or top-level fields for kinds without one). */
const KIND_FIELDS: Record<string, Record<string, Schema>> = {
  Deployment: { spec: obj({ replicas: int(0), selector, template, paused: bool, strategy: any, revisionHistoryLimit: int(0), minReadySeconds: int(0), progressDeadlineSeconds: int(1) }, ['selector', 'template']) },
  StatefulSet: { spec: obj({ replicas: int(0), selector, template, serviceName: str, podManagementPolicy: str, updateStrategy: any, volumeClaimTemplates: any }, ['selector', 'template']) },
  DaemonSet: { spec: obj({ selector, template, updateStrategy: any, minReadySeconds: int(0) }, ['selector', 'template']) },
  ReplicaSet: { spec: obj({ replicas: int(0), selector, template }, ['selector']) },
  Job: { spec: jobSpec },
  CronJob: { spec: obj({ schedule: { t: 'string', pattern: /^(@\w+|(\S+\s+){4}\S+)$/, hint: 'five cron fields, e.g. "*/5 * * * *"' }, suspend: bool, jobTemplate: obj({ spec: jobSpec }, ['spec']), concurrencyPolicy: { t: 'string', enum: ['Allow', 'Forbid', 'Replace'] }, successfulJobsHistoryLimit: int(0), failedJobsHistoryLimit: int(0), startingDeadlineSeconds: int(0), timeZone: str }, ['schedule', 'jobTemplate']) },
  Pod: { spec: podSpec },
  Service: { spec: obj({ type: { t: 'string', enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] }, selector: stringMap, clusterIP: str, ports: arr(obj({ name: str, port, targetPort: { t: 'intOrString' }, nodePort: int(1, 65535), protocol: { t: 'string', enum: ['TCP', 'UDP', 'SCTP'] }, appProtocol: str }, ['port'])) }) },
  Ingress: { spec: obj({ ingressClassName: str, defaultBackend: any, rules: arr(obj({ host: str, http: obj({ paths: arr(obj({ path: str, pathType: { t: 'string', enum: ['Prefix', 'Exact', 'ImplementationSpecific'] }, backend: obj({ service: obj({ name: str, port: obj({ number: port, name: str }) }, ['name']), resource: any }) }, ['pathType', 'backend'])) }, ['paths']) })), tls: arr(obj({ hosts: arr(str), secretName: str })) }) },
  ConfigMap: { data: stringMap, binaryData: stringMap, immutable: bool },
  Secret: { data: stringMap, stringData: stringMap, type: str, immutable: bool },
  PersistentVolumeClaim: { spec: obj({ accessModes: arr({ t: 'string', enum: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] }), resources: obj({ requests: quantityMap, limits: quantityMap }, ['requests']), storageClassName: str, volumeMode: { t: 'string', enum: ['Filesystem', 'Block'] }, volumeName: str, selector }, ['resources']) },
  HorizontalPodAutoscaler: { spec: obj({ scaleTargetRef: obj({ apiVersion: str, kind: str, name: str }, ['kind', 'name']), minReplicas: int(1), maxReplicas: int(1), metrics: any, behavior: any }, ['scaleTargetRef', 'maxReplicas']) },
  ResourceQuota: { spec: obj({ hard: quantityMap, scopes: arr(str), scopeSelector: any }) },
  LimitRange: { spec: obj({ limits: arr(obj({ type: str, min: quantityMap, max: quantityMap, default: quantityMap, defaultRequest: quantityMap, maxLimitRequestRatio: quantityMap }, ['type'])) }, ['limits']) },
  ServiceAccount: { imagePullSecrets: arr(obj({ name: str })), secrets: any, automountServiceAccountToken: bool },
  NetworkPolicy: { spec: obj({ podSelector: selector, policyTypes: arr({ t: 'string', enum: ['Ingress', 'Egress'] }), ingress: any, egress: any }, ['podSelector']) },
};

/** apiVersion each writable kind is served at. */
export const API_VERSIONS: Record<string, string> = {
  Deployment: 'apps/v1', StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', ReplicaSet: 'apps/v1', Job: 'batch/v1', CronJob: 'batch/v1',
  Pod: 'v1', Service: 'v1', ConfigMap: 'v1', Secret: 'v1', PersistentVolumeClaim: 'v1', ResourceQuota: 'v1', LimitRange: 'v1', ServiceAccount: 'v1',
  Ingress: 'networking.k8s.io/v1', NetworkPolicy: 'networking.k8s.io/v1', HorizontalPodAutoscaler: 'autoscaling/v2',
};

/** The schema of a whole manifest of `kind`; unknown kinds get the common part only. */
export function manifestSchema(kind: string): Schema {
  const own = Object.hasOwn(KIND_FIELDS, kind) ? KIND_FIELDS[kind] : {};
  return obj(
    { apiVersion: { t: 'string', enum: Object.hasOwn(API_VERSIONS, kind) ? [API_VERSIONS[kind]] : undefined }, kind: { t: 'string', enum: Object.keys(API_VERSIONS) }, metadata: obj({ ...(metadata as { props: Record<string, Schema> }).props }, ['name']), status: any, ...own },
    ['apiVersion', 'kind', 'metadata'],
    true,
  );
}

/** A Kubernetes quantity: 100m, 0.5, 128Mi, 1Gi, 1e3. */
export const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[mkMGTPE])?$/;
