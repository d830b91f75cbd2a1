/** Pipelines, their runs and stages, and starting a run. */
import { badInput } from '@meridian/core';
import { offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import type { MutationResolvers, PipelineResolvers, PipelineRunResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import type { PipelineRunModel } from '../models.ts';
import { checkName, editableProject } from '../access.ts';
import { runStatus, stageStatus } from '../status.ts';
import { fromJenkins } from '../upstream.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const Pipeline: PipelineResolvers<DevOpsContext> = {
  lastRun: (p) => (p.lastBuild ? { project: p.project, pipeline: p.name, run: p.lastBuild } : null),
  async runs(p, { first, after }, { sources: { jenkins } }) {
    // Jenkins pages runs only by position ({M,N}): offset cursors, bound to this pipeline.
    const w = offsetWindow({ list: `runs:${p.project}/${p.name}`, first, after });
    const page = await fromJenkins({ what: 'Pipeline', name: `${p.project}/${p.name}` }, () => jenkins.listRuns(p.project, p.name, w.offset, w.limit));
    return pageAtOffset(
      page.items.map((run) => ({ project: p.project, pipeline: p.name, run })),
      w,
      page.hasMore,
    );
  },
};

export const PipelineRun: PipelineRunResolvers<DevOpsContext> = {
  id: (r) => `${r.project}/${r.pipeline}/${r.run ? r.run.number : `queue-${r.queueId}`}`,
  number: (r) => r.run?.number ?? null,
  status: (r) => runStatus(r.run),
  startedAt: (r) => (r.run ? new Date(r.run.timestamp).toISOString() : null),
  durationMs: (r) => (r.run && !r.run.building ? r.run.duration : null),
  async stages(r, _args, { sources: { jenkins } }) {
    if (!r.run) return [];
    const run = r.run;
    const stages = await fromJenkins({ what: 'Pipeline run', name: `${r.project}/${r.pipeline}#${run.number}` }, () =>
      jenkins.stages(r.project, r.pipeline, run.number),
    );
    return stages.map((s) => ({ name: s.name, status: stageStatus(s.status), durationMs: s.durationMillis }));
  },
};

export const Mutation: MutationResolvers<DevOpsContext> = {
  async runPipeline(_parent, { project: projectName, pipeline, parameters }, ctx) {
    const { jenkins, timing } = ctx.sources;
    await editableProject(ctx, projectName);
    checkName(pipeline, 'pipeline');
    const missing = { what: 'Pipeline', name: `${projectName}/${pipeline}` };
    const declared = await fromJenkins(missing, () => jenkins.parameterNames(projectName, pipeline));
    const given = Object.fromEntries((parameters ?? []).map((p) => [p.name, p.value]));
    const unknown = Object.keys(given).filter((n) => !declared.includes(n));
    if (unknown.length) {
      throw badInput(
        `Pipeline "${pipeline}" has no parameter ${unknown.map((n) => `"${n}"`).join(', ')}; it takes ${declared.length ? declared.join(', ') : 'no parameters'}.`,
        'parameters',
      );
    }
    const queueId = await fromJenkins(missing, () => jenkins.triggerBuild(projectName, pipeline, declared.length ? given : null));
    ctx.log.info({ project: projectName, pipeline, queueId, user: ctx.identity.username }, 'pipeline run requested');

    // Jenkins answers with a queue item; the run number exists once the quiet period is over.
    const deadline = Date.now() + timing.runStartWaitMs;
    const queued: PipelineRunModel = { project: projectName, pipeline, run: null, queueId };
    while (Date.now() < deadline) {
      const item = await fromJenkins(null, () => jenkins.queueItem(queueId));
      if (item.cancelled) throw badInput(`Jenkins cancelled the queued run of "${pipeline}".`);
      if (item.number !== undefined) {
        const run = await fromJenkins(missing, () => jenkins.getRun(projectName, pipeline, item.number!));
        return { ...queued, run };
      }
      await sleep(250);
    }
    return queued;
  },
};
