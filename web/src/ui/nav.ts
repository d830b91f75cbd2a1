import type { ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n/en.ts';

/**
 * The sidebar is the union of what the features declare (src/features/nav.ts): each feature
 * exports its entries, the app shell renders those visible to the caller at the current place.
 */

/** What the API says the caller may do (`me { can… }`), the same rules the mutations enforce. */
export interface Capabilities {
  canManageUsers: boolean;
  canChangePassword: boolean;
  canCreateWorkspace: boolean;
  /** Cluster kinds (nodes, persistent volumes, storage classes): platform admins (policies.viewCluster). */
  canViewCluster?: boolean;
  /** The audit log: platform admins and workspace admins (me.canReadAuditLog). */
  canReadAuditLog?: boolean;
  /** Audit search (searchAuditEvents): those, and project admins for their projects (me.canSearchAuditLog). */
  canSearchAuditLog?: boolean;
}

/** Where the user is: the route's workspace and project, if any, and the open tab. */
export interface NavPlace {
  pathname: string;
  tab: string | null;
  workspace?: string;
  project?: string;
}

export interface NavItem {
  id: string;
  /** The heading the entry is listed under; entries with the same heading share a section. */
  section: MessageKey;
  label: MessageKey;
  /** A short glyph shown before the label (no icon font: the build runs offline). */
  icon: string;
  /** Where the entry leads from here; null hides it here (a project's entry outside a project). */
  href: (place: NavPlace) => string | null;
  /** Only what the caller may use: an entry they could not open is not shown at all. */
  visible: (capabilities: Capabilities) => boolean;
  testId?: string;
  /** Entries listed from data under this one (the caller's workspaces, a workspace's projects). */
  Entries?: ComponentType<{ place: NavPlace }>;
}

/** The entry is the page shown: same path, and the same tab (a link without a tab means the first). */
export function isCurrent(href: string, place: NavPlace): boolean {
  const url = new URL(href, 'http://x');
  return url.pathname === place.pathname && url.searchParams.get('tab') === place.tab;
}
