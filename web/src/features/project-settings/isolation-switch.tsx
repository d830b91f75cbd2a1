'use client';

import type { CombinedError } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import styles from '@/features/project-settings/quotas.module.css';

/** On/off for a project's or workspace's network isolation, showing what the cluster holds. */
export function IsolationSwitch(props: { enabled: boolean | null | undefined; help: string; canEdit: boolean; busy: boolean; error?: CombinedError; onChange: (enabled: boolean) => void }) {
  const t = useT();
  const on = props.enabled === true;
  return (
    <div data-testid="isolation">
      <p className="muted">{props.help}</p>
      <ErrorBanner errors={[props.error]} />
      <div className={styles.switch}>
        <strong data-testid="isolation-state" data-enabled={String(on)}>
          {on ? t('isolation.on') : t('isolation.off')}
        </strong>
        {props.canEdit && (
          <button type="button" className="small-button" disabled={props.busy} onClick={() => props.onChange(!on)} data-testid="isolation-toggle">
            {on ? t('isolation.disable') : t('isolation.enable')}
          </button>
        )}
      </div>
      <p className="muted small">{t('isolation.enforcedBy')}</p>
    </div>
  );
}
