import { checkAnnotations, checkInt, checkLabels, checkName, checkQuantity, checkRequired, COMMON_RULES, fieldByRules, type Problems } from '@/features/kinds/wizards/form-rules.ts';
import { intOrNull, keyValues, textOrNull, type KeyValue } from '@/features/kinds/wizards/fields.tsx';

/** The small forms (Service, Ingress, ConfigMap, Secret, PVC, HPA): state, checks, input, API paths. */

/** What every form names (the API's MetaInput): the object's name, labels and annotations. */
export interface MetaForm {
  name: string;
  labels: KeyValue[];
  annotations: KeyValue[];
}
export const blankMeta = (): MetaForm => ({ name: '', labels: [], annotations: [] });
export function validateMeta(f: MetaForm): Problems {
  const p: Problems = {};
  checkName(p, 'name', f.name);
  checkLabels(p, 'labels', f.labels);
  checkAnnotations(p, 'annotations', f.annotations);
  return p;
}
export const metaInput = (f: MetaForm) => ({ name: f.name.trim(), labels: keyValues(f.labels), annotations: keyValues(f.annotations) });

export interface ServiceForm extends MetaForm {
  type: string;
  selector: KeyValue[];
  ports: { name: string; port: string; targetPort: string; protocol: string; nodePort: string }[];
}
export const blankService = (): ServiceForm => ({ ...blankMeta(), type: 'ClusterIP', selector: [], ports: [{ name: '', port: '80', targetPort: '', protocol: 'TCP', nodePort: '' }] });
export function validateService(f: ServiceForm): Problems {
  const p = validateMeta(f);
  if (!f.ports.length) p.ports = 'form.required';
  f.ports.forEach((x, i) => {
    checkInt(p, `ports[${i}].port`, x.port, 1, 65535, true);
    checkInt(p, `ports[${i}].targetPort`, x.targetPort, 1, 65535);
    checkInt(p, `ports[${i}].nodePort`, x.nodePort, 1, 65535);
  });
  return p;
}
export const serviceInput = (f: ServiceForm) => ({
  ...metaInput(f),
  type: f.type,
  selector: keyValues(f.selector),
  ports: f.ports.map((x) => ({ name: textOrNull(x.name), port: Number(x.port), targetPort: intOrNull(x.targetPort), protocol: x.protocol, nodePort: intOrNull(x.nodePort) })),
});
export const serviceFieldOf = (path: string) =>
  fieldByRules(path, [...COMMON_RULES, [/^(input|spec)\.ports\[(\d+)\]\.(\w+)/, (m) => `ports[${m[2]}].${m[3] === 'name' || m[3] === 'protocol' ? m[3] : ['port', 'targetPort', 'nodePort'].includes(m[3]) ? m[3] : 'port'}`], [/^(input|spec)\.ports/, 'ports'], [/^(input|spec)\.selector/, 'selector'], [/^(input|spec)\.type/, 'type']]);

export interface IngressForm extends MetaForm {
  ingressClassName: string;
  rules: { host: string; path: string; pathType: string; service: string; port: string }[];
  tls: { hosts: string; secretName: string }[];
}
export const blankIngress = (): IngressForm => ({ ...blankMeta(), ingressClassName: '', rules: [{ host: '', path: '/', pathType: 'Prefix', service: '', port: '80' }], tls: [] });
export function validateIngress(f: IngressForm): Problems {
  const p = validateMeta(f);
  if (!f.rules.length) p.rules = 'form.required';
  f.rules.forEach((r, i) => {
    checkRequired(p, `rules[${i}].path`, r.path);
    checkRequired(p, `rules[${i}].service`, r.service);
    checkInt(p, `rules[${i}].port`, r.port, 1, 65535, true);
  });
  f.tls.forEach((x, i) => checkRequired(p, `tls[${i}].secretName`, x.secretName));
  return p;
}
/** One path per row; rows with the same host share a rule. */
export function ingressInput(f: IngressForm) {
  const byHost = new Map<string, { path: string; pathType: string; service: string; port: number }[]>();
  for (const r of f.rules) byHost.set(r.host.trim(), [...(byHost.get(r.host.trim()) ?? []), { path: r.path, pathType: r.pathType, service: r.service, port: Number(r.port) }]);
  return {
    ...metaInput(f),
    ingressClassName: textOrNull(f.ingressClassName),
    rules: [...byHost].map(([host, paths]) => ({ host: host || null, paths })),
    tls: f.tls.length ? f.tls.map((x) => ({ hosts: x.hosts.split(',').map((h) => h.trim()).filter(Boolean), secretName: x.secretName })) : null,
  };
}
export const ingressFieldOf = (path: string) =>
  fieldByRules(path, [...COMMON_RULES, [/^(input|spec)\.rules\[(\d+)\]/, (m) => `rules[${m[2]}].service`], [/^(input|spec)\.tls\[(\d+)\]/, (m) => `tls[${m[2]}].secretName`], [/^(input|spec)\.ingressClassName/, 'ingressClassName']]);

