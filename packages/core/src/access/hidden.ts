import { notFound } from '../errors.ts';

/**
 * The one answer for a tenant object the caller may not see or that does not exist: NOT_FOUND,
 * with the same message either way (it repeats only the name the caller gave), so no caller
 * learns another tenant's workspace, project or object names. FORBIDDEN is kept for actions on
 * things the caller can see but may not change.
 */
export const hiddenOrMissing = (what: string, name: string) => notFound(what, name);
