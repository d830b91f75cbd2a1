'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useQuery } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { ProjectCapabilitiesQuery } from '@/features/kinds/operations.ts';
import { createHref, detailHref, listHref, type KindPage } from '@/features/kinds/kind-pages.ts';
import { useKubeKind } from '@/features/kinds/use-kube-kind.ts';
import { YamlPanel } from '@/features/kinds/yaml-panel.tsx';
import { yamlTemplate } from '@/features/kinds/yaml-templates.ts';
import { WorkloadWizard } from '@/features/kinds/wizards/workload-wizard.tsx';
import type { WorkloadKind } from '@/features/kinds/wizards/workload-form.ts';
import { ConfigMapWizard, HpaWizard, IngressWizard, PvcWizard, SecretWizard, ServiceWizard } from '@/features/kinds/wizards/resource-wizards.tsx';
import '@/features/kinds/kinds.css';

/**
 * Creating an object of a kind: its wizard when it has one, otherwise (or on request) YAML from a
 * template, applied by server-side apply. Only for callers who may change the project.
 */
export function KindCreateView({ page, workspace, project }: { page: KindPage; workspace: string; project: string }) {
  const t = useT();
  const router = useRouter();
  const asYaml = useSearchParams().get('yaml') === '1' || !page.form;
  const api = useKubeKind(page.kind);
  const [caps] = useQuery({ query: ProjectCapabilitiesQuery, variables: { project } });
  const place = { workspace, project };
  const created = (name: string) => router.push(detailHref(page, place, name) ?? listHref(page, place) ?? '/');
  const title = t(page.label);

  if (caps.data?.project && (!caps.data.project.viewerCanEdit || api?.readOnly)) {
    return (
      <section>
        <h1>{t('kinds.create', { kind: title })}</h1>
        <p className="hint">{t('kinds.viewOnly')}</p>
      </section>
    );
  }
  const wizardProps = { project, onCreated: created };
  return (
    <section data-testid="kind-create" data-kind={page.kind}>
      <Link href={listHref(page, place) ?? '/'} className="small">
        ← {title}
      </Link>
      <div className="kind-head">
        <h1>{t('kinds.create', { kind: title })}</h1>
        <div className="spacer" />
        {page.form && (
          <Link className="button" href={createHref(page, place, asYaml ? 'form' : 'yaml')} data-testid="switch-create-mode">
            {asYaml ? t('kinds.useForm') : t('kinds.editAsYaml')}
          </Link>
        )}
      </div>
      <ErrorBanner errors={[caps.error]} />
      {asYaml ? (
        <YamlPanel project={project} kind={page.kind} initial={yamlTemplate(page.kind, project)} mode="apply" onSaved={(names) => created(names[0] ?? '')} />
      ) : page.form === 'workload' ? (
        <WorkloadWizard kind={page.kind as WorkloadKind} {...wizardProps} />
      ) : page.form === 'service' ? (
        <ServiceWizard {...wizardProps} />
      ) : page.form === 'ingress' ? (
        <IngressWizard {...wizardProps} />
      ) : page.form === 'configMap' ? (
        <ConfigMapWizard {...wizardProps} />
      ) : page.form === 'secret' ? (
        <SecretWizard {...wizardProps} />
      ) : page.form === 'pvc' ? (
        <PvcWizard {...wizardProps} />
      ) : (
        <HpaWizard {...wizardProps} />
      )}
    </section>
  );
}
