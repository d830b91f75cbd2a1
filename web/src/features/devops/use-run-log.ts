'use client';

import { useCallback } from 'react';
import { useSubscription } from 'urql';
import type { PipelineRunLogSubscription as LogEvent } from '@/gql/graphql.ts';
import { PipelineRunLogSubscription } from '@/features/devops/operations.ts';
import { finalLine, toLogLines, type LogLine } from '@/features/devops/ansi-lines.ts';

/** Lines kept for display; the download still has every byte received. */
export const MAX_LOG_LINES = 20_000;

export interface RunLog {
  /** Every chunk as received, in order (the download). */
  raw: string[];
  lines: LogLine[];
  /** The end of the last chunk after its last newline, shown once the log is complete. */
  pending: string;
  /** Offset after the last chunk: a chunk at an older offset (a resubscription's repeat) is skipped. */
  next: number;
  done: boolean;
}

const EMPTY: RunLog = { raw: [], lines: [], pending: '', next: 0, done: false };

const bytes = new TextEncoder();

/** Adds one chunk of `pipelineRunLog` to what was received (pure: also used by the unit test). */
export function addChunk(log: RunLog, chunk: { text: string; offset: number; more: boolean }): RunLog {
  const done = !chunk.more;
  // A reopened subscription streams from the start again: a chunk before `next` is here already.
  if (chunk.offset < log.next) return done && !log.done ? finish(log) : log;
  const { lines, pending } = toLogLines(log.pending + chunk.text);
  const all = log.lines.concat(lines);
  const kept = all.length > MAX_LOG_LINES ? all.slice(all.length - MAX_LOG_LINES) : all;
  const added = { raw: chunk.text ? [...log.raw, chunk.text] : log.raw, lines: kept, pending, next: chunk.offset + bytes.encode(chunk.text).length, done: false };
  return done ? finish(added) : added;
}

function finish(log: RunLog): RunLog {
  return { ...log, lines: log.lines.concat(finalLine(log.pending)), pending: '', done: true };
}

/**
 * A run's console log as it is written: the API streams it from the start in chunks read from
 * Jenkins by offset (progressiveText) and ends once the run has finished.
 */
export function useRunLog(project: string, pipeline: string, run: number | null) {
  const reduce = useCallback((prev: RunLog | undefined, data: LogEvent) => addChunk(prev ?? EMPTY, data.pipelineRunLog), []);
  const [res] = useSubscription(
    { query: PipelineRunLogSubscription, variables: { project, pipeline, run: run ?? 0, from: 0 }, pause: run == null },
    reduce,
  );
  return { log: res.data ?? EMPTY, error: res.error };
}
