/** A stage of the editor's graph: its name and its parallel branches' names. */
export interface LayoutStage {
  name: string;
  branches: string[];
}

/** One column of the stage graph: a stage, and under it its parallel branches (runtime stages). */
export interface StageColumn<S extends { name: string }> {
  stage: S;
  branches: S[];
}

/**
 * Jenkins' Stage View lists a run's stages flat, a parallel stage followed by its branches
 * ("Checks", "Lint", "Unit"). With the pipeline's graph (the editor's layout) the branches are put
 * under their stage; a stage the layout does not know (an SCM checkout stage, a run of an older
 * definition, a hand-written Jenkinsfile) stays a column of its own, in run order.
 */
export function stageColumns<S extends { name: string }>(stages: S[], layout: LayoutStage[] | null | undefined): StageColumn<S>[] {
  const branchOf = new Map<string, string>();
  for (const s of layout ?? []) for (const b of s.branches) branchOf.set(b, s.name);
  const columns: StageColumn<S>[] = [];
  const byName = new Map<string, StageColumn<S>>();
  for (const stage of stages) {
    const parent = branchOf.get(stage.name);
    const column = parent !== undefined ? byName.get(parent) : undefined;
    if (column) {
      column.branches.push(stage);
      continue;
    }
    const own = { stage, branches: [] };
    columns.push(own);
    byName.set(stage.name, own);
  }
  return columns;
}
