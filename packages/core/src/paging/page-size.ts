import { badInput } from '../errors.ts';

/**
 * The one page-size rule of every list in the API: `first` is a whole number from 1 to 500,
 * 20 when omitted. A bigger page would let one request hold a backend (and the gateway) busy;
 * an empty page is never what a client wants, so 0 is refused rather than answered.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/** The page size asked for, or BAD_USER_INPUT naming the argument and the allowed range. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`"${argument}" must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${first}).`, argument);
  }
  return first;
}
