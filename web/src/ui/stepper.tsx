'use client';

import Link from 'next/link';
import { useT } from '@/lib/i18n/index.tsx';

/** The wizard's path: workspace → project → workloads; earlier steps link back. */
export function Stepper({ workspace, project }: { workspace?: string; project?: string }) {
  const t = useT();
  const current = project ? 3 : workspace ? 2 : 1;
  const steps = [
    { n: 1, label: t('wizard.workspace'), value: workspace, href: '/' },
    { n: 2, label: t('wizard.project'), value: project, href: workspace ? `/workspaces/${workspace}` : undefined },
    { n: 3, label: t('wizard.workloads'), value: undefined, href: undefined },
  ];
  return (
    <ol className="stepper" aria-label="progress">
      {steps.map((s) => {
        const state = s.n < current ? 'done' : s.n === current ? 'current' : 'todo';
        const body = (
          <>
            <span className="step-n">{s.n}</span>
            <span className="step-label">{s.label}</span>
            {s.value && <span className="step-value">{s.value}</span>}
          </>
        );
        return (
          <li key={s.n} className={state} aria-current={state === 'current' ? 'step' : undefined}>
            {state === 'done' && s.href ? <Link href={s.href}>{body}</Link> : body}
          </li>
        );
      })}
    </ol>
  );
}
