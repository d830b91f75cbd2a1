'use client';

import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ProjectConfigSourcesQuery } from '@/features/kinds/operations.ts';
import {
  CreateConfigMapMutation,
  CreateHorizontalPodAutoscalerMutation,
  CreateIngressMutation,
  CreatePersistentVolumeClaimMutation,
  CreateSecretMutation,
  CreateServiceMutation,
} from '@/features/kinds/create-operations.ts';
import { Wizard, type FieldErrors, type SubmitResult } from '@/features/kinds/wizards/wizard.tsx';
import { KeyValueRows, MetaRows, Rows, SelectField, TextField } from '@/features/kinds/wizards/fields.tsx';
import type { Problems } from '@/features/kinds/wizards/form-rules.ts';
import * as forms from '@/features/kinds/wizards/resource-forms.ts';

type Meta = Parameters<typeof MetaRows>[0];

/** One form, a review step and a dry run: what every small create form shares (with its labels and annotations). */
function useForm<F extends forms.MetaForm>(blank: () => F) {
  const [f, setF] = useState<F>(blank);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const set = <K extends keyof F>(key: K, value: F[K]) => {
    setF((x) => ({ ...x, [key]: value }));
    setServerErrors({});
  };
  const meta: Meta = { labels: f.labels, annotations: f.annotations, onChange: (field, rows) => set(field, rows as F[typeof field]) };
  return { f, set, serverErrors, setServerErrors, meta };
}

function FormWizard({ body, meta, validate, fieldOf, submit, onCreated, serverErrors, setServerErrors, review }: { body: ReactNode; meta: Meta; validate: () => Problems; fieldOf: (p: string) => string | null; submit: (dryRun: boolean) => Promise<SubmitResult>; onCreated: () => void; serverErrors: FieldErrors; setServerErrors: (e: FieldErrors) => void; review: ReactNode }) {
  const withMeta = (
    <>
      {body}
      <MetaRows {...meta} />
    </>
  );
  return (
    <Wizard
      testId="resource-wizard"
      steps={[{ id: 'basic', title: 'wizard.step.details', owns: () => true, body: withMeta }]}
      review={review}
      validate={validate}
      fieldOf={fieldOf}
      submit={submit}
      onCreated={onCreated}
      serverErrors={serverErrors}
      setServerErrors={setServerErrors}
    />
  );
}

const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));

export function ServiceWizard({ project, onCreated }: { project: string; onCreated: (name: string) => void }) {
  const { f, set, ...errs } = useForm(forms.blankService);
  const [, create] = useMutation(CreateServiceMutation);
  const submit = async (dryRun: boolean) => create({ project, dryRun, input: forms.serviceInput(f) }).then((r) => ({ error: r.error, yaml: r.data?.createService.yaml }));
  return (
    <FormWizard
      {...errs}
      validate={() => forms.validateService(f)}
      fieldOf={forms.serviceFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      review={<Review rows={[['wizard.name', f.name], ['wizard.serviceType', f.type], ['wizard.ports', f.ports.map((p) => p.port).join(', ')]]} />}
      body={
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} />
          <SelectField name="type" label="wizard.serviceType" value={f.type} onChange={(v) => set('type', v)} options={options(['ClusterIP', 'NodePort', 'LoadBalancer', 'Headless'])} />
          <KeyValueRows legend="wizard.selector" name="selector" rows={f.selector} onChange={(v) => set('selector', v)} />
          <Rows
            legend="wizard.ports"
            name="ports"
            rows={f.ports}
            onChange={(v) => set('ports', v)}
            blank={() => ({ name: '', port: '', targetPort: '', protocol: 'TCP', nodePort: '' })}
            render={(row, setRow, i) => (
              <>
                <TextField name={`ports[${i}].name`} label="wizard.portName" value={row.name} onChange={(v) => setRow({ ...row, name: v })} />
                <TextField name={`ports[${i}].port`} label="wizard.port" value={row.port} onChange={(v) => setRow({ ...row, port: v })} />
                <TextField name={`ports[${i}].targetPort`} label="wizard.targetPort" value={row.targetPort} onChange={(v) => setRow({ ...row, targetPort: v })} />
                <SelectField name={`ports[${i}].protocol`} label="wizard.protocol" value={row.protocol} onChange={(v) => setRow({ ...row, protocol: v })} options={options(['TCP', 'UDP', 'SCTP'])} />
                {f.type === 'NodePort' && <TextField name={`ports[${i}].nodePort`} label="wizard.nodePort" value={row.nodePort} onChange={(v) => setRow({ ...row, nodePort: v })} />}
              </>
            )}
          />
        </>
      }
    />
  );
}

