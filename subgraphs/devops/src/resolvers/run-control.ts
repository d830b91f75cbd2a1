/** Stopping, replaying a run, and approving or aborting its input steps. */
import { setTimeout as sleep } from 'node:timers/promises';
import { forbidden, notFound, requireUser } from '@meridian/core';
import { fromJenkinsfile } from '@meridian/core/jenkinsfile/index';
import type { MutationResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import type { PipelineRunModel } from '../models.ts';
import { checkName, editableProject } from '../access.ts';
import { fromJenkins } from '../upstream.ts';
import { JenkinsNotFoundError } from '../sources/jenkins.ts';
import { pendingInputs, replayRun, runDetails, setRunDescription, stopRun, submitInput } from '../sources/jenkins-runs.ts';
import { readPipelineJob } from '../sources/jenkins-items.ts';
import type { JenkinsClient } from '../sources/jenkins.ts';
import { withDecision } from '../input-decisions.ts';

/** The run after a change, once Jenkins shows it (`done`), or as it is when `waitMs` ran out. */
async function settle(ctx: DevOpsContext, project: string, pipeline: string, number: number, waitMs: number, done: (m: PipelineRunModel) => boolean): Promise<PipelineRunModel> {
  const missing = { what: 'Pipeline run', name: `${project}/${pipeline}#${number}` };
  const deadline = Date.now() + waitMs;
  for (;;) {
    const run = await fromJenkins(missing, () => ctx.sources.jenkins.getRun(project, pipeline, number));
    const model = { project, pipeline, run };
    if (done(model) || Date.now() > deadline) return model;
    await sleep(100);
  }
}

/**
 * Who may answer an input step the editor wrote with a `submitter` list (Meridian usernames):
 * Jenkins sees only Meridian's service account, so the list is enforced here. Null: anyone who
 * may manage the pipeline (no list, or a Jenkinsfile not from the editor).
 */
async function submittersOf(jenkins: JenkinsClient, project: string, pipeline: string, message: string): Promise<string[] | null> {
  const config = await fromJenkins(null, () => readPipelineJob(jenkins, project, pipeline));
  const graph = config?.script ? fromJenkinsfile(config.script) : null;
  const steps = graph?.stages.flatMap((s) => [...s.steps, ...s.parallel.flatMap((b) => b.steps)]) ?? [];
  const step = steps.find((st) => st.kind === 'INPUT' && st.message === message && st.submitter);
  return step?.submitter ? step.submitter.split(',').map((u) => u.trim()).filter(Boolean) : null;
}

async function target(ctx: DevOpsContext, project: string, pipeline: string) {
  await editableProject(ctx, project);
  checkName(pipeline, 'pipeline');
}

export const Mutation: MutationResolvers<DevOpsContext> = {
  async stopPipelineRun(_parent, { project, pipeline, run }, ctx) {
    await target(ctx, project, pipeline);
    await fromJenkins({ what: 'Pipeline run', name: `${project}/${pipeline}#${run}` }, () => stopRun(ctx.sources.jenkins, project, pipeline, run));
    ctx.log.info({ project, pipeline, run, user: ctx.identity.username }, 'pipeline run stopped');
    return settle(ctx, project, pipeline, run, 2000, (m) => !m.run?.building);
  },

  async replayPipelineRun(_parent, { project, pipeline, run }, ctx) {
    const { jenkins, timing } = ctx.sources;
    await target(ctx, project, pipeline);
    const missing = { what: 'Pipeline run', name: `${project}/${pipeline}#${run}` };
    const number = await fromJenkins(missing, () => replayRun(jenkins, project, pipeline, run));
    ctx.log.info({ project, pipeline, run, replay: number, user: ctx.identity.username }, 'pipeline run replayed');
    // Jenkins redirects to the job, not the run: wait for the number it announced to exist.
    const deadline = Date.now() + timing.runStartWaitMs;
    while (Date.now() < deadline) {
      const started = await fromJenkins(null, () => jenkins.getRun(project, pipeline, number).catch((err: unknown) => (err instanceof JenkinsNotFoundError ? null : Promise.reject(err))));
      if (started) return { project, pipeline, run: started };
      await sleep(200);
    }
    return { project, pipeline, run: null };
  },

  async submitPipelineInput(_parent, { project, pipeline, run, inputId, action }, ctx) {
    const { jenkins } = ctx.sources;
    await target(ctx, project, pipeline);
    const missing = { what: 'Pipeline run', name: `${project}/${pipeline}#${run}` };
    const waiting = (await fromJenkins(missing, () => pendingInputs(jenkins, project, pipeline, run))).find((i) => i.id === inputId);
    if (!waiting) throw notFound('Waiting input step', inputId);
    const user = requireUser(ctx.identity).username;
    const submitters = await submittersOf(jenkins, project, pipeline, waiting.message);
    if (submitters && !submitters.includes(user)) throw forbidden(`Only ${submitters.join(', ')} may answer "${waiting.message}".`);
    const approve = action === 'APPROVE';
    await fromJenkins(missing, () => submitInput(jenkins, project, pipeline, run, inputId, approve));
    // Jenkins knows only its service account: record the Meridian user with the run.
    const { description } = await fromJenkins(missing, () => runDetails(jenkins, project, pipeline, run));
    const decision = { id: inputId, state: approve ? ('APPROVED' as const) : ('ABORTED' as const), by: user, at: new Date().toISOString(), message: waiting.message };
    await fromJenkins(missing, () => setRunDescription(jenkins, project, pipeline, run, withDecision(description, decision)));
    ctx.log.info({ project, pipeline, run, input: inputId, action, user: ctx.identity.username }, 'pipeline input submitted');
    return settle(ctx, project, pipeline, run, approve ? 0 : 2000, (m) => approve || !m.run?.building);
  },
};