export interface ConfigMapForm extends MetaForm {
  data: KeyValue[];
}
export const blankConfigMap = (): ConfigMapForm => ({ ...blankMeta(), data: [{ key: '', value: '' }] });
export function validateConfigMap(f: ConfigMapForm): Problems {
  const p = validateMeta(f);
  f.data.forEach((d, i) => checkRequired(p, `data[${i}].key`, d.key));
  return p;
}
export const configMapInput = (f: ConfigMapForm) => ({ ...metaInput(f), data: keyValues(f.data) ?? [] });
export const dataFieldOf = (path: string) => fieldByRules(path, [...COMMON_RULES, [/^(input\.)?(data|stringData)(\[(\d+)\])?/, (m) => (m[4] ? `data[${m[4]}].key` : 'data')]]);

export interface SecretForm extends MetaForm {
  type: 'OPAQUE' | 'IMAGE_PULL' | 'TLS';
  data: KeyValue[];
  server: string;
  username: string;
  password: string;
  email: string;
  certificate: string;
  privateKey: string;
}
export const blankSecret = (): SecretForm => ({ ...blankMeta(), type: 'OPAQUE', data: [{ key: '', value: '' }], server: '', username: '', password: '', email: '', certificate: '', privateKey: '' });
export function validateSecret(f: SecretForm): Problems {
  const p = validateMeta(f);
  if (f.type === 'OPAQUE') f.data.forEach((d, i) => checkRequired(p, `data[${i}].key`, d.key));
  if (f.type === 'IMAGE_PULL') for (const k of ['server', 'username', 'password'] as const) checkRequired(p, k, f[k]);
  if (f.type === 'TLS') for (const k of ['certificate', 'privateKey'] as const) checkRequired(p, k, f[k]);
  return p;
}
export const secretInput = (f: SecretForm) => ({
  ...metaInput(f),
  type: f.type,
  data: f.type === 'OPAQUE' ? keyValues(f.data) : null,
  registry: f.type === 'IMAGE_PULL' ? { server: f.server.trim(), username: f.username, password: f.password, email: textOrNull(f.email) } : null,
  tls: f.type === 'TLS' ? { certificate: f.certificate, privateKey: f.privateKey } : null,
});
export const secretFieldOf = (path: string) =>
  fieldByRules(path, [...COMMON_RULES, [/^input\.registry\.(\w+)/, (m) => m[1]], [/^input\.tls\.certificate/, 'certificate'], [/^input\.tls\.privateKey/, 'privateKey'], [/tls\.crt/, 'certificate'], [/tls\.key/, 'privateKey'], [/^(input\.)?(data|stringData)(\[(\d+)\])?/, (m) => (m[4] ? `data[${m[4]}].key` : 'data')]]);

export interface PvcForm extends MetaForm {
  storage: string;
  storageClassName: string;
  accessMode: string;
}
export const blankPvc = (): PvcForm => ({ ...blankMeta(), storage: '1Gi', storageClassName: '', accessMode: 'ReadWriteOnce' });
export function validatePvc(f: PvcForm): Problems {
  const p = validateMeta(f);
  checkRequired(p, 'storage', f.storage);
  checkQuantity(p, 'storage', f.storage);
  return p;
}
export const pvcInput = (f: PvcForm) => ({ ...metaInput(f), storage: f.storage.trim(), storageClassName: textOrNull(f.storageClassName), accessModes: [f.accessMode] });
export const pvcFieldOf = (path: string) =>
  fieldByRules(path, [...COMMON_RULES, [/^(input\.storage|spec\.resources)/, 'storage'], [/storageClassName/, 'storageClassName'], [/accessModes/, 'accessMode']]);

export interface HpaForm extends MetaForm {
  targetKind: string;
  targetName: string;
  minReplicas: string;
  maxReplicas: string;
  cpuUtilization: string;
  memoryUtilization: string;
}
export const blankHpa = (): HpaForm => ({ ...blankMeta(), targetKind: 'Deployment', targetName: '', minReplicas: '1', maxReplicas: '5', cpuUtilization: '80', memoryUtilization: '' });
export function validateHpa(f: HpaForm): Problems {
  const p = validateMeta(f);
  checkRequired(p, 'targetName', f.targetName);
  checkInt(p, 'minReplicas', f.minReplicas, 1);
  checkInt(p, 'maxReplicas', f.maxReplicas, 1, Number.MAX_SAFE_INTEGER, true);
  if (!p.minReplicas && !p.maxReplicas && f.minReplicas && Number(f.minReplicas) > Number(f.maxReplicas)) p.maxReplicas = 'form.maxBelowMin';
  checkInt(p, 'cpuUtilization', f.cpuUtilization, 1, 1000);
  checkInt(p, 'memoryUtilization', f.memoryUtilization, 1, 1000);
  return p;
}
export const hpaInput = (f: HpaForm) => ({
  ...metaInput(f),
  targetKind: f.targetKind,
  targetName: f.targetName,
  minReplicas: intOrNull(f.minReplicas),
  maxReplicas: Number(f.maxReplicas),
  cpuUtilization: intOrNull(f.cpuUtilization),
  memoryUtilization: intOrNull(f.memoryUtilization),
});
export const hpaFieldOf = (path: string) =>
  fieldByRules(path, [...COMMON_RULES, [/^(input\.|spec\.)(minReplicas|maxReplicas)/, (m) => m[2]], [/scaleTargetRef|targetName|targetKind/, 'targetName'], [/^(input\.|spec\.)metrics/, 'cpuUtilization'], [/cpuUtilization/, 'cpuUtilization'], [/memoryUtilization/, 'memoryUtilization']]);
