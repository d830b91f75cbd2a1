import { graphql } from '@/gql/index.ts';

/** The last line again (to join up with what the detail query showed), then new lines as they are written. */
export const PodLogTailSubscription = graphql(`
  subscription PodLogTail($namespace: String!, $pod: String!, $container: String) {
    podLogTail(namespace: $namespace, pod: $pod, container: $container, tailLines: 1) {
      time
      message
    }
  }
`);
