'use client';

import { LOCALES, useI18n } from '@/lib/i18n/index.tsx';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((l) => (
        <button
          key={l.id}
          type="button"
          lang={l.id}
          className={l.id === locale ? 'active' : ''}
          aria-pressed={l.id === locale}
          onClick={() => setLocale(l.id)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