export function IngressWizard({ project, onCreated }: { project: string; onCreated: (name: string) => void }) {
  const t = useT();
  const { f, set, ...errs } = useForm(forms.blankIngress);
  const [, create] = useMutation(CreateIngressMutation);
  const [sources] = useQuery({ query: ProjectConfigSourcesQuery, variables: { project } });
  const services = sources.data?.project?.services?.nodes.map((s) => s.name) ?? [];
  const secrets = sources.data?.project?.secrets?.nodes.map((s) => s.name) ?? [];
  const submit = async (dryRun: boolean) => create({ project, dryRun, input: forms.ingressInput(f) }).then((r) => ({ error: r.error, yaml: r.data?.createIngress.yaml }));
  return (
    <FormWizard
      {...errs}
      validate={() => forms.validateIngress(f)}
      fieldOf={forms.ingressFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      review={<Review rows={[['wizard.name', f.name], ['wizard.rules', f.rules.map((r) => `${r.host || '*'}${r.path} → ${r.service}:${r.port}`).join(', ')]]} />}
      body={
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} />
          <TextField name="ingressClassName" label="wizard.ingressClass" value={f.ingressClassName} onChange={(v) => set('ingressClassName', v)} />
          <Rows
            legend="wizard.rules"
            name="rules"
            rows={f.rules}
            onChange={(v) => set('rules', v)}
            blank={() => ({ host: '', path: '/', pathType: 'Prefix', service: '', port: '80' })}
            render={(row, setRow, i) => (
              <>
                <TextField name={`rules[${i}].host`} label="wizard.host" value={row.host} onChange={(v) => setRow({ ...row, host: v })} />
                <TextField name={`rules[${i}].path`} label="wizard.path" value={row.path} onChange={(v) => setRow({ ...row, path: v })} />
                <SelectField name={`rules[${i}].pathType`} label="wizard.pathType" value={row.pathType} onChange={(v) => setRow({ ...row, pathType: v })} options={options(['Prefix', 'Exact', 'ImplementationSpecific'])} />
                <SelectField name={`rules[${i}].service`} label="kinds.Service" value={row.service} onChange={(v) => setRow({ ...row, service: v })} options={[{ value: '', label: t('wizard.choose') }, ...options(services)]} />
                <TextField name={`rules[${i}].port`} label="wizard.port" value={row.port} onChange={(v) => setRow({ ...row, port: v })} />
              </>
            )}
          />
          <Rows
            legend="wizard.tls"
            name="tls"
            rows={f.tls}
            onChange={(v) => set('tls', v)}
            blank={() => ({ hosts: '', secretName: '' })}
            render={(row, setRow, i) => (
              <>
                <TextField name={`tls[${i}].hosts`} label="wizard.hosts" value={row.hosts} onChange={(v) => setRow({ ...row, hosts: v })} />
                <SelectField name={`tls[${i}].secretName`} label="kinds.Secret" value={row.secretName} onChange={(v) => setRow({ ...row, secretName: v })} options={[{ value: '', label: t('wizard.choose') }, ...options(secrets)]} />
              </>
            )}
          />
        </>
      }
    />
  );
}

export function ConfigMapWizard({ project, onCreated }: { project: string; onCreated: (name: string) => void }) {
  const { f, set, ...errs } = useForm(forms.blankConfigMap);
  const [, create] = useMutation(CreateConfigMapMutation);
  const submit = async (dryRun: boolean) => create({ project, dryRun, input: forms.configMapInput(f) }).then((r) => ({ error: r.error, yaml: r.data?.createConfigMap.yaml }));
  return (
    <FormWizard
      {...errs}
      validate={() => forms.validateConfigMap(f)}
      fieldOf={forms.dataFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      review={<Review rows={[['wizard.name', f.name], ['wizard.data', f.data.map((d) => d.key).join(', ')]]} />}
      body={
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} />
          <KeyValueRows legend="wizard.data" name="data" rows={f.data} onChange={(v) => set('data', v)} multilineValue />
        </>
      }
    />
  );
}

