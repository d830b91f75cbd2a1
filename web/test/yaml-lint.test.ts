import { describe, it, expect } from 'vitest';
import { lintYaml, placeOfField } from '../src/features/kinds/yaml-lint.ts';

const deployment = (container: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2${extra}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
${container}
`;

describe('lintYaml', () => {
  it('accepts a valid Deployment', () => {
    expect(lintYaml(deployment('        - name: main\n          image: nginx\n          ports: [{ containerPort: 80 }]'), 'Deployment')).toEqual([]);
  });

  it('reports a parse error at its line', () => {
    const problems = lintYaml('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: 1\n');
    expect(problems[0]).toMatchObject({ code: 'syntax', severity: 'error', line: 5 });
  });

  it('finds schema problems where they are', () => {
    const text = deployment('        - name: main\n          ports: [{ containerPort: 99999, protocol: tcp }]\n          resources: { requests: { cpu: abc } }', '\n  replicass: 1');
    const problems = lintYaml(text, 'Deployment');
    const codes = problems.map((p) => `${p.code}:${p.params.field}`).sort();
    expect(codes).toEqual([
      'enum:spec.template.spec.containers[0].ports[0].protocol',
      'max:spec.template.spec.containers[0].ports[0].containerPort',
      'quantity:spec.template.spec.containers[0].resources.requests.cpu',
    ]);
    // replicass is inside spec (an open object here), so no unknown-field warning; a top-level typo is one.
    expect(lintYaml(`${text}specs: {}\n`, 'Deployment').some((p) => p.code === 'unknown' && p.params.field === 'specs')).toBe(true);
    const port = problems.find((p) => p.code === 'max')!;
    expect(text.slice(port.from, port.to)).toBe('99999');
    expect(port.line).toBe(16); // the replicass line shifts it by one
  });

  it('requires what the API needs and the kind it edits', () => {
    const problems = lintYaml('apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n', 'Deployment');
    expect(problems.map((p) => p.code).sort()).toEqual(['kind', 'required']);
    expect(lintYaml('', 'ConfigMap').map((p) => p.code)).toEqual(['empty']);
    expect(lintYaml('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n').map((p) => p.code)).toEqual(['pattern']);
  });

  it('places a field the API server named', () => {
    const text = deployment('        - name: main\n          image: ""');
    const at = placeOfField(text, 'spec.template.spec.containers[0].image')!;
    expect(text.slice(at.from, at.to)).toBe('image');
    const partial = placeOfField(text, 'spec.template.spec.containers[0].ports[0].containerPort')!;
    expect(text.slice(partial.from, partial.from + 6)).toBe('name: '); // the container: ports is not there
  });
});
