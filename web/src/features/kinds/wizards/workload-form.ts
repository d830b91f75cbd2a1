import type { DeploymentInput, PodTemplateInput, ProbeInput } from '@/gql/graphql.ts';
import { checkInt, checkName, checkQuantity, checkRequired, COMMON_RULES, fieldByRules, type Problems } from '@/features/kinds/wizards/form-rules.ts';
import { intOrNull, keyValues, lines, textOrNull, type KeyValue } from '@/features/kinds/wizards/fields.tsx';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';

export interface ProbeForm {
  type: 'none' | 'http' | 'tcp' | 'exec';
  path: string;
  port: string;
  command: string;
  initialDelay: string;
  period: string;
}

export interface EnvForm {
  name: string;
  source: 'value' | 'configMap' | 'secret';
  value: string;
  ref: string;
  key: string;
}

export interface VolumeForm {
  name: string;
  source: 'persistentVolumeClaim' | 'configMap' | 'secret' | 'emptyDir';
  ref: string;
  mountPath: string;
  readOnly: boolean;
}

export interface PortForm {
  name: string;
  containerPort: string;
  protocol: string;
}

/** Everything the workload wizard asks, as typed (strings until sent). */
export interface WorkloadForm {
  name: string;
  labels: KeyValue[];
  replicas: string;
  serviceName: string;
  schedule: string;
  completions: string;
  parallelism: string;
  backoffLimit: string;
  image: string;
  command: string;
  args: string;
  ports: PortForm[];
  env: EnvForm[];
  envFromConfigMaps: string[];
  envFromSecrets: string[];
  cpuRequest: string;
  memoryRequest: string;
  cpuLimit: string;
  memoryLimit: string;
  readiness: ProbeForm;
  liveness: ProbeForm;
  volumes: VolumeForm[];
  nodeSelector: KeyValue[];
}

const noProbe = (): ProbeForm => ({ type: 'none', path: '/', port: '80', command: '', initialDelay: '', period: '' });

export function blankWorkload(): WorkloadForm {
  return {
    name: '', labels: [], replicas: '1', serviceName: '', schedule: '*/5 * * * *', completions: '', parallelism: '', backoffLimit: '',
    image: '', command: '', args: '', ports: [], env: [], envFromConfigMaps: [], envFromSecrets: [],
    cpuRequest: '', memoryRequest: '', cpuLimit: '', memoryLimit: '', readiness: noProbe(), liveness: noProbe(), volumes: [], nodeSelector: [],
  };
}

export function validateWorkload(kind: WorkloadKind, f: WorkloadForm): Problems {
  const p: Problems = {};
  checkName(p, 'name', f.name);
  if (kind === 'Deployment' || kind === 'StatefulSet') checkInt(p, 'replicas', f.replicas, 0, 1000, true);
  if (kind === 'CronJob' && !/^(@\w+|(\S+\s+){4}\S+)$/.test(f.schedule.trim())) p.schedule = 'form.cron';
  if (kind === 'Job' || kind === 'CronJob') {
    checkInt(p, 'completions', f.completions, 1);
    checkInt(p, 'parallelism', f.parallelism, 0);
    checkInt(p, 'backoffLimit', f.backoffLimit, 0);
  }
  checkRequired(p, 'image', f.image);
  f.ports.forEach((x, i) => checkInt(p, `ports[${i}].containerPort`, x.containerPort, 1, 65535, true));
  f.env.forEach((e, i) => {
    checkRequired(p, `env[${i}].name`, e.name);
    if (e.source !== 'value') {
      checkRequired(p, `env[${i}].ref`, e.ref);
      checkRequired(p, `env[${i}].key`, e.key);
    }
  });
  for (const q of ['cpuRequest', 'memoryRequest', 'cpuLimit', 'memoryLimit'] as const) checkQuantity(p, q, f[q]);
  for (const which of ['readiness', 'liveness'] as const) {
    const probe = f[which];
    if (probe.type === 'http' || probe.type === 'tcp') checkInt(p, `${which}.port`, probe.port, 1, 65535, true);
    if (probe.type === 'exec') checkRequired(p, `${which}.command`, probe.command);
    checkInt(p, `${which}.initialDelay`, probe.initialDelay, 0);
    checkInt(p, `${which}.period`, probe.period, 1);
  }
  f.volumes.forEach((v, i) => {
    checkName(p, `volumes[${i}].name`, v.name);
    if (v.source !== 'emptyDir') checkRequired(p, `volumes[${i}].ref`, v.ref);
    checkRequired(p, `volumes[${i}].mountPath`, v.mountPath);
  });
  return p;
}

function probeInput(probe: ProbeForm): ProbeInput | null {
  const timing = { initialDelaySeconds: intOrNull(probe.initialDelay), periodSeconds: intOrNull(probe.period) };
  if (probe.type === 'http') return { httpPath: probe.path || '/', port: Number(probe.port), ...timing };
  if (probe.type === 'tcp') return { port: Number(probe.port), ...timing };
  if (probe.type === 'exec') return { command: lines(probe.command), ...timing };
  return null;
}

