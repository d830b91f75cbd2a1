import { graphql } from '@/gql/index.ts';

/** Rows per page of the pipelines and runs tables (the API pages by cursor). */
export const PIPELINE_PAGE_SIZE = 20;
export const RUN_PAGE_SIZE = 10;
export const PROJECT_PAGE_SIZE = 20;
export const CREDENTIAL_PAGE_SIZE = 20;
/** The credential pickers offer a project's first 500 credentials by id (the API's largest page). */
export const CREDENTIAL_CHOICES = 500;

/** A page of a workspace's DevOps projects (those the caller may see) and whether they may create one. */
export const DevOpsProjectsQuery = graphql(`
  query DevOpsProjects($workspace: String!, $first: Int!, $after: String, $filter: DevOpsProjectFilter, $sort: DevOpsSort) {
    workspace(name: $workspace) {
      name
      displayName
      viewerCanCreateProject
    }
    devopsProjects(workspace: $workspace, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...Pager_pageInfo
      }
      edges {
        node {
          ...DevOpsProjectRow_devOpsProject
        }
      }
    }
  }
`);

export const CreateDevOpsProjectMutation = graphql(`
  mutation CreateDevOpsProject($workspace: String!, $name: String!, $description: String) {
    createDevOpsProject(workspace: $workspace, name: $name, description: $description) {
      name
    }
  }
`);

export const DeleteDevOpsProjectMutation = graphql(`
  mutation DeleteDevOpsProject($name: String!, $confirm: String!) {
    deleteDevOpsProject(name: $name, confirm: $confirm)
  }
`);

/** A DevOps project's page of pipelines. */
export const DevOpsPipelinesQuery = graphql(`
  query DevOpsPipelines($project: String!, $first: Int!, $after: String) {
    devopsProject(name: $project) {
      name
      workspace
      description
      viewerCanManagePipelines
      pipelines(first: $first, after: $after) {
        pageInfo {
          ...Pager_pageInfo
        }
        edges {
          node {
            name
            ...PipelineRow_pipeline
          }
        }
      }
    }
  }
`);

/** A page of a DevOps project's credentials. */
export const DevOpsCredentialsQuery = graphql(`
  query DevOpsCredentials($project: String!, $first: Int!, $after: String, $filter: CredentialFilter, $sort: DevOpsSort) {
    devopsProject(name: $project) {
      name
      viewerCanManagePipelines
      credentials(first: $first, after: $after, filter: $filter, sort: $sort) {
        totalCount
        pageInfo {
          ...Pager_pageInfo
        }
        edges {
          node {
            ...CredentialRow_credential
          }
        }
      }
    }
  }
`);

/** Ids and types for the credential pickers of the editor and the SCM form. */
export const CredentialChoicesQuery = graphql(`
  query CredentialChoices($project: String!, $first: Int!) {
    devopsProject(name: $project) {
      name
      credentials(first: $first) {
        nodes {
          id
          project
          type
        }
      }
    }
  }
`);

export const CreateCredentialMutation = graphql(`
  mutation CreateCredential($project: String!, $input: CredentialInput!) {
    createCredential(project: $project, input: $input) {
      id
    }
  }
`);

export const DeleteCredentialMutation = graphql(`
  mutation DeleteCredential($project: String!, $id: String!) {
    deleteCredential(project: $project, id: $id)
  }
`);

/** A pipeline's page: its definition's parameters (for the run dialog) and a page of runs. */
export const PipelineQuery = graphql(`
  query Pipeline($project: String!, $pipeline: String!, $first: Int!, $after: String) {
    devopsProject(name: $project) {
      viewerCanManagePipelines
      pipeline(name: $pipeline) {
        description
        definition {
          source
          ...RunDialog_pipelineDefinition
          ...StageLayout_pipelineDefinition
        }
        runs(first: $first, after: $after) {
          pageInfo {
            ...Pager_pageInfo
          }
          edges {
            node {
              id
              ...RunRow_pipelineRun
            }
          }
        }
      }
    }
  }
`);

