'use client';

import Link from 'next/link';
import { useParams, usePathname, useSearchParams } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { LanguageSwitch } from '@/ui/language-switch.tsx';
import { isCurrent, type Capabilities, type NavItem, type NavPlace } from '@/ui/nav.ts';

/**
 * Top bar plus a sidebar built from the features' nav entries. It knows no feature: the console
 * layout passes the entries, what the caller may do (null while the API has not answered: then
 * only entries visible to everyone show) and the account controls for the top bar.
 */
export function AppShell({
  nav,
  capabilities,
  account,
  children,
}: {
  nav: NavItem[];
  capabilities: Capabilities | null;
  account: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          <span className="logo" aria-hidden>◆</span> {t('app.name')}
        </Link>
        <div className="spacer" />
        <LanguageSwitch />
        {account}
      </header>
      <div className="body">
        <Suspense fallback={<nav className="sidebar" />}>
          <Sidebar nav={nav} capabilities={capabilities} />
        </Suspense>
        <main className="main">{children}</main>
      </div>
    </div>
  );
}

const NOBODY: Capabilities = { canManageUsers: false, canChangePassword: false, canCreateWorkspace: false };

function Sidebar({ nav, capabilities }: { nav: NavItem[]; capabilities: Capabilities | null }) {
  const t = useT();
  const params = useParams<{ workspace?: string; project?: string }>();
  const place: NavPlace = {
    pathname: usePathname(),
    tab: useSearchParams().get('tab'),
    workspace: params.workspace,
    project: params.project,
  };
  const shown = nav
    .filter((item) => item.visible(capabilities ?? NOBODY))
    .map((item) => ({ item, href: item.href(place) }))
    .filter((x): x is { item: NavItem; href: string } => x.href !== null);
  const sections = new Map<MessageKey, { item: NavItem; href: string }[]>();
  for (const x of shown) sections.set(x.item.section, [...(sections.get(x.item.section) ?? []), x]);

  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      {[...sections].map(([section, entries]) => (
        <div key={section} className="nav-section">
          <div className="nav-title">{t(section)}</div>
          <ul>
            {entries.map(({ item, href }) => (
              <li key={item.id}>
                {/* No prefetch: the sidebar holds some thirty links, and prefetching them all on
                    every page competed with the page's own data on a small machine. */}
                <Link href={href} prefetch={false} className={isCurrent(href, place) ? 'active' : ''} data-testid={item.testId}>
                  <span className="nav-icon" aria-hidden>
                    {item.icon}
                  </span>
                  {t(item.label)}
                </Link>
                {item.Entries && <item.Entries place={place} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