export function podTemplateOf(f: WorkloadForm): PodTemplateInput {
  return {
    containers: [
      {
        image: f.image.trim(),
        command: lines(f.command),
        args: lines(f.args),
        ports: f.ports.length ? f.ports.map((x) => ({ name: textOrNull(x.name), containerPort: Number(x.containerPort), protocol: x.protocol || null })) : null,
        env: f.env.length
          ? f.env.map((e) =>
              e.source === 'value'
                ? { name: e.name.trim(), value: e.value }
                : { name: e.name.trim(), [e.source === 'configMap' ? 'configMapKey' : 'secretKey']: { name: e.ref, key: e.key } },
            )
          : null,
        envFromConfigMaps: f.envFromConfigMaps.length ? f.envFromConfigMaps : null,
        envFromSecrets: f.envFromSecrets.length ? f.envFromSecrets : null,
        resources:
          f.cpuRequest || f.memoryRequest || f.cpuLimit || f.memoryLimit
            ? { cpuRequest: textOrNull(f.cpuRequest), memoryRequest: textOrNull(f.memoryRequest), cpuLimit: textOrNull(f.cpuLimit), memoryLimit: textOrNull(f.memoryLimit) }
            : null,
        readinessProbe: probeInput(f.readiness),
        livenessProbe: probeInput(f.liveness),
        volumeMounts: f.volumes.length ? f.volumes.map((v) => ({ volume: v.name, mountPath: v.mountPath, readOnly: v.readOnly })) : null,
      },
    ],
    volumes: f.volumes.length ? f.volumes.map((v) => ({ name: v.name, ...(v.source === 'emptyDir' ? {} : { [v.source]: v.ref }) })) : null,
    nodeSelector: keyValues(f.nodeSelector),
  };
}

/** The create<Kind> input of the form (the fields each kind takes). */
export function workloadInput(kind: WorkloadKind, f: WorkloadForm): Record<string, unknown> {
  const base: DeploymentInput = { name: f.name.trim(), labels: keyValues(f.labels), template: podTemplateOf(f) };
  if (kind === 'Deployment') return { ...base, replicas: Number(f.replicas) };
  if (kind === 'StatefulSet') return { ...base, replicas: Number(f.replicas), serviceName: textOrNull(f.serviceName) };
  if (kind === 'DaemonSet') return base;
  const job = { completions: intOrNull(f.completions), parallelism: intOrNull(f.parallelism), backoffLimit: intOrNull(f.backoffLimit) };
  if (kind === 'Job') return { ...base, ...job };
  return { ...base, ...job, schedule: f.schedule.trim() };
}

const CONTAINER = String.raw`(?:input\.)?(?:spec\.jobTemplate\.spec\.)?(?:spec\.)?template\.(?:spec\.)?containers\[\d+\]\.`;
const POD = String.raw`(?:input\.)?(?:spec\.jobTemplate\.spec\.)?(?:spec\.)?template\.(?:spec\.)?`;
const re = (s: string) => new RegExp(`^${s}`);

/** An API path as the workload form's field. */
export function workloadFieldOf(path: string): string | null {
  return fieldByRules(path, [
    ...COMMON_RULES,
    [re(`${CONTAINER}image`), 'image'],
    [re(`${CONTAINER}command`), 'command'],
    [re(`${CONTAINER}args`), 'args'],
    [re(`${CONTAINER}ports\\[(\\d+)\\]\\.(name|protocol)`), (m) => `ports[${m[1]}].${m[2]}`],
    [re(`${CONTAINER}ports\\[(\\d+)\\]`), (m) => `ports[${m[1]}].containerPort`],
    [re(`${CONTAINER}env\\[(\\d+)\\]`), (m) => `env[${m[1]}].name`],
    [re(`${CONTAINER}envFrom`), 'envFrom'],
    [re(`${CONTAINER}resources\\.requests\\.cpu`), 'cpuRequest'],
    [re(`${CONTAINER}resources\\.requests\\.memory`), 'memoryRequest'],
    [re(`${CONTAINER}resources\\.limits\\.cpu`), 'cpuLimit'],
    [re(`${CONTAINER}resources\\.limits\\.memory`), 'memoryLimit'],
    [re(`${CONTAINER}resources`), 'cpuRequest'],
    [re(`${CONTAINER}readinessProbe`), 'readiness.port'],
    [re(`${CONTAINER}livenessProbe`), 'liveness.port'],
    [re(`${CONTAINER}volumeMounts\\[(\\d+)\\]`), (m) => `volumes[${m[1]}].mountPath`],
    [re(`${POD}volumes\\[(\\d+)\\]`), (m) => `volumes[${m[1]}].name`],
    [re(`${POD}nodeSelector`), 'nodeSelector'],
    [re(`${CONTAINER}`), 'image'],
    [/^(input\.|spec\.)replicas/, 'replicas'],
    [/^(input\.|spec\.)schedule/, 'schedule'],
    [/^(input\.|spec\.)serviceName/, 'serviceName'],
    [/^(?:input\.|spec\.(?:jobTemplate\.spec\.)?)(completions|parallelism|backoffLimit)/, (m) => m[1]],
  ]);
}
