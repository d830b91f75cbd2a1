import { graphql } from '../gql/index.ts';

export const PodDetailQuery = graphql(`
  query PodDetail($namespace: String!, $name: String!, $container: String, $tailLines: Int!) {
    pod(namespace: $namespace, name: $name) {
      name
      namespace
      phase
      podIP
      nodeName
      createdAt
      containers {
        name
        image
        ready
        restartCount
        state
        reason
      }
      logs(container: $container, tailLines: $tailLines) {
        container
        truncated
        lines {
          time
          message
        }
      }
    }
  }
`);

/** The last line again (to join up with what the detail query showed), then new lines as they are written. */
export const PodLogTailSubscription = graphql(`
  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {
    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {
      time
      message
    }
  }
`);
