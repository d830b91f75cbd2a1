/**
 * pipelineRunLog: follows a run's console the way Jenkins' own UI does, polling
 * progressiveText from the last offset until X-More-Data is gone, in chunks of at most 64 KiB
 * (a long log is sent as many events, never read whole). Polling stops as soon as the
 * subscriber leaves (the generator is returned), so no request outlives its client. Access is
 * checked again before every event.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { badInput } from '@meridian/core';
import type { SubscriptionResolvers, LogChunk } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { checkName, viewableProject } from '../access.ts';
import { fromJenkins } from '../upstream.ts';

export const pipelineRunLog: NonNullable<SubscriptionResolvers<DevOpsContext>['pipelineRunLog']> = {
  subscribe: async function* (_parent, { project, pipeline, run, from }, ctx) {
    const { jenkins, timing } = ctx.sources;
    await viewableProject(ctx, project);
    checkName(pipeline, 'pipeline');
    if (from == null || !Number.isSafeInteger(from) || from < 0) throw badInput('from is a byte offset (0 or more).', 'from');
    const missing = { what: 'Pipeline run', name: `${project}/${pipeline}#${run}` };
    let start = from;
    for (;;) {
      const slice = await fromJenkins(missing, () => jenkins.progressiveText(project, pipeline, run, start, timing.logChunkBytes));
      await viewableProject(ctx, project);
      if (slice.text || !slice.more) yield { pipelineRunLog: { text: slice.text, offset: slice.offset, more: slice.more } satisfies LogChunk };
      if (!slice.more) return;
      // A full chunk means more is already there: ask again at once.
      const caughtUp = slice.nextStart >= (slice.size ?? slice.nextStart);
      start = slice.nextStart;
      if (caughtUp) await sleep(timing.logPollMs);
    }
  },
};
