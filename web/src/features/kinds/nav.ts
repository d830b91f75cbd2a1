import type { MessageKey } from '@/lib/i18n/en.ts';
import type { NavItem } from '@/ui/nav.ts';
import { KIND_PAGES, listHref, type KindSection } from '@/features/kinds/kind-pages.ts';

const SECTION_TITLES: Record<KindSection, MessageKey> = {
  workloads: 'nav.workloads',
  network: 'nav.network',
  config: 'nav.config',
  storage: 'nav.storage',
  policy: 'nav.policy',
  events: 'nav.observe',
  cluster: 'nav.cluster',
};

/**
 * One sidebar entry per listed kind, from KIND_PAGES: a project's kinds under their section while
 * a project is open, the cluster kinds (nodes, volumes, storage classes) for platform admins only.
 * Deployments are listed by the workloads feature's own entry (it leads here too).
 */
export const kindsNav: NavItem[] = KIND_PAGES.filter((p) => p.nav && p.kind !== 'Deployment').map((p) => ({
  id: `kind-${p.slug}`,
  section: SECTION_TITLES[p.section],
  label: p.label,
  icon: p.icon,
  testId: `nav-${p.slug}`,
  href: (place) => listHref(p, place),
  visible: (caps) => (p.cluster ? caps.canViewCluster === true : true),
}));
