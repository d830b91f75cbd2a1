/** Jenkins' results and Stage View statuses, in Meridian's enums. */
import type { PipelineRunStatus, PipelineStageStatus } from './generated/resolvers.ts';
import type { JenkinsRun } from './sources/jenkins.ts';

export function runStatus(run: JenkinsRun | null): PipelineRunStatus {
  if (!run) return 'QUEUED';
  if (run.building || run.result === null) return 'RUNNING';
  switch (run.result) {
    case 'SUCCESS': return 'SUCCESS';
    case 'ABORTED':
    case 'NOT_BUILT': return 'ABORTED';
    default: return 'FAILURE'; // FAILURE, UNSTABLE
  }
}

const STAGE: Record<string, PipelineStageStatus> = {
  NOT_EXECUTED: 'NOT_EXECUTED',
  IN_PROGRESS: 'RUNNING',
  PAUSED_PENDING_INPUT: 'PAUSED',
  SUCCESS: 'SUCCESS',
  UNSTABLE: 'UNSTABLE',
  FAILED: 'FAILURE',
  ABORTED: 'ABORTED',
};

export function stageStatus(status: string): PipelineStageStatus {
  return STAGE[status] ?? 'NOT_EXECUTED';
}
