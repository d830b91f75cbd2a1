import type { PermissionBundle } from '@/gql/graphql.ts';
import type { MessageKey } from '@/lib/i18n/en.ts';
import type { Translate } from '@/lib/i18n/index.tsx';

/** A bundle's translated name (`roles.bundle.VIEW_WORKLOADS`, …). */
export const bundleLabel = (t: Translate, b: PermissionBundle) => t(`roles.bundle.${b}` as MessageKey);
