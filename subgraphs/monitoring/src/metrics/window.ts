import { badInput } from '@meridian/core';
import { parseRange, parseTime } from '../ranges.ts';

/** A range query's window in Unix seconds; `key` tells batches apart. */
export interface Window {
  start: number;
  end: number;
  step: number;
  key: string;
}

export interface WindowInput {
  start?: string | null;
  end?: string | null;
  lastSeconds?: number | null;
  step: number;
}

/**
 * `start`..`end` (default now), or the `lastSeconds` before `end`; BAD_USER_INPUT for anything
 * Prometheus would refuse (ranges.ts). `now` is the request's clock, so every field of one request
 * asking "the last hour" shares one window and therefore one query per metric. A defaulted end
 * is aligned down to the step, so points fall on multiples of the step.
 */
export function parseWindow(input: WindowInput, now: Date): Window {
  if ((input.start == null) === (input.lastSeconds == null)) throw badInput('Give either "start" or "lastSeconds" in the range, not both or neither.', 'range');
  if (input.lastSeconds != null && (!Number.isInteger(input.lastSeconds) || input.lastSeconds <= 0)) {
    throw badInput('"lastSeconds" must be a positive number of seconds.', 'lastSeconds');
  }
  const step = input.step;
  const alignedNow = Number.isInteger(step) && step > 0 ? new Date(Math.floor(now.getTime() / 1000 / step) * step * 1000) : now;
  const end = input.end ?? String(alignedNow.getTime() / 1000);
  const start = input.start ?? String(parseTime(end, 'end').getTime() / 1000 - input.lastSeconds!);
  const range = parseRange({ start, end, step }, now);
  const s = range.start.getTime() / 1000;
  const e = range.end.getTime() / 1000;
  return { start: s, end: e, step: range.step, key: `${s}:${e}:${range.step}` };
}
