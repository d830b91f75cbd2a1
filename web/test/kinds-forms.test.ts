import { describe, it, expect } from 'vitest';
import { blankWorkload, validateWorkload, workloadFieldOf, workloadInput } from '../src/features/kinds/wizards/workload-form.ts';
import { hpaFieldOf, pvcFieldOf, serviceFieldOf, validateHpa, blankHpa } from '../src/features/kinds/wizards/resource-forms.ts';
import { applyObjectEvent, mergeObjects } from '../src/features/kinds/live-objects.ts';
import type { KubeObjectRow } from '../src/features/kinds/object-row.ts';
import { KIND_PAGES, kindPageBySlug } from '../src/features/kinds/kind-pages.ts';
import { en } from '../src/lib/i18n/en.ts';
import * as forms from '../src/features/kinds/wizards/resource-forms.ts';
import { isQualifiedKey } from '../src/features/kinds/wizards/form-rules.ts';

describe('workload wizard', () => {
  it('maps the API paths of every kind onto its fields', () => {
    const cases: [string, string | null][] = [
      ['input.name', 'name'],
      ['metadata.name', 'name'],
      ['spec.replicas', 'replicas'],
      ['spec.schedule', 'schedule'],
      ['spec.template.spec.containers[0].image', 'image'],
      ['spec.jobTemplate.spec.template.spec.containers[0].image', 'image'],
      ['spec.template.spec.containers[0].ports[1].name', 'ports[1].name'],
      ['spec.template.spec.containers[0].ports[1].containerPort', 'ports[1].containerPort'],
      ['spec.template.spec.containers[0].env[2].valueFrom.secretKeyRef.key', 'env[2].name'],
      ['spec.template.spec.containers[0].resources.requests.cpu', 'cpuRequest'],
      ['spec.template.spec.containers[0].resources.limits.memory', 'memoryLimit'],
      ['spec.template.spec.containers[0].volumeMounts[0].mountPath', 'volumes[0].mountPath'],
      ['spec.template.spec.volumes[1].persistentVolumeClaim.claimName', 'volumes[1].name'],
      ['spec.template.spec.nodeSelector', 'nodeSelector'],
      ['spec.jobTemplate.spec.backoffLimit', 'backoffLimit'],
      ['spec.selector', null],
    ];
    for (const [path, field] of cases) expect([path, workloadFieldOf(path)]).toEqual([path, field]);
  });

  it('checks before sending and builds each kind its input', () => {
    const f = { ...blankWorkload(), name: 'Web', image: '', replicas: '-1', cpuRequest: 'lots', ports: [{ name: '', containerPort: '70000', protocol: 'TCP' }] };
    expect(validateWorkload('Deployment', f)).toEqual({ name: 'form.dns1123', image: 'form.required', replicas: 'form.integer', cpuRequest: 'form.quantity', 'ports[0].containerPort': 'form.port' });
    const ok = { ...blankWorkload(), name: 'web', image: 'nginx', env: [{ name: 'A', source: 'configMap' as const, value: '', ref: 'cfg', key: 'k' }] };
    expect(validateWorkload('CronJob', ok)).toEqual({});
    const cron = workloadInput('CronJob', ok) as { schedule: string; template: { containers: { env: unknown[] }[] }; replicas?: number };
    expect(cron.schedule).toBe('*/5 * * * *');
    expect(cron.replicas).toBeUndefined();
    expect(cron.template.containers[0].env).toEqual([{ name: 'A', configMapKey: { name: 'cfg', key: 'k' } }]);
    expect((workloadInput('Deployment', { ...ok, replicas: '3' }) as { replicas: number }).replicas).toBe(3);
  });
});

describe('small forms', () => {
  it('map API paths and check ranges', () => {
    expect(serviceFieldOf('spec.ports[0].targetPort')).toBe('ports[0].targetPort');
    expect(pvcFieldOf('spec.resources.requests.storage')).toBe('storage');
    expect(hpaFieldOf('spec.maxReplicas')).toBe('maxReplicas');
    expect(validateHpa({ ...blankHpa(), name: 'h', targetName: 'web', minReplicas: '5', maxReplicas: '2' })).toEqual({ maxReplicas: 'form.maxBelowMin' });
  });
});

const row = (name: string, resourceVersion: string, status = 'Running') =>
  ({ __typename: 'ConfigMap', kind: 'ConfigMap', namespace: 'p', name, data: [], binaryKeys: [], metadata: { createdAt: '', resourceVersion }, status: { status, message: null } }) as unknown as KubeObjectRow;

