'use client';

import type { Dispatch } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { FormField } from '@/ui/form-field.tsx';
import type { EditorAction, ParameterType, PipelineDraft } from '@/features/devops/editor/editor-model.ts';

const TYPES: ParameterType[] = ['STRING', 'CHOICE', 'BOOLEAN'];

/** Parameters (text, choice, yes/no), triggers (timer, SCM polling, webhook) and how many runs to keep. */
export function OptionsForm({ draft, dispatch, errorOf, creating, webhookUrl }: { draft: PipelineDraft; dispatch: Dispatch<EditorAction>; errorOf: (path: string) => string | null; creating: boolean; webhookUrl?: string | null }) {
  const t = useT();
  const setOptions = (patch: Parameters<typeof optionPatch>[0]) => dispatch(optionPatch(patch));
  return (
    <div className="pipeline-options">
      <h3>{t('devops.options.parameters')}</h3>
      {draft.parameters.map((p, i) => {
        const at = `parameters[${i}]`;
        const set = (patch: Partial<typeof p>) => dispatch({ type: 'setParameter', index: i, patch });
        return (
          <div key={p.key} className="parameter-row" data-testid="editor-parameter">
            <FormField label={t('devops.options.paramType')} name={`${at}.type`}>
              <select name={`${at}.type`} value={p.type} onChange={(e) => set({ type: e.target.value as ParameterType })}>
                {TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(`devops.paramType.${x}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('devops.options.paramName')} name={`${at}.name`} error={errorOf(`${at}.name`)}>
              <input name={`${at}.name`} value={p.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" />
            </FormField>
            {p.type === 'CHOICE' ? (
              <FormField label={t('devops.options.choices')} name={`${at}.choices`} error={errorOf(`${at}.choices`)}>
                <textarea name={`${at}.choices`} rows={3} value={p.choices} onChange={(e) => set({ choices: e.target.value })} />
              </FormField>
            ) : p.type === 'BOOLEAN' ? (
              <label className="inline">
                <input type="checkbox" name={`${at}.defaultValue`} checked={p.defaultValue === 'true'} onChange={(e) => set({ defaultValue: String(e.target.checked) })} />
                {t('devops.options.defaultTrue')}
              </label>
            ) : (
              <FormField label={t('devops.options.default')} name={`${at}.defaultValue`}>
                <input name={`${at}.defaultValue`} value={p.defaultValue} onChange={(e) => set({ defaultValue: e.target.value })} autoComplete="off" />
              </FormField>
            )}
            <FormField label={t('devops.options.description')} name={`${at}.description`}>
              <input name={`${at}.description`} value={p.description} onChange={(e) => set({ description: e.target.value })} autoComplete="off" />
            </FormField>
            <button type="button" className="icon-button" onClick={() => dispatch({ type: 'removeParameter', index: i })} aria-label={t('devops.options.removeParameter')}>
              ×
            </button>
          </div>
        );
      })}
      <button type="button" className="small-button" onClick={() => dispatch({ type: 'addParameter' })} data-testid="editor-add-parameter">
        {t('devops.options.addParameter')}
      </button>

      <h3>{t('devops.options.triggers')}</h3>
      <div className="form-grid">
        <FormField label={t('devops.options.cron')} name="cron" error={errorOf('cron')}>
          <input name="cron" value={draft.cron} placeholder="H 2 * * *" onChange={(e) => setOptions({ cron: e.target.value })} autoComplete="off" />
        </FormField>
        <FormField label={t('devops.options.pollScm')} name="pollScm" error={errorOf('pollScm')}>
          <input name="pollScm" value={draft.pollScm} placeholder="H/15 * * * *" onChange={(e) => setOptions({ pollScm: e.target.value })} autoComplete="off" />
        </FormField>
      </div>
      <label className="inline">
        <input type="checkbox" name="webhook" checked={draft.webhook} onChange={(e) => setOptions({ webhook: e.target.checked })} />
        {t('devops.options.webhook')}
      </label>
      {draft.webhook && webhookUrl && (
        <p className="small" data-testid="webhook-url">
          {t('devops.options.webhookUrl')} <code className="mono">{webhookUrl}</code>
        </p>
      )}
      {draft.webhook && (
        <FormField label={creating ? t('devops.options.webhookSecret') : t('devops.options.webhookSecretKeep')} name="webhookSecret" error={errorOf('webhookSecret')}>
          <input name="webhookSecret" type="password" autoComplete="new-password" value={draft.webhookSecret} onChange={(e) => setOptions({ webhookSecret: e.target.value })} />
        </FormField>
      )}

      <h3>{t('devops.options.discard')}</h3>
      <div className="form-grid">
        <FormField label={t('devops.options.daysToKeep')} name="daysToKeep" error={errorOf('daysToKeep')}>
          <input name="daysToKeep" inputMode="numeric" value={draft.daysToKeep} onChange={(e) => setOptions({ daysToKeep: e.target.value })} autoComplete="off" />
        </FormField>
        <FormField label={t('devops.options.numToKeep')} name="numToKeep" error={errorOf('numToKeep')}>
          <input name="numToKeep" inputMode="numeric" value={draft.numToKeep} onChange={(e) => setOptions({ numToKeep: e.target.value })} autoComplete="off" />
        </FormField>
      </div>
    </div>
  );
}

const optionPatch = (patch: Extract<EditorAction, { type: 'setOptions' }>['patch']): EditorAction => ({ type: 'setOptions', patch });
