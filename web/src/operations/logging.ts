import { gql } from 'urql';
import type { PodRow } from './workloads.ts';

export interface LogLine {
  time: string | null;
  message: string;
}

export interface PodDetailData {
  pod: (PodRow & { logs: { lines: LogLine[] } | null }) | null;
}
export interface PodDetailVars {
  namespace: string;
  name: string;
  container?: string | null;
  tailLines: number;
}

export const PodDetailQuery = gql<PodDetailData, PodDetailVars>`
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
        ready
        restartCount
      }
      logs(container: $container, tailLines: $tailLines) {
        lines {
          time
          message
        }
      }
    }
  }
`;
