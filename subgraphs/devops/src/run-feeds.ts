/**
 * One poll loop per pipeline, shared by every pipelineRunChanged subscriber to it (ref-counted:
 * the first subscriber starts it, the last one to leave stops it). A loop reads the pipeline's
 * newest runs (and the Stage View of those still building) and tells its subscribers of each
 * run whose status or stages changed. A subscriber starts from the runs still building and
 * those finished within the last RECENTLY_FINISHED_MS, as last sent (a new loop sends them
 * first): a console that re-subscribes after its socket was closed (a reconnect) and read the
 * page just before a run finished would otherwise never hear of the end (CI 18:34: a run view
 * stayed "Running"). Older finished runs are not sent. Each subscriber checks its own access
 * before every event it is given (`refusal`): the loop is shared, authorization is not.
 */
import { EventEmitter, on } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLError } from 'graphql';
import type { JenkinsClient, JenkinsRun } from './sources/jenkins.ts';
import type { PipelineRunModel } from './models.ts';
import { runStatus } from './status.ts';
import { fromJenkins } from './upstream.ts';

/** How many of the newest runs are watched. */
const RECENT = 5;
/** A run finished this recently is still sent to a subscriber that joins (see above). */
const RECENTLY_FINISHED_MS = 30_000;
const finishedLongAgo = (run: JenkinsRun) => !run.building && Date.now() - (run.timestamp + run.duration) > RECENTLY_FINISHED_MS;

/** What a subscriber receives: a changed run, or why its stream ends. */
export type RunPayload = { value: PipelineRunModel } | { error: GraphQLError };

/** Why the subscriber may no longer see the pipeline's runs, or null while they may. */
export type Refusal = () => Promise<GraphQLError | null>;

interface Feed {
  events: EventEmitter<{ payload: [RunPayload] }>;
  /** Runs still building or recently finished, as last sent: what a subscriber joining starts from. */
  latest: Map<number, PipelineRunModel>;
  subscribers: number;
  stop: AbortController;
}

export class RunFeeds {
  /** pipeline key (project and pipeline) -> its loop; keys come from arguments, hence a Map. */
  private readonly feeds = new Map<string, Feed>();

  constructor(
    private readonly jenkins: JenkinsClient,
    private readonly timing: { runPollMs: number },
  ) {}

  /** Poll loops running now (one per pipeline that has subscribers). */
  get active(): number {
    return this.feeds.size;
  }

  /**
   * The pipeline's changes for one subscriber, until it leaves (`return()`, effective at once,
   * even while no event is due), it is refused, or the loop fails (NOT_FOUND, UPSTREAM_UNAVAILABLE).
   */
  follow(project: string, pipeline: string, refusal: Refusal): AsyncIterableIterator<RunPayload> {
    const key = JSON.stringify([project, pipeline]);
    let feed = this.feeds.get(key);
    if (!feed) {
      feed = { events: new EventEmitter(), latest: new Map(), subscribers: 0, stop: new AbortController() };
      this.feeds.set(key, feed);
      void this.poll(key, feed, project, pipeline);
    }
    const joined = feed;
    joined.subscribers++;
    // Listening and reading the latest runs happen in one turn: nothing falls between them.
    const live = on(joined.events, 'payload') as AsyncIterableIterator<[RunPayload]>;
    const backlog: RunPayload[] = [...joined.latest.values()].map((value) => ({ value }));
    let left = false;
    const leave = async (): Promise<IteratorResult<RunPayload>> => {
      if (!left) {
        left = true;
        if (--joined.subscribers === 0) this.end(key, joined);
        await live.return?.();
      }
      return { value: undefined, done: true };
    };
    const stream: AsyncIterableIterator<RunPayload> = {
      async next() {
        if (left) return { value: undefined, done: true };
        const payload = backlog.shift() ?? (await live.next()).value?.[0];
        if (!payload || left) return leave();
        // The last event of a stream (the loop failed, or this subscriber may no longer see it)
        // is sent; the next call ends it.
        const refused = 'error' in payload ? payload.error : await refusal();
        if (refused) {
          await leave();
          return { value: { error: refused }, done: false };
        }
        return { value: payload, done: false };
      },
      return: leave,
      throw: leave,
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  private end(key: string, feed: Feed): void {
    feed.stop.abort();
    if (this.feeds.get(key) === feed) this.feeds.delete(key);
  }

  private async poll(key: string, feed: Feed, project: string, pipeline: string): Promise<void> {
    const missing = { what: 'Pipeline', name: `${project}/${pipeline}` };
    const seen = new Map<number, string>();
    let first = true;
    try {
      while (!feed.stop.signal.aborted) {
        const { items } = await fromJenkins(missing, () => this.jenkins.listRuns(project, pipeline, 0, RECENT));
        for (const [n, model] of feed.latest) if (!model.run || finishedLongAgo(model.run)) feed.latest.delete(n);
        for (const run of [...items].reverse()) {
          const before = seen.get(run.number);
          if (first && finishedLongAgo(run)) {
            seen.set(run.number, 'done');
            continue;
          }
          if (before === 'done') continue;
          const stages = await fromJenkins(null, () => this.jenkins.stages(project, pipeline, run.number));
          const signature = JSON.stringify([runStatus(run), stages.map((s) => [s.id, s.status])]);
          if (signature === before) continue;
          seen.set(run.number, run.building ? signature : 'done');
          const model: PipelineRunModel = { project, pipeline, run, stages };
          feed.latest.set(run.number, model);
          if (feed.stop.signal.aborted) return;
          feed.events.emit('payload', { value: model });
        }
        first = false;
        await sleep(this.timing.runPollMs, undefined, { signal: feed.stop.signal }).catch(() => undefined);
      }
    } catch (err) {
      // Every subscriber gets the error and its stream ends; the next subscriber starts afresh.
      this.end(key, feed);
      feed.events.emit('payload', { error: err as GraphQLError });
    }
  }
}
