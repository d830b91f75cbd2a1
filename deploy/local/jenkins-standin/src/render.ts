/**
 * Jenkins' JSON shapes (Stapler's exported beans) for the objects the stand-in serves.
 * `deep` renders nested objects in full, so that a `tree=` can reach into them, as on a real
 * Jenkins; without a tree, nested objects are the short references of `depth=0`.
 */
import { fullName, itemPath, type Folder, type Item, type PipelineJob, type QueueItem, type Run } from './model.ts';

export const CLASS = {
  root: 'hudson.model.Hudson',
  folder: 'com.cloudbees.hudson.plugins.folder.Folder',
  pipeline: 'org.jenkinsci.plugins.workflow.job.WorkflowJob',
  run: 'org.jenkinsci.plugins.workflow.job.WorkflowRun',
  waiting: 'hudson.model.Queue$WaitingItem',
  left: 'hudson.model.Queue$LeftItem',
  crumb: 'hudson.security.csrf.DefaultCrumbIssuer',
} as const;

/** Jenkins' ball colour: the last result, with `_anime` while a build runs. */
export function color(job: PipelineJob): string {
  const last = job.runs[0];
  const done = job.runs.find((r) => !r.building);
  const base = !done
    ? 'notbuilt'
    : ({ SUCCESS: 'blue', FAILURE: 'red', UNSTABLE: 'yellow', ABORTED: 'aborted', NOT_BUILT: 'notbuilt' } as const)[done.result ?? 'NOT_BUILT'];
  return last?.building ? `${base}_anime` : base;
}

const displayPath = (item: Item) => fullName(item).split('/').join(' » ');

export function runJson(base: string, run: Run): Record<string, unknown> {
  const job = run.job;
  const older = job.runs.find((r) => r.number < run.number);
  const newer = [...job.runs].reverse().find((r) => r.number > run.number);
  const ref = (r: Run | undefined) => (r ? { number: r.number, url: runUrl(base, r) } : null);
  const types = new Map(job.parameters.map((p) => [p.name, p.type ?? 'string']));
  const params = Object.entries(run.parameters).map(([name, value]) =>
    types.get(name) === 'boolean' ? { _class: 'hudson.model.BooleanParameterValue', name, value: value === 'true' } : { _class: 'hudson.model.StringParameterValue', name, value },
  );
  const lastDone = job.runs.find((r) => !r.building && r.result === 'SUCCESS');
  return {
    _class: CLASS.run,
    actions: [
      {
        _class: 'hudson.model.CauseAction',
        causes: [{ _class: 'hudson.model.Cause$UserIdCause', shortDescription: run.cause ?? `Started by user ${run.startedBy}`, userId: run.startedBy, userName: run.startedBy }],
      },
      ...(params.length ? [{ _class: 'hudson.model.ParametersAction', parameters: params }] : []),
    ],
    artifacts: run.artifacts.map((p) => ({ displayPath: p.split('/').pop(), fileName: p.split('/').pop(), relativePath: p })),
    building: run.building,
    description: run.description,
    displayName: `#${run.number}`,
    duration: run.duration,
    estimatedDuration: lastDone ? lastDone.duration : -1,
    executor: run.building ? {} : null,
    fullDisplayName: `${displayPath(job)} #${run.number}`,
    id: String(run.number),
    keepLog: false,
    number: run.number,
    queueId: run.queueId,
    result: run.result,
    timestamp: run.timestamp,
    url: runUrl(base, run),
    changeSets: [],
    culprits: [],
    inProgress: run.building,
    nextBuild: ref(newer),
    previousBuild: ref(older),
  };
}

export const runUrl = (base: string, run: Run) => `${base}${itemPath(run.job)}${run.number}/`;

function runRef(base: string, run: Run | undefined, deep: boolean) {
  if (!run) return null;
  return deep ? runJson(base, run) : { _class: CLASS.run, number: run.number, url: runUrl(base, run) };
}

