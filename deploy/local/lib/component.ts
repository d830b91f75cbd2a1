/**
 * The contract every part of the local lab fulfils. `lab.ts` builds, starts, checks and stops
 * components in dependency order; each component lives in `components/<name>.ts`.
 */
export interface LabContext {
  /** Repository root. */
  root: string;
  /** Runtime state, git-ignored: <root>/.lab (data dirs, logs, pids, kubeconfig, endpoints). */
  state: string;
  /** Build cache outside the repo (~/.cache/meridian-lab): binaries, jars, Go builds. */
  cache: string;
  /** <cache>/bin: built binaries. */
  bin: string;
  /** How many simulated nodes (--nodes N, default 3). */
  nodes: number;
  log: (message: string) => void;
  /**
   * Starts a long-running process in its own process group, bound to 127.0.0.1, with output to
   * <state>/logs/<name>.log, and records its pid in <state>/pids/<name>.pid so that `lab down`
   * stops exactly it. Returns the pid.
   */
  spawn: (name: string, command: string, args: string[], opts?: { env?: NodeJS.ProcessEnv; cwd?: string }) => Promise<number>;
  /** Runs a command to completion (for builds and setup); throws with its output on failure. */
  run: (command: string, args: string[], opts?: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number }) => Promise<string>;
  /** Polls `check` until it returns true; throws `what did not become ready in Ns` otherwise. */
  waitFor: (what: string, check: () => Promise<boolean>, timeoutMs?: number) => Promise<void>;
  /** Endpoints published so far by started components (merged into <state>/endpoints.json). */
  endpoints: Record<string, Record<string, string>>;
}

export interface LabComponent {
  name: string;
  dependsOn?: string[];
  /** Builds or installs what is missing into ctx.cache; quick no-op on a warm cache. */
  ensureBuilt(ctx: LabContext): Promise<void>;
  /** Starts the component (it is known not to be running) and waits until it serves. */
  start(ctx: LabContext): Promise<Record<string, string>>;
  /** True when the component answers (used by `status` and to skip starting twice). */
  isRunning(ctx: LabContext): Promise<boolean>;
  /** Endpoints of an already-running component, for `status` and re-runs of `up`. */
  endpoints(ctx: LabContext): Record<string, string>;
  /**
   * Optional: brings an already-running component in line with this `up`'s options (for
   * example `--nodes N` adds simulated nodes). Must be quick and must not restart anything.
   */
  reconcile?(ctx: LabContext): Promise<void>;
}
