/**
 * Controlling and inspecting one run: stop (`POST <run>/stop`), replay (workflow-cps
 * `POST <run>/replay/rebuild`, same script and parameters), input steps (Stage View's
 * `wfapi/pendingInputActions`, then `input/<id>/proceedEmpty` or `input/<id>/abort`), per-stage
 * logs (`execution/node/<id>/wfapi/describe` → its steps' `wfapi/log`), JUnit totals
 * (`testReport/api/json`), and the run's details (causes, parameters, artifacts, description).
 */
import { JenkinsNotFoundError, jobPath, type JenkinsClient, type JenkinsRun } from './jenkins.ts';

const runPath = (folder: string, pipeline: string, number: number) => `${jobPath(folder, pipeline)}/${number}`;

export interface RunDetails extends JenkinsRun {
  description: string | null;
  startedBy: string | null;
  parameters: { name: string; value: string | null }[];
  artifacts: { fileName: string; relativePath: string }[];
}

const DETAILS_TREE = 'number,building,result,timestamp,duration,description,actions[causes[shortDescription],parameters[name,value]],artifacts[fileName,relativePath]';

type RawDetails = JenkinsRun & {
  description?: string | null;
  actions?: { causes?: { shortDescription?: string }[]; parameters?: { name: string; value?: unknown }[] }[];
  artifacts?: { fileName: string; relativePath: string }[];
};

export async function runDetails(jenkins: JenkinsClient, folder: string, pipeline: string, number: number): Promise<RunDetails> {
  const d = await jenkins.json<RawDetails>(runPath(folder, pipeline, number), DETAILS_TREE);
  const actions = d.actions ?? [];
  return {
    number: d.number,
    building: !!d.building,
    result: d.result ?? null,
    timestamp: d.timestamp,
    duration: d.duration,
    description: d.description || null,
    startedBy: actions.flatMap((a) => a.causes ?? [])[0]?.shortDescription ?? null,
    parameters: actions.flatMap((a) => a.parameters ?? []).map((p) => ({ name: p.name, value: p.value === undefined || p.value === null ? null : String(p.value) })),
    artifacts: (d.artifacts ?? []).map((a) => ({ fileName: a.fileName, relativePath: a.relativePath })),
  };
}

export async function stopRun(jenkins: JenkinsClient, folder: string, pipeline: string, number: number): Promise<void> {
  const res = await jenkins.post(`${runPath(folder, pipeline, number)}/stop`);
  await res.arrayBuffer();
}

/**
 * Replays a run with its script and parameters. Jenkins answers with a redirect to the job,
 * not the new run, so the number it will get is read first (`nextBuildNumber`).
 */
export async function replayRun(jenkins: JenkinsClient, folder: string, pipeline: string, number: number): Promise<number> {
  const { nextBuildNumber } = await jenkins.json<{ nextBuildNumber: number }>(jobPath(folder, pipeline), 'nextBuildNumber');
  const res = await jenkins.post(`${runPath(folder, pipeline, number)}/replay/rebuild`);
  await res.arrayBuffer();
  return nextBuildNumber;
}

export interface PendingInput {
  id: string;
  message: string;
}

export async function pendingInputs(jenkins: JenkinsClient, folder: string, pipeline: string, number: number): Promise<PendingInput[]> {
  const res = await jenkins.request('GET', `${runPath(folder, pipeline, number)}/wfapi/pendingInputActions`);
  const list = (await res.json()) as { id: string; message: string }[];
  return list.map((i) => ({ id: i.id, message: i.message }));
}

export async function submitInput(jenkins: JenkinsClient, folder: string, pipeline: string, number: number, inputId: string, approve: boolean): Promise<void> {
  const res = await jenkins.post(`${runPath(folder, pipeline, number)}/input/${encodeURIComponent(inputId)}/${approve ? 'proceedEmpty' : 'abort'}`);
  await res.arrayBuffer();
}

export async function setRunDescription(jenkins: JenkinsClient, folder: string, pipeline: string, number: number, description: string): Promise<void> {
  const res = await jenkins.post(`${runPath(folder, pipeline, number)}/submitDescription`, new URLSearchParams({ description }));
  await res.arrayBuffer();
}

/** Jenkins' Stage View keeps step logs to their last part here; `hasMore` says one was cut. */
export async function stageLog(jenkins: JenkinsClient, folder: string, pipeline: string, number: number, stageId: string): Promise<{ text: string; truncated: boolean }> {
  const base = runPath(folder, pipeline, number);
  const node = (await (await jenkins.request('GET', `${base}/execution/node/${encodeURIComponent(stageId)}/wfapi/describe`)).json()) as { stageFlowNodes?: { id: string }[] };
  let text = '';
  let truncated = false;
  for (const step of node.stageFlowNodes ?? []) {
    const log = (await (await jenkins.request('GET', `${base}/execution/node/${encodeURIComponent(step.id)}/wfapi/log`)).json()) as { text?: string; hasMore?: boolean };
    text += log.text ?? '';
    truncated ||= !!log.hasMore;
  }
  return { text, truncated };
}

export interface TestSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
}

/** JUnit totals; null when the run recorded no test results (Jenkins has no testReport then). */
export async function testSummary(jenkins: JenkinsClient, folder: string, pipeline: string, number: number): Promise<TestSummary | null> {
  try {
    const t = await jenkins.json<{ failCount: number; passCount: number; skipCount: number }>(`${runPath(folder, pipeline, number)}/testReport`, 'failCount,passCount,skipCount');
    return { total: t.failCount + t.passCount + t.skipCount, passed: t.passCount, failed: t.failCount, skipped: t.skipCount };
  } catch (err) {
    if (err instanceof JenkinsNotFoundError) return null;
    throw err;
  }
}
