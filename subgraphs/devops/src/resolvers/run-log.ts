/**
 * pipelineRunLog: follows a run's console the way Jenkins' own UI does, polling
 * progressiveText from the last X-Text-Size until X-More-Data is gone. Polling stops as soon as
 * the subscriber leaves (the generator is returned), so no request outlives its client.
 */
import type { SubscriptionResolvers, LogChunk } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { checkName, viewableProject } from '../access.ts';
import { fromJenkins } from '../upstream.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const Subscription: SubscriptionResolvers<DevOpsContext> = {
  pipelineRunLog: {
    subscribe: async function* (_parent, { project, pipeline, run }, ctx) {
      const { jenkins, timing } = ctx.sources;
      await viewableProject(ctx, project);
      checkName(pipeline, 'pipeline');
      const missing = { what: 'Pipeline run', name: `${project}/${pipeline}#${run}` };
      let start = 0;
      for (;;) {
        const slice = await fromJenkins(missing, () => jenkins.progressiveText(project, pipeline, run, start));
        // Jenkins restarts from 0 when the offset is past the end (a rotated log): follow it.
        const offset = slice.nextStart - Buffer.byteLength(slice.text);
        if (slice.text || !slice.more) yield { pipelineRunLog: { text: slice.text, offset, more: slice.more } satisfies LogChunk };
        if (!slice.more) return;
        start = slice.nextStart;
        await sleep(timing.logPollMs);
      }
    },
  },
};
