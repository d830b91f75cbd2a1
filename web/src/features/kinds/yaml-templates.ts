import { API_VERSIONS } from '@/features/kinds/yaml-schema.ts';

/** What the rest of a new object of the kind looks like, as a starting point in the editor. */
const BODIES: Record<string, string> = {
  Deployment: 'spec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: example\n  template:\n    metadata:\n      labels:\n        app: example\n    spec:\n      containers:\n        - name: main\n          image: nginx:1.27\n',
  StatefulSet: 'spec:\n  replicas: 1\n  serviceName: example\n  selector:\n    matchLabels:\n      app: example\n  template:\n    metadata:\n      labels:\n        app: example\n    spec:\n      containers:\n        - name: main\n          image: nginx:1.27\n',
  DaemonSet: 'spec:\n  selector:\n    matchLabels:\n      app: example\n  template:\n    metadata:\n      labels:\n        app: example\n    spec:\n      containers:\n        - name: main\n          image: nginx:1.27\n',
  Job: 'spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: main\n          image: busybox:1.36\n          command: ["echo", "hello"]\n',
  CronJob: 'spec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: main\n              image: busybox:1.36\n',
  Service: 'spec:\n  selector:\n    app: example\n  ports:\n    - port: 80\n      targetPort: 80\n',
  Ingress: 'spec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: example\n                port:\n                  number: 80\n',
  ConfigMap: 'data:\n  key: value\n',
  Secret: 'type: Opaque\nstringData:\n  key: value\n',
  PersistentVolumeClaim: 'spec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n',
  HorizontalPodAutoscaler: 'spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: example\n  minReplicas: 1\n  maxReplicas: 5\n',
  ResourceQuota: 'spec:\n  hard:\n    pods: "20"\n    requests.cpu: "4"\n    requests.memory: 8Gi\n',
  LimitRange: 'spec:\n  limits:\n    - type: Container\n      default:\n        cpu: 500m\n        memory: 256Mi\n      defaultRequest:\n        cpu: 100m\n        memory: 128Mi\n',
  ServiceAccount: '',
  NetworkPolicy: 'spec:\n  podSelector: {}\n  policyTypes: [Ingress]\n',
  Pod: 'spec:\n  containers:\n    - name: main\n      image: nginx:1.27\n',
};

export function yamlTemplate(kind: string, project: string): string {
  const apiVersion = Object.hasOwn(API_VERSIONS, kind) ? API_VERSIONS[kind] : 'v1';
  const body = Object.hasOwn(BODIES, kind) ? BODIES[kind] : '';
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: example\n  namespace: ${project}\n${body}`;
}