describe('labels and annotations on the small forms', () => {
  const cases = [
    ['Service', forms.blankService, forms.validateService, forms.serviceInput, forms.serviceFieldOf],
    ['Ingress', () => ({ ...forms.blankIngress(), rules: [{ host: '', path: '/', pathType: 'Prefix', service: 'web', port: '80' }] }), forms.validateIngress, forms.ingressInput, forms.ingressFieldOf],
    ['ConfigMap', () => ({ ...forms.blankConfigMap(), data: [{ key: 'a', value: '1' }] }), forms.validateConfigMap, forms.configMapInput, forms.dataFieldOf],
    ['Secret', () => ({ ...forms.blankSecret(), data: [{ key: 'a', value: '1' }] }), forms.validateSecret, forms.secretInput, forms.secretFieldOf],
    ['PVC', forms.blankPvc, forms.validatePvc, forms.pvcInput, forms.pvcFieldOf],
    ['HPA', () => ({ ...forms.blankHpa(), targetName: 'web' }), forms.validateHpa, forms.hpaInput, forms.hpaFieldOf],
  ] as const;

  for (const [kind, blank, validate, input, fieldOf] of cases) {
    it(`${kind}: the rows become the input's labels and annotations; blank rows are dropped; bad keys and values are caught`, () => {
      const empty = { ...blank(), name: 'thing' };
      expect(validate(empty as never)).toEqual({});
      expect(input(empty as never)).toMatchObject({ name: 'thing', labels: null, annotations: null });

      const f = {
        ...empty,
        labels: [{ key: ' app ', value: 'web' }, { key: '', value: 'ignored' }, { key: 'example.com/tier', value: '' }],
        annotations: [{ key: 'note', value: 'free text: any value\nover lines' }],
      };
      expect(validate(f as never)).toEqual({});
      expect(input(f as never)).toMatchObject({
        name: 'thing',
        labels: [{ key: 'app', value: 'web' }, { key: 'example.com/tier', value: '' }],
        annotations: [{ key: 'note', value: 'free text: any value\nover lines' }],
      });

      const bad = { ...empty, labels: [{ key: 'bad key', value: 'ok' }, { key: 'ok', value: 'not ok!' }], annotations: [{ key: '-x', value: 'anything goes' }] };
      expect(validate(bad as never)).toEqual({ 'labels[0].key': 'form.labelKey', 'labels[1].value': 'form.labelValue', 'annotations[0].key': 'form.labelKey' });
      expect(fieldOf('metadata.labels')).toBe('labels');
      expect(fieldOf('metadata.annotations')).toBe('annotations');
      expect(fieldOf('input.annotations')).toBe('annotations');
    });
  }

  it('knows a qualified key', () => {
    for (const k of ['app', 'app.kubernetes.io/name', 'a_b-c.d', 'x'.repeat(63)]) expect([k, isQualifiedKey(k)]).toEqual([k, true]);
    for (const k of ['', '/app', 'Example.com/app', 'app/', 'x'.repeat(64), '-a', 'a b']) expect([k, isQualifiedKey(k)]).toEqual([k, false]);
  });
});

describe('live lists', () => {
  const change = (name: string, resourceVersion: string, status: string) => ({ name, metadata: { resourceVersion }, status: { status, message: null } });
  it('show a newer status at once, drop deleted rows, and let a newer page win', () => {
    let overlay = applyObjectEvent(new Map(), { type: 'MODIFIED', object: change('a', '20', 'Updating') });
    overlay = applyObjectEvent(overlay, { type: 'DELETED', object: change('b', '21', 'Running') });
    overlay = applyObjectEvent(overlay, { type: 'MODIFIED', object: change('c', '5', 'Old') });
    overlay = applyObjectEvent(overlay, { type: 'DELETED', object: change('e', '3', 'Running') });
    // e was deleted at 3 and made again (30): the page's row stays.
    const merged = mergeObjects([row('a', '10'), row('b', '11'), row('c', '9'), row('d', '1'), row('e', '30')], overlay);
    expect(merged.map((o) => `${o.name}:${o.status.status}`)).toEqual(['a:Updating', 'c:Running', 'd:Running', 'e:Running']);
  });
});

describe('kind pages', () => {
  it('have unique slugs, labels in the dictionary, and cluster kinds apart', () => {
    expect(new Set(KIND_PAGES.map((p) => p.slug)).size).toBe(KIND_PAGES.length);
    for (const p of KIND_PAGES) {
      expect(Object.hasOwn(en, p.label)).toBe(true);
      for (const c of p.columns) expect(Object.hasOwn(en, c.header)).toBe(true);
    }
    expect(KIND_PAGES.filter((p) => p.cluster).map((p) => p.kind).sort()).toEqual(['Node', 'PersistentVolume', 'StorageClass']);
    expect(kindPageBySlug('deployments')?.workload?.revisions).toBe('ReplicaSet');
  });
});
