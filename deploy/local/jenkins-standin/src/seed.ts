/**
 * An optional JSON seed for the stand-in: folders, Pipeline jobs with their stages and
 * parameters, and finished runs (history), so that a fresh stand-in has something to list.
 */
import { newFolder, type Folder, type ParameterDefinition, type StageSpec } from './model.ts';
import { execute, newRun } from './runner.ts';

export interface SeedPipeline {
  pipeline: string;
  description?: string;
  parameters?: ParameterDefinition[];
  stages: StageSpec[];
  /** Finished runs to create, oldest first; a stage named in `failAt` fails. */
  history?: { ageMs: number; failAt?: string; parameters?: Record<string, string> }[];
}
export interface SeedFolder {
  folder: string;
  description?: string;
  items: (SeedFolder | SeedPipeline)[];
}
export interface Seed {
  items: (SeedFolder | SeedPipeline)[];
}

export async function loadSeed(root: Folder, seed: Seed, nextQueueId: () => number): Promise<void> {
  const add = async (parent: Folder, entry: SeedFolder | SeedPipeline) => {
    if ('folder' in entry) {
      const folder = newFolder(entry.folder, parent, entry.description ?? null);
      parent.items.set(folder.name, folder);
      for (const child of entry.items) await add(folder, child);
      return;
    }
    const job = {
      kind: 'pipeline' as const,
      name: entry.pipeline,
      description: entry.description ?? null,
      parent,
      parameters: entry.parameters ?? [],
      stages: entry.stages,
      configXml: '',
      runs: [],
      nextBuildNumber: 1,
    };
    parent.items.set(job.name, job);
    for (const h of entry.history ?? []) {
      const defaults = Object.fromEntries(job.parameters.map((p) => [p.name, p.defaultValue]));
      const stages = job.stages.map((s) => (s.name === h.failAt ? { ...s, error: `stage ${s.name} failed` } : s));
      const run = newRun(job, { id: nextQueueId(), parameters: { ...defaults, ...h.parameters }, startedBy: 'admin' }, Date.now() - h.ageMs, stages);
      await execute(run, { instant: true });
    }
  };
  for (const entry of seed.items) await add(root, entry);
}
