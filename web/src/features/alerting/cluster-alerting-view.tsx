'use client';

import { useState } from 'react';
import type { AlertScope } from '@/gql/graphql.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { AlertingView } from '@/features/alerting/alerting-view.tsx';

const SCOPES = ['NODE', 'CLUSTER'] as AlertScope[];

/** Platform admins: node rules or cluster rules (one scope at a time), their alerts and silences. */
export function ClusterAlertingView() {
  const t = useT();
  const [scope, setScope] = useState<AlertScope>(SCOPES[0]);
  return (
    <div>
      <div className="toolbar">
        {SCOPES.map((s) => (
          <button key={s} type="button" className={s === scope ? 'primary' : 'small-button'} onClick={() => setScope(s)} data-testid={`alerting-scope-${s}`}>
            {t(`alerting.scope.${s}`)}
          </button>
        ))}
      </div>
      <AlertingView key={scope} place={{ kind: 'cluster', scope }} />
    </div>
  );
}
