import { checkObjectName } from '@meridian/core/kube/index';

/**
 * Every name that reaches a PromQL label matcher is a Kubernetes name first: anything else
 * (quotes, braces, `|`, newlines, …) is BAD_USER_INPUT before access is checked, so no input
 * can shape a query (the matcher escapes values as well).
 */
export const kubeName = (value: string, field: string) => checkObjectName(value, field);
