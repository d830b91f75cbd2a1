'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { ProjectConfigSourcesQuery } from '@/features/kinds/operations.ts';
import { CreateCronJobMutation, CreateDaemonSetMutation, CreateDeploymentMutation, CreateJobMutation, CreateStatefulSetMutation } from '@/features/kinds/create-operations.ts';
import { Wizard, type FieldErrors, type WizardStep } from '@/features/kinds/wizards/wizard.tsx';
import { KeyValueRows, Rows, SelectField, TextField } from '@/features/kinds/wizards/fields.tsx';
import { blankWorkload, validateWorkload, workloadFieldOf, workloadInput, type EnvForm, type ProbeForm, type VolumeForm, type WorkloadForm, type WorkloadKind } from '@/features/kinds/wizards/workload-form.ts';

const starts = (...prefixes: string[]) => (field: string) => prefixes.some((p) => field === p || field.startsWith(`${p}[`) || field.startsWith(`${p}.`));

/**
 * Deployment, StatefulSet, DaemonSet, Job and CronJob from one wizard: basics (name, replicas or
 * schedule), the container (image, command, ports, environment from values, ConfigMaps and
 * Secrets, resources), health probes, storage (volumes from claims, ConfigMaps, Secrets) and
 * scheduling (node selector), then review with a dry run.
 */
