import type { CombinedError } from 'urql';

/** The stable codes the API puts in `extensions.code` (see packages/core/src/errors.ts). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

const KNOWN = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'UPSTREAM_UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

export interface ApiProblem {
  code: ApiErrorCode;
  /** The server's message, shown as detail under the translated headline. */
  detail: string;
}

/** Turns urql's combined error into one entry per distinct code, network failures included. */
export function problemsOf(error: CombinedError | undefined | null): ApiProblem[] {
  if (!error) return [];
  const out: ApiProblem[] = [];
  const seen = new Set<string>();
  if (error.networkError) {
    out.push({ code: 'NETWORK', detail: error.networkError.message });
    seen.add('NETWORK');
  }
  for (const e of error.graphQLErrors) {
    const raw = e.extensions?.code;
    const code = (typeof raw === 'string' && KNOWN.has(raw) ? raw : 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
    if (seen.has(code)) continue;
    seen.add(code);
    out.push({ code, detail: e.message });
  }
  return out;
}

export function hasCode(error: CombinedError | undefined | null, code: ApiErrorCode): boolean {
  return problemsOf(error).some((p) => p.code === code);
}
