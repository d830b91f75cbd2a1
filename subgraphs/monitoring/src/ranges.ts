import { badInput } from '@meridian/core';

/** The most points one series may have (Prometheus' own limit is 11,000). */
export const MAX_POINTS = 11_000;

export interface TimeRange {
  start: Date;
  end: Date;
  step: number;
}

/** ISO-8601 or Unix seconds. */
export function parseTime(value: string, field: string): Date {
  const t = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value);
  if (!Number.isFinite(t)) throw badInput(`"${field}" must be an ISO-8601 time or Unix seconds, not "${value}".`, field);
  return new Date(t);
}

/** Validates a range query's arguments: BAD_USER_INPUT for anything Prometheus would refuse. */
export function parseRange(args: { start: string; end?: string | null; step: number }, now = new Date()): TimeRange {
  const start = parseTime(args.start, 'start');
  const end = args.end ? parseTime(args.end, 'end') : now;
  if (!Number.isInteger(args.step) || args.step <= 0) throw badInput('"step" must be a positive number of seconds.', 'step');
  if (end.getTime() <= start.getTime()) throw badInput('"end" must be after "start".', 'end');
  const points = Math.floor((end.getTime() - start.getTime()) / 1000 / args.step) + 1;
  if (points > MAX_POINTS) {
    throw badInput(`That range has ${points} points at a ${args.step} s step; at most ${MAX_POINTS} are allowed. Use a larger step.`, 'step');
  }
  return { start, end, step: args.step };
}

export const toSamples = (samples: { time: number; value: number }[]) =>
  samples.filter((s) => Number.isFinite(s.value)).map((s) => ({ timestamp: new Date(s.time * 1000).toISOString(), value: s.value }));