export function pipelineJson(base: string, job: PipelineJob, deep: boolean, queue: QueueItem[]): Record<string, unknown> {
  const done = job.runs.filter((r) => !r.building);
  const pick = (pred: (r: Run) => boolean) => runRef(base, done.find(pred), deep);
  const waiting = queue.find((q) => q.job === job && !q.run && !q.cancelled);
  const builds = job.runs.map((r) => runRef(base, r, deep));
  return {
    _class: CLASS.pipeline,
    actions: [],
    description: job.description,
    displayName: job.name,
    displayNameOrNull: null,
    fullDisplayName: displayPath(job),
    fullName: fullName(job),
    name: job.name,
    url: `${base}${itemPath(job)}`,
    buildable: true,
    // Jenkins caps `builds` at 100; `allBuilds` has every one.
    builds: builds.slice(0, 100),
    allBuilds: builds,
    color: color(job),
    firstBuild: runRef(base, job.runs[job.runs.length - 1], deep),
    healthReport: [],
    inQueue: !!waiting,
    keepDependencies: false,
    lastBuild: runRef(base, job.runs[0], deep),
    lastCompletedBuild: pick(() => true),
    lastFailedBuild: pick((r) => r.result === 'FAILURE'),
    lastStableBuild: pick((r) => r.result === 'SUCCESS'),
    lastSuccessfulBuild: pick((r) => r.result === 'SUCCESS' || r.result === 'UNSTABLE'),
    lastUnstableBuild: pick((r) => r.result === 'UNSTABLE'),
    lastUnsuccessfulBuild: pick((r) => r.result !== 'SUCCESS'),
    nextBuildNumber: job.nextBuildNumber,
    property: job.parameters.length
      ? [
          {
            _class: 'hudson.model.ParametersDefinitionProperty',
            parameterDefinitions: job.parameters.map((p) => {
              const kind = { string: 'String', boolean: 'Boolean', choice: 'Choice' }[p.type ?? 'string'];
              const value = p.type === 'boolean' ? p.defaultValue === 'true' : p.defaultValue;
              return {
                _class: `hudson.model.${kind}ParameterDefinition`,
                defaultParameterValue: { _class: `hudson.model.${kind === 'Choice' ? 'String' : kind}ParameterValue`, name: p.name, value },
                description: p.description ?? null,
                name: p.name,
                type: `${kind}ParameterDefinition`,
                ...(p.type === 'choice' ? { choices: p.choices ?? [] } : {}),
              };
            }),
          },
        ]
      : [],
    queueItem: waiting ? { _class: CLASS.waiting, id: waiting.id } : null,
    concurrentBuild: true,
    resumeBlocked: false,
  };
}

export function folderJson(base: string, folder: Folder, deep: boolean, queue: QueueItem[]): Record<string, unknown> {
  const jobs = [...folder.items.values()].map((item) => {
    if (deep) return itemJson(base, item, true, queue);
    const ref: Record<string, unknown> = { _class: item.kind === 'folder' ? CLASS.folder : CLASS.pipeline, name: item.name, url: `${base}${itemPath(item)}` };
    if (item.kind === 'pipeline') ref.color = color(item);
    return ref;
  });
  if (!folder.parent) {
    return {
      _class: CLASS.root,
      assignedLabels: [{ name: 'built-in' }],
      mode: 'NORMAL',
      nodeDescription: 'the Jenkins controller\'s built-in node',
      nodeName: '',
      numExecutors: 2,
      description: null,
      jobs,
      quietingDown: false,
      url: base,
      useCrumbs: true,
      useSecurity: true,
    };
  }
  return {
    _class: CLASS.folder,
    actions: [],
    description: folder.description,
    displayName: folder.name,
    displayNameOrNull: null,
    fullDisplayName: displayPath(folder),
    fullName: fullName(folder),
    name: folder.name,
    url: `${base}${itemPath(folder)}`,
    healthReport: [],
    jobs,
    primaryView: { _class: 'hudson.model.AllView', name: 'All', url: `${base}${itemPath(folder)}` },
    views: [{ _class: 'hudson.model.AllView', name: 'All', url: `${base}${itemPath(folder)}` }],
  };
}

export function itemJson(base: string, item: Item, deep: boolean, queue: QueueItem[]): Record<string, unknown> {
  return item.kind === 'folder' ? folderJson(base, item, deep, queue) : pipelineJson(base, item, deep, queue);
}

export function queueItemJson(base: string, q: QueueItem, now: number): Record<string, unknown> {
  const task = { _class: CLASS.pipeline, name: q.job.name, url: `${base}${itemPath(q.job)}`, color: color(q.job) };
  const common = {
    actions: [{ _class: 'hudson.model.CauseAction', causes: [{ _class: 'hudson.model.Cause$UserIdCause', shortDescription: `Started by user ${q.startedBy}`, userId: q.startedBy, userName: q.startedBy }] }],
    blocked: false,
    buildable: false,
    id: q.id,
    inQueueSince: q.inQueueSince,
    params: Object.entries(q.parameters).map(([k, v]) => `\n${k}=${v}`).join(''),
    stuck: false,
    task,
    url: `queue/item/${q.id}/`,
  };
  if (q.run || q.cancelled) {
    return {
      _class: CLASS.left,
      ...common,
      why: null,
      cancelled: q.cancelled,
      executable: q.run ? { _class: CLASS.run, number: q.run.number, url: runUrl(base, q.run) } : null,
    };
  }
  const left = Math.max(0, q.startsAt - now) / 1000;
  return { _class: CLASS.waiting, ...common, why: `In the quiet period. Expires in ${left.toFixed(1)} sec`, timestamp: q.startsAt };
}