export function WorkloadWizard({ kind, project, onCreated }: { kind: WorkloadKind; project: string; onCreated: (name: string) => void }) {
  const t = useT();
  const [f, setF] = useState<WorkloadForm>(blankWorkload);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const set = <K extends keyof WorkloadForm>(key: K, value: WorkloadForm[K]) => {
    setF((x) => ({ ...x, [key]: value }));
    setServerErrors({});
  };
  const [sources] = useQuery({ query: ProjectConfigSourcesQuery, variables: { project } });
  const configMaps = sources.data?.project?.configMaps?.nodes ?? [];
  const secrets = sources.data?.project?.secrets?.nodes.map((s) => s.name) ?? [];
  const claims = sources.data?.project?.persistentVolumeClaims?.nodes.map((c) => c.name) ?? [];
  const [, createDeployment] = useMutation(CreateDeploymentMutation);
  const [, createStatefulSet] = useMutation(CreateStatefulSetMutation);
  const [, createDaemonSet] = useMutation(CreateDaemonSetMutation);
  const [, createJob] = useMutation(CreateJobMutation);
  const [, createCronJob] = useMutation(CreateCronJobMutation);
  const pick = (names: string[], empty: MessageKey) => [{ value: '', label: t(empty) }, ...names.map((n) => ({ value: n, label: n }))];

  async function submit(dryRun: boolean) {
    const input = workloadInput(kind, f);
    const vars = { project, dryRun };
    const res =
      kind === 'Deployment' ? await createDeployment({ ...vars, input: input as never }).then((r) => ({ error: r.error, yaml: r.data?.createDeployment.yaml }))
      : kind === 'StatefulSet' ? await createStatefulSet({ ...vars, input: input as never }).then((r) => ({ error: r.error, yaml: r.data?.createStatefulSet.yaml }))
      : kind === 'DaemonSet' ? await createDaemonSet({ ...vars, input: input as never }).then((r) => ({ error: r.error, yaml: r.data?.createDaemonSet.yaml }))
      : kind === 'Job' ? await createJob({ ...vars, input: input as never }).then((r) => ({ error: r.error, yaml: r.data?.createJob.yaml }))
      : await createCronJob({ ...vars, input: input as never }).then((r) => ({ error: r.error, yaml: r.data?.createCronJob.yaml }));
    return res;
  }

  const probe = (which: 'readiness' | 'liveness', legend: MessageKey) => {
    const p = f[which];
    const setP = (next: Partial<ProbeForm>) => set(which, { ...p, ...next });
    return (
      <fieldset>
        <legend>{t(legend)}</legend>
        <SelectField name={`${which}.type`} label="wizard.probe.type" value={p.type} onChange={(v) => setP({ type: v as ProbeForm['type'] })} options={(['none', 'http', 'tcp', 'exec'] as const).map((v) => ({ value: v, label: t(`wizard.probe.${v}`) }))} />
        {p.type === 'http' && <TextField name={`${which}.path`} label="wizard.probe.path" value={p.path} onChange={(v) => setP({ path: v })} />}
        {(p.type === 'http' || p.type === 'tcp') && <TextField name={`${which}.port`} label="wizard.port" value={p.port} onChange={(v) => setP({ port: v })} />}
        {p.type === 'exec' && <TextField name={`${which}.command`} label="wizard.command" value={p.command} multiline onChange={(v) => setP({ command: v })} />}
        {p.type !== 'none' && (
          <div className="grid2">
            <TextField name={`${which}.initialDelay`} label="wizard.probe.initialDelay" value={p.initialDelay} onChange={(v) => setP({ initialDelay: v })} />
            <TextField name={`${which}.period`} label="wizard.probe.period" value={p.period} onChange={(v) => setP({ period: v })} />
          </div>
        )}
      </fieldset>
    );
  };

  const steps: WizardStep[] = [
    {
      id: 'basic',
      title: 'wizard.step.basic',
      owns: starts('name', 'labels', 'replicas', 'serviceName', 'schedule', 'completions', 'parallelism', 'backoffLimit'),
      body: (
        <>
          <TextField name="name" label="wizard.name" value={f.name} onChange={(v) => set('name', v)} placeholder="web" />
          {(kind === 'Deployment' || kind === 'StatefulSet') && <TextField name="replicas" label="wizard.replicas" type="number" value={f.replicas} onChange={(v) => set('replicas', v)} />}
          {kind === 'StatefulSet' && <TextField name="serviceName" label="wizard.serviceName" value={f.serviceName} onChange={(v) => set('serviceName', v)} />}
          {kind === 'CronJob' && <TextField name="schedule" label="wizard.schedule" value={f.schedule} onChange={(v) => set('schedule', v)} />}
          {(kind === 'Job' || kind === 'CronJob') && (
            <div className="grid2">
              <TextField name="completions" label="wizard.completions" value={f.completions} onChange={(v) => set('completions', v)} />
              <TextField name="parallelism" label="wizard.parallelism" value={f.parallelism} onChange={(v) => set('parallelism', v)} />
              <TextField name="backoffLimit" label="wizard.backoffLimit" value={f.backoffLimit} onChange={(v) => set('backoffLimit', v)} />
            </div>
          )}
          <KeyValueRows legend="wizard.labels" name="labels" rows={f.labels} onChange={(v) => set('labels', v)} />
        </>
      ),
    },
    {
      id: 'container',
      title: 'wizard.step.container',
      owns: starts('image', 'command', 'args', 'ports', 'env', 'envFrom', 'cpuRequest', 'memoryRequest', 'cpuLimit', 'memoryLimit'),
      body: (
        <>
          <TextField name="image" label="wizard.image" value={f.image} onChange={(v) => set('image', v)} placeholder="nginx:1.27" />
          <div className="grid2">
            <TextField name="command" label="wizard.commandLines" value={f.command} multiline onChange={(v) => set('command', v)} />
            <TextField name="args" label="wizard.argsLines" value={f.args} multiline onChange={(v) => set('args', v)} />
          </div>
          <Rows
            legend="wizard.ports"
            name="ports"
            rows={f.ports}
            onChange={(v) => set('ports', v)}
            blank={() => ({ name: '', containerPort: '', protocol: 'TCP' })}
            render={(row, setRow, i) => (
              <>
                <TextField name={`ports[${i}].name`} label="wizard.portName" value={row.name} onChange={(v) => setRow({ ...row, name: v })} />
                <TextField name={`ports[${i}].containerPort`} label="wizard.port" value={row.containerPort} onChange={(v) => setRow({ ...row, containerPort: v })} />
                <SelectField name={`ports[${i}].protocol`} label="wizard.protocol" value={row.protocol} onChange={(v) => setRow({ ...row, protocol: v })} options={['TCP', 'UDP', 'SCTP'].map((v) => ({ value: v, label: v }))} />
              </>
            )}
          />
          <Rows
            legend="wizard.env"
            name="env"
            rows={f.env}
            onChange={(v) => set('env', v)}
            blank={(): EnvForm => ({ name: '', source: 'value', value: '', ref: '', key: '' })}
            render={(row, setRow, i) => (
              <>
                <TextField name={`env[${i}].name`} label="wizard.envName" value={row.name} onChange={(v) => setRow({ ...row, name: v })} />
                <SelectField name={`env[${i}].source`} label="wizard.envSource" value={row.source} onChange={(v) => setRow({ ...row, source: v as typeof row.source, ref: '', key: '' })} options={(['value', 'configMap', 'secret'] as const).map((v) => ({ value: v, label: t(`wizard.envSource.${v}`) }))} />
                {row.source === 'value' && <TextField name={`env[${i}].value`} label="wizard.value" value={row.value} onChange={(v) => setRow({ ...row, value: v })} />}
                {row.source === 'configMap' && (
                  <>
                    <SelectField name={`env[${i}].ref`} label="kinds.ConfigMap" value={row.ref} onChange={(v) => setRow({ ...row, ref: v, key: '' })} options={pick(configMaps.map((c) => c.name), 'wizard.choose')} />
                    <SelectField name={`env[${i}].key`} label="wizard.key" value={row.key} onChange={(v) => setRow({ ...row, key: v })} options={pick(configMaps.find((c) => c.name === row.ref)?.data.map((d) => d.key) ?? [], 'wizard.choose')} />
                  </>
                )}
                {row.source === 'secret' && (
                  <>
                    <SelectField name={`env[${i}].ref`} label="kinds.Secret" value={row.ref} onChange={(v) => setRow({ ...row, ref: v })} options={pick(secrets, 'wizard.choose')} />
                    <TextField name={`env[${i}].key`} label="wizard.key" value={row.key} onChange={(v) => setRow({ ...row, key: v })} />
                  </>
                )}
              </>
            )}
          />
          <fieldset>
            <legend>{t('wizard.envFrom')}</legend>
            <div className="grid2">
              <MultiPick label="kinds.ConfigMap" options={configMaps.map((c) => c.name)} value={f.envFromConfigMaps} onChange={(v) => set('envFromConfigMaps', v)} />
              <MultiPick label="kinds.Secret" options={secrets} value={f.envFromSecrets} onChange={(v) => set('envFromSecrets', v)} />
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('wizard.resources')}</legend>
            <div className="grid4">
              <TextField name="cpuRequest" label="wizard.cpuRequest" value={f.cpuRequest} placeholder="100m" onChange={(v) => set('cpuRequest', v)} />
              <TextField name="memoryRequest" label="wizard.memoryRequest" value={f.memoryRequest} placeholder="128Mi" onChange={(v) => set('memoryRequest', v)} />
              <TextField name="cpuLimit" label="wizard.cpuLimit" value={f.cpuLimit} placeholder="500m" onChange={(v) => set('cpuLimit', v)} />
              <TextField name="memoryLimit" label="wizard.memoryLimit" value={f.memoryLimit} placeholder="256Mi" onChange={(v) => set('memoryLimit', v)} />
            </div>
          </fieldset>
        </>
      ),
    },
    {
      id: 'health',
      title: 'wizard.step.health',
      owns: starts('readiness', 'liveness'),
      body: (
        <>
          {probe('readiness', 'wizard.readiness')}
          {probe('liveness', 'wizard.liveness')}
        </>
      ),
    },
    {
      id: 'storage',
      title: 'wizard.step.storage',
      owns: starts('volumes'),
      body: (
        <Rows
          legend="wizard.volumes"
          name="volumes"
          rows={f.volumes}
          onChange={(v) => set('volumes', v)}
          blank={(): VolumeForm => ({ name: `vol-${f.volumes.length + 1}`, source: 'persistentVolumeClaim', ref: '', mountPath: '', readOnly: false })}
          render={(row, setRow, i) => (
            <>
              <TextField name={`volumes[${i}].name`} label="wizard.name" value={row.name} onChange={(v) => setRow({ ...row, name: v })} />
              <SelectField name={`volumes[${i}].source`} label="wizard.volumeSource" value={row.source} onChange={(v) => setRow({ ...row, source: v as typeof row.source, ref: '' })} options={(['persistentVolumeClaim', 'configMap', 'secret', 'emptyDir'] as const).map((v) => ({ value: v, label: t(`wizard.volumeSource.${v}`) }))} />
              {row.source !== 'emptyDir' && (
                <SelectField name={`volumes[${i}].ref`} label="wizard.volumeRef" value={row.ref} onChange={(v) => setRow({ ...row, ref: v })} options={pick(row.source === 'persistentVolumeClaim' ? claims : row.source === 'configMap' ? configMaps.map((c) => c.name) : secrets, 'wizard.choose')} />
              )}
              <TextField name={`volumes[${i}].mountPath`} label="wizard.mountPath" value={row.mountPath} placeholder="/data" onChange={(v) => setRow({ ...row, mountPath: v })} />
              <label className="inline">
                <input type="checkbox" checked={row.readOnly} onChange={(e) => setRow({ ...row, readOnly: e.target.checked })} />
                {t('wizard.readOnly')}
              </label>
            </>
          )}
        />
      ),
    },
    {
      id: 'scheduling',
      title: 'wizard.step.scheduling',
      owns: starts('nodeSelector'),
      body: <KeyValueRows legend="wizard.nodeSelector" name="nodeSelector" rows={f.nodeSelector} onChange={(v) => set('nodeSelector', v)} />,
    },
  ];

  const review = (
    <dl className="kv" data-testid="wizard-review">
      <dt>{t('wizard.name')}</dt>
      <dd>{f.name}</dd>
      <dt>{t('wizard.image')}</dt>
      <dd>{f.image}</dd>
      {(kind === 'Deployment' || kind === 'StatefulSet') && (
        <>
          <dt>{t('wizard.replicas')}</dt>
          <dd>{f.replicas}</dd>
        </>
      )}
      {kind === 'CronJob' && (
        <>
          <dt>{t('wizard.schedule')}</dt>
          <dd>{f.schedule}</dd>
        </>
      )}
      <dt>{t('wizard.ports')}</dt>
      <dd>{f.ports.map((p) => `${p.containerPort}/${p.protocol}`).join(', ') || t('common.none')}</dd>
      <dt>{t('wizard.env')}</dt>
      <dd>{f.env.map((e) => e.name).join(', ') || t('common.none')}</dd>
      <dt>{t('wizard.volumes')}</dt>
      <dd>{f.volumes.map((v) => `${v.name} → ${v.mountPath}`).join(', ') || t('common.none')}</dd>
    </dl>
  );

  return (
    <Wizard
      testId="workload-wizard"
      steps={steps}
      review={review}
      validate={() => validateWorkload(kind, f)}
      fieldOf={workloadFieldOf}
      submit={submit}
      onCreated={() => onCreated(f.name.trim())}
      serverErrors={serverErrors}
      setServerErrors={setServerErrors}
    />
  );
}

function MultiPick({ label, options, value, onChange }: { label: MessageKey; options: string[]; value: string[]; onChange: (v: string[]) => void }) {
  const t = useT();
  return (
    <div>
      <div className="muted small">{t(label)}</div>
      {options.length === 0 && <div className="muted small">{t('common.none')}</div>}
      {options.map((o) => (
        <label key={o} className="inline">
          <input type="checkbox" checked={value.includes(o)} onChange={(e) => onChange(e.target.checked ? [...value, o] : value.filter((x) => x !== o))} />
          {o}
        </label>
      ))}
    </div>
  );
}