export function SecretWizard({ project, onCreated }: { project: string; onCreated: (name: string) => void }) {
  const t = useT();
  const { f, set, ...errs } = useForm(forms.blankSecret);
  const [, create] = useMutation(CreateSecretMutation);
  const submit = async (dryRun: boolean) => create({ project, dryRun, input: forms.secretInput(f) }).then((r) => ({ error: r.error, yaml: r.data?.createSecret.yaml }));
  return (
    <FormWizard
      {...errs}
      validate={() => forms.validateSecret(f)}
      fieldOf={forms.secretFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      review={<Review rows={[['wizard.name', f.name], ['wizard.secretType', t(`wizard.secretType.${f.type}`)]]} />}
      body={
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} />
          <SelectField name="type" label="wizard.secretType" value={f.type} onChange={(v) => set('type', v as forms.SecretForm['type'])} options={(['OPAQUE', 'IMAGE_PULL', 'TLS'] as const).map((v) => ({ value: v, label: t(`wizard.secretType.${v}`) }))} />
          {f.type === 'OPAQUE' && <KeyValueRows legend="wizard.data" name="data" rows={f.data} onChange={(v) => set('data', v)} multilineValue />}
          {f.type === 'IMAGE_PULL' && (
            <div className="grid2">
              <TextField name="server" label="wizard.registry" value={f.server} onChange={(v) => set('server', v)} />
              <TextField name="username" label="wizard.username" value={f.username} onChange={(v) => set('username', v)} />
              <TextField name="password" label="wizard.password" type="password" value={f.password} onChange={(v) => set('password', v)} />
              <TextField name="email" label="wizard.email" value={f.email} onChange={(v) => set('email', v)} />
            </div>
          )}
          {f.type === 'TLS' && (
            <>
              <TextField name="certificate" label="wizard.certificate" multiline value={f.certificate} onChange={(v) => set('certificate', v)} />
              <TextField name="privateKey" label="wizard.privateKey" multiline value={f.privateKey} onChange={(v) => set('privateKey', v)} />
            </>
          )}
        </>
      }
    />
  );
}

export function PvcWizard({ project, onCreated }: { project: string; onCreated: (name: string) => void }) {
  const { f, set, ...errs } = useForm(forms.blankPvc);
  const [, create] = useMutation(CreatePersistentVolumeClaimMutation);
  const submit = async (dryRun: boolean) => create({ project, dryRun, input: forms.pvcInput(f) }).then((r) => ({ error: r.error, yaml: r.data?.createPersistentVolumeClaim.yaml }));
  return (
    <FormWizard
      {...errs}
      validate={() => forms.validatePvc(f)}
      fieldOf={forms.pvcFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      review={<Review rows={[['wizard.name', f.name], ['wizard.storage', f.storage], ['wizard.accessMode', f.accessMode]]} />}
      body={
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} />
          <TextField name="storage" label="wizard.storage" value={f.storage} onChange={(v) => set('storage', v)} />
          <TextField name="storageClassName" label="wizard.storageClass" value={f.storageClassName} onChange={(v) => set('storageClassName', v)} />
          <SelectField name="accessMode" label="wizard.accessMode" value={f.accessMode} onChange={(v) => set('accessMode', v)} options={options(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'])} />
        </>
      }
    />
  );
}

export function HpaWizard({ project, onCreated }: { project: string; onCreated: (name: string) => void }) {
  const t = useT();
  const { f, set, ...errs } = useForm(forms.blankHpa);
  const [, create] = useMutation(CreateHorizontalPodAutoscalerMutation);
  const [sources] = useQuery({ query: ProjectConfigSourcesQuery, variables: { project } });
  const targets = (f.targetKind === 'StatefulSet' ? sources.data?.project?.statefulSets?.nodes : sources.data?.project?.deployments?.nodes)?.map((d) => d.name) ?? [];
  const submit = async (dryRun: boolean) => create({ project, dryRun, input: forms.hpaInput(f) }).then((r) => ({ error: r.error, yaml: r.data?.createHorizontalPodAutoscaler.yaml }));
  return (
    <FormWizard
      {...errs}
      validate={() => forms.validateHpa(f)}
      fieldOf={forms.hpaFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      review={<Review rows={[['wizard.name', f.name], ['wizard.target', `${f.targetKind}/${f.targetName}`], ['wizard.replicaRange', `${f.minReplicas}–${f.maxReplicas}`]]} />}
      body={
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} />
          <div className="grid2">
            <SelectField name="targetKind" label="wizard.targetKind" value={f.targetKind} onChange={(v) => set('targetKind', v)} options={options(['Deployment', 'StatefulSet'])} />
            <SelectField name="targetName" label="wizard.target" value={f.targetName} onChange={(v) => set('targetName', v)} options={[{ value: '', label: t('wizard.choose') }, ...options(targets)]} />
            <TextField name="minReplicas" label="wizard.minReplicas" value={f.minReplicas} onChange={(v) => set('minReplicas', v)} />
            <TextField name="maxReplicas" label="wizard.maxReplicas" value={f.maxReplicas} onChange={(v) => set('maxReplicas', v)} />
            <TextField name="cpuUtilization" label="wizard.cpuUtilization" value={f.cpuUtilization} onChange={(v) => set('cpuUtilization', v)} />
            <TextField name="memoryUtilization" label="wizard.memoryUtilization" value={f.memoryUtilization} onChange={(v) => set('memoryUtilization', v)} />
          </div>
        </>
      }
    />
  );
}

function Review({ rows }: { rows: [Parameters<ReturnType<typeof useT>>[0], string][] }) {
  const t = useT();
  return (
    <dl className="kv" data-testid="wizard-review">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{t(label)}</dt>
          <dd>{value || t('common.none')}</dd>
        </div>
      ))}
    </dl>
  );
}