/** One run: its stage graph, inputs, artifacts, tests and parameters. */
export const PipelineRunQuery = graphql(`
  query PipelineRun($project: String!, $pipeline: String!, $run: Int!) {
    devopsProject(name: $project) {
      pipeline(name: $pipeline) {
        run(number: $run) {
          ...RunView_pipelineRun
        }
      }
    }
  }
`);

/** A run's stages with each stage's own log (Jenkins' per-stage log; the end of long ones). */
export const PipelineStageLogsQuery = graphql(`
  query PipelineStageLogs($project: String!, $pipeline: String!, $run: Int!) {
    devopsProject(name: $project) {
      pipeline(name: $pipeline) {
        run(number: $run) {
          ...LogViewer_pipelineRun
        }
      }
    }
  }
`);

/** What the editor and the SCM form need to edit a pipeline (the whole definition). */
export const PipelineDefinitionQuery = graphql(`
  query PipelineDefinition($project: String!, $pipeline: String!) {
    devopsProject(name: $project) {
      pipeline(name: $pipeline) {
        ...PipelineForm_pipeline
      }
    }
  }
`);

export const CreatePipelineMutation = graphql(`
  mutation CreatePipeline($project: String!, $input: PipelineInput!) {
    createPipeline(project: $project, input: $input) {
      name
    }
  }
`);

export const UpdatePipelineMutation = graphql(`
  mutation UpdatePipeline($project: String!, $input: PipelineInput!) {
    updatePipeline(project: $project, input: $input) {
      ...PipelineForm_pipeline
    }
  }
`);

export const DeletePipelineMutation = graphql(`
  mutation DeletePipeline($project: String!, $pipeline: String!) {
    deletePipeline(project: $project, pipeline: $pipeline)
  }
`);

export const RunPipelineMutation = graphql(`
  mutation RunPipeline($project: String!, $pipeline: String!, $parameters: [PipelineParameterInput!]) {
    runPipeline(project: $project, pipeline: $pipeline, parameters: $parameters) {
      ...RunStarted_pipelineRun
    }
  }
`);

export const StopPipelineRunMutation = graphql(`
  mutation StopPipelineRun($project: String!, $pipeline: String!, $run: Int!) {
    stopPipelineRun(project: $project, pipeline: $pipeline, run: $run) {
      ...RunView_pipelineRun
    }
  }
`);

export const ReplayPipelineRunMutation = graphql(`
  mutation ReplayPipelineRun($project: String!, $pipeline: String!, $run: Int!) {
    replayPipelineRun(project: $project, pipeline: $pipeline, run: $run) {
      ...RunStarted_pipelineRun
    }
  }
`);

export const SubmitPipelineInputMutation = graphql(`
  mutation SubmitPipelineInput($project: String!, $pipeline: String!, $run: Int!, $inputId: String!, $action: PipelineInputAction!) {
    submitPipelineInput(project: $project, pipeline: $pipeline, run: $run, inputId: $inputId, action: $action) {
      ...RunView_pipelineRun
    }
  }
`);

/** Every run of a pipeline as it changes (the whole run each time): rows, stage graph, inputs. */
export const PipelineRunChangedSubscription = graphql(`
  subscription PipelineRunChanged($project: String!, $pipeline: String!) {
    pipelineRunChanged(project: $project, pipeline: $pipeline) {
      id
      number
      ...RunRow_pipelineRun
      ...RunView_pipelineRun
    }
  }
`);

/** A run's console log in chunks, from `from` (a byte offset) until the run has finished. */
export const PipelineRunLogSubscription = graphql(`
  subscription PipelineRunLog($project: String!, $pipeline: String!, $run: Int!, $from: Float) {
    pipelineRunLog(project: $project, pipeline: $pipeline, run: $run, from: $from) {
      text
      offset
      more
    }
  }
`);

/** "Build an image from source": a pipeline from a template (checkout, build with a builder image, push). */
export const CreateSourceToImageMutation = graphql(`
  mutation CreateSourceToImage($project: String!, $input: SourceToImageInput!) {
    createSourceToImage(project: $project, input: $input) {
      name
    }
  }
`);
