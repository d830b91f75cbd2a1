/** Pipelines' runs, a run's details (stages, inputs, artifacts, tests), and starting a run. */
import { setTimeout as sleep } from 'node:timers/promises';
import { badInput } from '@meridian/core';
import { offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import type { MutationResolvers, PipelineResolvers, PipelineRunResolvers, PipelineStageResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import type { PipelineRunModel } from '../models.ts';
import { checkName, editableProject } from '../access.ts';
import { runStatus, stageStatus } from '../status.ts';
import { fromJenkins } from '../upstream.ts';
import type { JenkinsClient } from '../sources/jenkins.ts';
import { pendingInputs, runDetails, stageLog, testSummary, type RunDetails } from '../sources/jenkins-runs.ts';
import { readDecisions } from '../input-decisions.ts';
import { definition } from './definitions.ts';

const runName = (r: { project: string; pipeline: string }, n: number) => `${r.project}/${r.pipeline}#${n}`;

/** One details read per run model and request, shared by the fields that need it. */
const details = new WeakMap<PipelineRunModel, Promise<RunDetails>>();
function detailsOf(r: PipelineRunModel, jenkins: JenkinsClient): Promise<RunDetails> | null {
  if (!r.run) return null;
  const n = r.run.number;
  let d = details.get(r);
  if (!d) details.set(r, (d = fromJenkins({ what: 'Pipeline run', name: runName(r, n) }, () => runDetails(jenkins, r.project, r.pipeline, n))));
  return d;
}

export const Pipeline: PipelineResolvers<DevOpsContext> = {
  ...definition,
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
  async run(p, { number }, { sources: { jenkins } }) {
    const run = await fromJenkins({ what: 'Pipeline run', name: `${p.project}/${p.name}#${number}` }, () => jenkins.getRun(p.project, p.name, number));
    return { project: p.project, pipeline: p.name, run };
  },
};

export const PipelineRun: PipelineRunResolvers<DevOpsContext> = {
  id: (r) => `${r.project}/${r.pipeline}/${r.run ? r.run.number : `queue-${r.queueId ?? 'pending'}`}`,
  number: (r) => r.run?.number ?? null,
  status: (r) => runStatus(r.run),
  startedAt: (r) => (r.run ? new Date(r.run.timestamp).toISOString() : null),
  durationMs: (r) => (r.run && !r.run.building ? r.run.duration : null),
  async stages(r, _args, { sources: { jenkins } }) {
    if (!r.run) return [];
    const run = r.run;
    const stages = r.stages ?? (await fromJenkins({ what: 'Pipeline run', name: runName(r, run.number) }, () => jenkins.stages(r.project, r.pipeline, run.number)));
    return stages.map((stage) => ({ project: r.project, pipeline: r.pipeline, run: run.number, stage }));
  },
  startedBy: async (r, _args, { sources: { jenkins } }) => (await detailsOf(r, jenkins))?.startedBy ?? null,
  parameters: async (r, _args, { sources: { jenkins } }) => (await detailsOf(r, jenkins))?.parameters ?? [],
  artifacts: async (r, _args, { sources: { jenkins } }) => (await detailsOf(r, jenkins))?.artifacts ?? [],
  async inputs(r, _args, { sources: { jenkins } }) {
    const d = await detailsOf(r, jenkins);
    if (!d || !r.run) return [];
    const run = r.run;
    const decided = readDecisions(d.description);
    const pending = run.building
      ? (await fromJenkins(null, () => pendingInputs(jenkins, r.project, r.pipeline, run.number))).filter((p) => !decided.some((x) => x.id === p.id))
      : [];
    return [
      ...decided.map((x) => ({ id: x.id, message: x.message, state: x.state, decidedBy: x.by, decidedAt: x.at })),
      ...pending.map((p) => ({ id: p.id, message: p.message, state: 'PENDING' as const, decidedBy: null, decidedAt: null })),
    ];
  },
  async tests(r, _args, { sources: { jenkins } }) {
    if (!r.run) return null;
    const n = r.run.number;
    return fromJenkins(null, () => testSummary(jenkins, r.project, r.pipeline, n));
  },
  async logSize(r, _args, { sources: { jenkins } }) {
    if (!r.run) return null;
    const n = r.run.number;
    // One byte asked for: the answer's X-Text-Size says the size; the body is cancelled.
    const slice = await fromJenkins(null, () => jenkins.progressiveText(r.project, r.pipeline, n, 0, 1));
    return slice.size ?? null;
  },
  logDownloadPath: (r) =>
    r.run ? `/download/pipeline-log/${encodeURIComponent(r.project)}/${encodeURIComponent(r.pipeline)}/${r.run.number}` : null,
};

export const PipelineStage: PipelineStageResolvers<DevOpsContext> = {
  id: (s) => s.stage.id,
  name: (s) => s.stage.name,
  status: (s) => stageStatus(s.stage.status),
  startedAt: (s) => (s.stage.startTimeMillis && s.stage.status !== 'NOT_EXECUTED' ? new Date(s.stage.startTimeMillis).toISOString() : null),
  durationMs: (s) => s.stage.durationMillis,
  log: (s, _args, { sources: { jenkins } }) =>
    fromJenkins({ what: 'Pipeline stage', name: `${s.project}/${s.pipeline}#${s.run}/${s.stage.name}` }, () => stageLog(jenkins, s.project, s.pipeline, s.run, s.stage.id)),
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
