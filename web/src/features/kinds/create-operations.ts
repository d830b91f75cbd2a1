import { graphql } from '@/gql/index.ts';

/**
 * The create<Kind> mutations the wizards send (the names `kubeKinds.createMutation` gives).
 * Each answers the object's YAML, which the review step shows after a dry run.
 */
export const CreateDeploymentMutation = graphql(`
  mutation CreateDeployment($project: String!, $input: DeploymentInput!, $dryRun: Boolean!) {
    createDeployment(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateStatefulSetMutation = graphql(`
  mutation CreateStatefulSet($project: String!, $input: StatefulSetInput!, $dryRun: Boolean!) {
    createStatefulSet(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateDaemonSetMutation = graphql(`
  mutation CreateDaemonSet($project: String!, $input: DaemonSetInput!, $dryRun: Boolean!) {
    createDaemonSet(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateJobMutation = graphql(`
  mutation CreateJob($project: String!, $input: JobInput!, $dryRun: Boolean!) {
    createJob(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateCronJobMutation = graphql(`
  mutation CreateCronJob($project: String!, $input: CronJobInput!, $dryRun: Boolean!) {
    createCronJob(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CreateService($project: String!, $input: ServiceInput!, $dryRun: Boolean!) {
    createService(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateIngressMutation = graphql(`
  mutation CreateIngress($project: String!, $input: IngressInput!, $dryRun: Boolean!) {
    createIngress(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateConfigMapMutation = graphql(`
  mutation CreateConfigMap($project: String!, $input: ConfigMapInput!, $dryRun: Boolean!) {
    createConfigMap(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateSecretMutation = graphql(`
  mutation CreateSecret($project: String!, $input: SecretInput!, $dryRun: Boolean!) {
    createSecret(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreatePersistentVolumeClaimMutation = graphql(`
  mutation CreatePersistentVolumeClaim($project: String!, $input: PersistentVolumeClaimInput!, $dryRun: Boolean!) {
    createPersistentVolumeClaim(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);

export const CreateHorizontalPodAutoscalerMutation = graphql(`
  mutation CreateHorizontalPodAutoscaler($project: String!, $input: HorizontalPodAutoscalerInput!, $dryRun: Boolean!) {
    createHorizontalPodAutoscaler(project: $project, input: $input, dryRun: $dryRun) {
      name
      yaml
    }
  }
`);
