'use client';

import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { useT } from '@/lib/i18n/index.tsx';
import { Dialog, DialogActions } from '@/ui/dialog.tsx';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { RevokeApiTokenMutation } from '@/features/account/operations.ts';
import type { ApiTokenRow } from '@/features/account/api-token-row.tsx';

/** Asks before revoking, naming the token, since whatever uses it stops working for good. */
export function RevokeApiTokenDialog({ token, onClose, onRevoked }: { token: ApiTokenRow; onClose: () => void; onRevoked: (name: string) => void }) {
  const t = useT();
  const [state, revoke] = useMutation(RevokeApiTokenMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await revoke({ id: token.id });
    if (res.data?.revokeApiToken) onRevoked(token.name);
  }

  return (
    <Dialog title={t('tokens.revoke.title', { name: token.name })} onClose={onClose} onSubmit={submit}>
      <p data-testid="revoke-confirm">{t('tokens.revoke.body', { name: token.name, prefix: token.prefix })}</p>
      <ErrorBanner errors={[state.error]} />
      <DialogActions onCancel={onClose} submitLabel={t('tokens.revoke.submit')} busyLabel={t('tokens.revoke.submitting')} busy={state.fetching} />
    </Dialog>
  );
}
