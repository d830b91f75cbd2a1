/** Pipeline definitions: config.xml read as PipelineDefinition, and create / update / delete. */
import { conflict } from '@meridian/core';
import { fromJenkinsfile } from '@meridian/core/jenkinsfile/index';
import type { MutationResolvers, PipelineResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import type { PipelineModel } from '../models.ts';
import { checkName, editableProject } from '../access.ts';
import { fromJenkins } from '../upstream.ts';
import { JenkinsNotFoundError, type JenkinsClient } from '../sources/jenkins.ts';
import { createPipelineJob, deleteItem, JenkinsItemExistsError, readPipelineJob, updatePipelineJob } from '../sources/jenkins-items.ts';
import type { PipelineConfig } from '../sources/jenkins-xml.ts';
import { configFromInput } from '../pipelines/config-input.ts';
import { sourceToImageGraph } from '../pipelines/source-to-image.ts';

async function readConfig(jenkins: JenkinsClient, project: string, pipeline: string): Promise<PipelineConfig> {
  const config = await fromJenkins({ what: 'Pipeline', name: `${project}/${pipeline}` }, () => readPipelineJob(jenkins, project, pipeline));
  if (!config) throw new JenkinsNotFoundError(`${project}/${pipeline}`);
  return config;
}

async function created(jenkins: JenkinsClient, project: string, name: string): Promise<PipelineModel> {
  const p = await fromJenkins({ what: 'Pipeline', name: `${project}/${name}` }, () => jenkins.getPipeline(project, name));
  return { project, ...p };
}

async function createJob(ctx: DevOpsContext, project: string, name: string, config: PipelineConfig): Promise<PipelineModel> {
  checkName(name, 'input.name');
  await fromJenkins(null, () =>
    createPipelineJob(ctx.sources.jenkins, project, name, config).catch((err: unknown) => {
      if (err instanceof JenkinsItemExistsError) throw conflict(`Project "${project}" already has a pipeline "${name}".`);
      throw err;
    }),
  );
  ctx.log.info({ project, pipeline: name, user: ctx.identity.username, source: config.scm ? 'scm' : 'inline' }, 'pipeline created');
  return created(ctx.sources.jenkins, project, name);
}

export const definition: Pick<PipelineResolvers<DevOpsContext>, 'definition'> = {
  async definition(p, _args, { sources: { jenkins } }) {
    const c = await fromJenkins(null, () => readConfig(jenkins, p.project, p.name));
    return {
      source: c.scm ? 'SCM' : 'INLINE',
      scm: c.scm ? { url: c.scm.url, branch: c.scm.branch, credentialId: c.scm.credentialId ?? null, scriptPath: c.scm.scriptPath } : null,
      jenkinsfile: c.scm ? null : (c.script ?? ''),
      graph: c.scm ? null : fromJenkinsfile(c.script ?? ''),
      parameters: c.parameters.map((x) => ({ name: x.name, type: x.type, description: x.description ?? null, defaultValue: x.defaultValue ?? null, choices: x.choices ?? null })),
      // The webhook's token stays in Jenkins: only where to post is shown.
      triggers: { cron: c.cron, pollScm: c.pollScm, webhookUrl: c.webhookToken ? jenkins.url('generic-webhook-trigger/invoke') : null },
      discard: c.discard,
    };
  },
};

export const Mutation: MutationResolvers<DevOpsContext> = {
  async createPipeline(_parent, { project: projectName, input }, ctx) {
    const project = await editableProject(ctx, projectName);
    checkName(input.name, 'input.name');
    return createJob(ctx, project.name, input.name, configFromInput(input, null));
  },

  async updatePipeline(_parent, { project: projectName, input }, ctx) {
    const project = await editableProject(ctx, projectName);
    checkName(input.name, 'input.name');
    const current = await readConfig(ctx.sources.jenkins, project.name, input.name);
    const config = configFromInput(input, current);
    await fromJenkins({ what: 'Pipeline', name: `${project.name}/${input.name}` }, () => updatePipelineJob(ctx.sources.jenkins, project.name, input.name, config));
    ctx.log.info({ project: project.name, pipeline: input.name, user: ctx.identity.username }, 'pipeline updated');
    return created(ctx.sources.jenkins, project.name, input.name);
  },

  async deletePipeline(_parent, { project: projectName, pipeline }, ctx) {
    const project = await editableProject(ctx, projectName);
    checkName(pipeline, 'pipeline');
    // Only Pipeline jobs: a sub-folder of the same name is not this API's to delete.
    await readConfig(ctx.sources.jenkins, project.name, pipeline);
    await fromJenkins({ what: 'Pipeline', name: `${project.name}/${pipeline}` }, () => deleteItem(ctx.sources.jenkins, project.name, pipeline));
    ctx.log.info({ project: project.name, pipeline, user: ctx.identity.username }, 'pipeline deleted');
    return true;
  },

  async createSourceToImage(_parent, { project: projectName, input }, ctx) {
    const project = await editableProject(ctx, projectName);
    checkName(input.name, 'input.name');
    const graph = sourceToImageGraph(input);
    const config = configFromInput(
      { name: input.name, description: `Source to image: ${input.gitUrl} → ${input.targetImage}:${input.tag ?? 'latest'} (builder ${input.builderImage})`, graph },
      null,
    );
    return createJob(ctx, project.name, input.name, config);
  },
};
