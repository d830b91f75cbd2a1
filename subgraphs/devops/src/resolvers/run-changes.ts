/**
 * pipelineRunChanged: a pipeline's recent runs polled from Jenkins (the newest few, plus the
 * stages of those still building), and each run sent whole when its status, stages or waiting
 * input changed. Runs that had finished before the subscription began are not sent; a new run
 * is. Access is checked again before every event.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import type { PipelineRunModel } from '../models.ts';
import { checkName, viewableProject } from '../access.ts';
import { runStatus } from '../status.ts';
import { fromJenkins } from '../upstream.ts';

/** How many of the newest runs are watched. */
const RECENT = 5;

export const pipelineRunChanged: NonNullable<SubscriptionResolvers<DevOpsContext>['pipelineRunChanged']> = {
  subscribe: async function* (_parent, { project, pipeline }, ctx) {
    const { jenkins, timing } = ctx.sources;
    await viewableProject(ctx, project);
    checkName(pipeline, 'pipeline');
    const missing = { what: 'Pipeline', name: `${project}/${pipeline}` };
    const seen = new Map<number, string>();
    let first = true;
    for (;;) {
      const { items } = await fromJenkins(missing, () => jenkins.listRuns(project, pipeline, 0, RECENT));
      const changed: PipelineRunModel[] = [];
      for (const run of [...items].reverse()) {
        const before = seen.get(run.number);
        if (first && !run.building) {
          seen.set(run.number, 'done');
          continue;
        }
        if (before === 'done') continue;
        const stages = await fromJenkins(null, () => jenkins.stages(project, pipeline, run.number));
        const signature = JSON.stringify([runStatus(run), stages.map((s) => [s.id, s.status])]);
        if (signature === before) continue;
        seen.set(run.number, run.building ? signature : 'done');
        changed.push({ project, pipeline, run, stages });
      }
      first = false;
      for (const model of changed) {
        await viewableProject(ctx, project);
        yield { pipelineRunChanged: model };
      }
      await sleep(timing.runPollMs);
    }
  },
};
