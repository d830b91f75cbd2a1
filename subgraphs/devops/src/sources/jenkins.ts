/**
 * Jenkins over its REST API, as a real Jenkins (or the lab's stand-in) serves it:
 * `/job/<folder>/job/<pipeline>/api/json?tree=…` for folders, jobs and runs, Pipeline Stage
 * View's `wfapi/describe` for stages, `logText/progressiveText?start=N` (X-Text-Size,
 * X-More-Data) for live logs, `crumbIssuer` + `Jenkins-Crumb` for POSTs, basic auth with an API
 * token. Every call asks only for the fields it uses (`tree=`), because Jenkins' default
 * answers are large and slow on busy instances.
 */

export interface JenkinsOptions {
  url: string;
  user?: string;
  token?: string;
  /** Per-request timeout; a Jenkins that does not answer in time counts as down. */
  timeoutMs?: number;
}

/** Jenkins answered 404: the folder, job or run does not exist. */
export class JenkinsNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Jenkins has no ${path}`);
    this.name = 'JenkinsNotFoundError';
  }
}

/** Jenkins answered, but with an error status (bad credentials, 5xx, refused input). */
export class JenkinsHttpError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    body: string,
  ) {
    super(`Jenkins answered ${status} to ${path}${body ? `: ${body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)}` : ''}`);
    this.name = 'JenkinsHttpError';
  }
}

/**
 * The same error without Jenkins' answer text: for requests that carried secrets (credentials,
 * a config.xml with a webhook token), whose error pages could echo part of what was sent.
 */
export function withoutAnswerText(err: unknown): unknown {
  return err instanceof JenkinsHttpError ? new JenkinsHttpError(err.status, err.path, '') : err;
}

export type JenkinsResult = 'SUCCESS' | 'FAILURE' | 'UNSTABLE' | 'ABORTED' | 'NOT_BUILT' | null;

export interface JenkinsRun {
  number: number;
  building: boolean;
  result: JenkinsResult;
  /** ms since epoch when the build started */
  timestamp: number;
  /** ms; 0 while building */
  duration: number;
}

export interface JenkinsPipeline {
  name: string;
  description: string | null;
  lastBuild: JenkinsRun | null;
}

export interface JenkinsStage {
  id: string;
  name: string;
  status: string;
  startTimeMillis: number;
  durationMillis: number;
}

export interface LogSlice {
  text: string;
  /** Byte offset of `text` in the whole log. */
  offset: number;
  /** The offset to ask from next time (X-Text-Size). */
  nextStart: number;
  /** More is there (past this chunk) or coming (X-More-Data). */
  more: boolean;
  /** The whole log's size so far (X-Text-Size), when Jenkins said it. */
  size?: number;
}

export interface QueueState {
  /** The run number once the build has left the queue. */
  number?: number;
  cancelled: boolean;
  why?: string | null;
}

const PIPELINE_CLASS = 'org.jenkinsci.plugins.workflow.job.WorkflowJob';
const RUN_TREE = 'number,building,result,timestamp,duration';

/** `a/b` → `job/a/job/b`. */
export function jobPath(...names: string[]): string {
  return names
    .flatMap((n) => n.split('/'))
    .map((n) => `job/${encodeURIComponent(n)}`)
    .join('/');
}

export class JenkinsClient {
  private readonly base: string;
  private crumb?: Promise<Record<string, string>>;

  constructor(private readonly opts: JenkinsOptions) {
    this.base = opts.url.replace(/\/+$/, '');
  }

  /** An absolute URL on this Jenkins (what a Git server posts a webhook to). */
  url(path: string): string {
    return `${this.base}/${path.replace(/^\//, '')}`;
  }

  private authHeader(): Record<string, string> {
    if (!this.opts.user) return {};
    return { authorization: `Basic ${Buffer.from(`${this.opts.user}:${this.opts.token ?? ''}`).toString('base64')}` };
  }

  /** One request; 404 → JenkinsNotFoundError, other 4xx/5xx → JenkinsHttpError (body never includes what we sent). */
  async request(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: string, signal?: AbortSignal): Promise<Response> {
    const res = await fetch(`${this.base}/${path}`, {
      method,
      headers: { ...this.authHeader(), ...headers },
      body,
      redirect: 'manual',
      signal: signal ?? AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
    });
    if (res.status === 404) {
      await res.arrayBuffer();
      throw new JenkinsNotFoundError(path.split('?')[0]);
    }
    if (res.status >= 400) throw new JenkinsHttpError(res.status, path.split('?')[0], await res.text());
    return res;
  }

  async json<T>(path: string, tree?: string): Promise<T> {
    const url = `${path.replace(/\/$/, '')}/api/json${tree ? `?tree=${encodeURIComponent(tree)}` : ''}`;
    const res = await this.request('GET', url.replace(/^\//, ''));
    return (await res.json()) as T;
  }

  /** The Jenkins version (X-Jenkins), which also proves the credentials work. */
  async version(): Promise<string> {
    const res = await this.request('GET', 'api/json?tree=mode');
    await res.arrayBuffer();
    return res.headers.get('x-jenkins') ?? 'unknown';
  }

  async folderExists(folder: string): Promise<boolean> {
    try {
      await this.json(jobPath(folder), 'name');
      return true;
    } catch (err) {
      if (err instanceof JenkinsNotFoundError) return false;
      throw err;
    }
  }

  /**
   * Pipeline jobs of a folder, `limit` from `offset` (Jenkins' `{M,N}` range). Asks one more
   * than needed to learn whether another page exists. Sub-folders and other job types are
   * skipped, so a page may hold fewer than `limit`.
   */
  async listPipelines(folder: string, offset: number, limit: number): Promise<{ items: JenkinsPipeline[]; hasMore: boolean }> {
    const tree = `jobs[name,description,lastBuild[${RUN_TREE}]]{${offset},${offset + limit + 1}}`;
    const data = await this.json<{ jobs?: (JenkinsPipeline & { _class: string })[] }>(jobPath(folder), tree);
    const jobs = data.jobs ?? [];
    return {
      items: jobs.slice(0, limit).filter((j) => j._class === PIPELINE_CLASS).map(toPipeline),
      hasMore: jobs.length > limit,
    };
  }

  async getPipeline(folder: string, pipeline: string): Promise<JenkinsPipeline> {
    const data = await this.json<JenkinsPipeline & { _class: string }>(jobPath(folder, pipeline), `name,description,lastBuild[${RUN_TREE}]`);
    if (data._class !== PIPELINE_CLASS) throw new JenkinsNotFoundError(jobPath(folder, pipeline));
    return toPipeline(data);
  }

  /** Names of the string/choice/boolean parameters the job declares. */
  async parameterNames(folder: string, pipeline: string): Promise<string[]> {
    const data = await this.json<{ property?: { parameterDefinitions?: { name: string }[] }[] }>(
      jobPath(folder, pipeline),
      'property[parameterDefinitions[name]]',
    );
    return (data.property ?? []).flatMap((p) => p.parameterDefinitions ?? []).map((d) => d.name);
  }

  /** Runs newest first, `limit` from `offset`, over every build (`allBuilds`, not the capped `builds`). */
  async listRuns(folder: string, pipeline: string, offset: number, limit: number): Promise<{ items: JenkinsRun[]; hasMore: boolean }> {
    const data = await this.json<{ allBuilds?: JenkinsRun[] }>(jobPath(folder, pipeline), `allBuilds[${RUN_TREE}]{${offset},${offset + limit + 1}}`);
    const runs = data.allBuilds ?? [];
    return { items: runs.slice(0, limit).map(toRun), hasMore: runs.length > limit };
  }

  async getRun(folder: string, pipeline: string, number: number): Promise<JenkinsRun> {
    return toRun(await this.json<JenkinsRun>(`${jobPath(folder, pipeline)}/${number}`, RUN_TREE));
  }

  /** Stages from Pipeline Stage View (`wfapi/describe`). */
  async stages(folder: string, pipeline: string, number: number): Promise<JenkinsStage[]> {
    const res = await this.request('GET', `${jobPath(folder, pipeline)}/${number}/wfapi/describe`);
    const data = (await res.json()) as { stages?: JenkinsStage[] };
    return (data.stages ?? []).map((s) => ({ id: String(s.id), name: s.name, status: s.status, startTimeMillis: s.startTimeMillis, durationMillis: s.durationMillis }));
  }

  /**
   * At most `maxBytes` of the console log from byte `start` on, with where to continue and
   * whether more is there or coming. Jenkins answers progressiveText with everything from
   * `start` to the end, so the body is read only as far as needed and the rest cancelled: a long
   * log is never held whole. A chunk ends after its last newline (or on a UTF-8 character
   * boundary), so offsets stay byte offsets and text never splits a character.
   */
  async progressiveText(folder: string, pipeline: string, number: number, start: number, maxBytes = 64 * 1024): Promise<LogSlice> {
    const res = await this.logResponse(folder, pipeline, number, start);
    const size = res.headers.has('x-text-size') ? Number(res.headers.get('x-text-size')) : NaN;
    const moreComing = res.headers.get('x-more-data') === 'true';
    // Past the end (a rotated log), Jenkins sends it again from 0.
    const from = Number.isFinite(size) && size < start ? 0 : start;
    const { bytes, complete } = await readUpTo(res, maxBytes);
    const taken = complete ? bytes : cutAtBoundary(bytes);
    const nextStart = from + taken.length;
    return {
      text: taken.toString('utf8'),
      offset: from,
      nextStart,
      more: moreComing || !complete || taken.length < bytes.length || (Number.isFinite(size) && nextStart < size),
      ...(Number.isFinite(size) ? { size } : {}),
    };
  }

  /** The raw progressiveText answer from `start` on (its body streams; the caller reads or cancels it). */
  logResponse(folder: string, pipeline: string, number: number, start: number, signal?: AbortSignal): Promise<Response> {
    return this.request('GET', `${jobPath(folder, pipeline)}/${number}/logText/progressiveText?start=${start}`, {}, undefined, signal);
  }

  /** The CSRF crumb header, fetched once; {} when the crumb issuer is off (404). */
  private crumbHeader(fresh = false): Promise<Record<string, string>> {
    if (fresh || !this.crumb) {
      this.crumb = this.json<{ crumb: string; crumbRequestField: string }>('crumbIssuer').then(
        (c) => ({ [c.crumbRequestField]: c.crumb }),
        (err) => {
          this.crumb = undefined;
          if (err instanceof JenkinsNotFoundError) return {};
          throw err;
        },
      );
    }
    return this.crumb;
  }

  /** POST with the crumb; on 403 the crumb may have expired, so one retry with a fresh one. */
  async post(path: string, body?: URLSearchParams | { contentType: string; text: string }): Promise<Response> {
    const content =
      body instanceof URLSearchParams ? { contentType: 'application/x-www-form-urlencoded', text: body.toString() } : body;
    const send = async (fresh: boolean) => {
      const headers = { ...(await this.crumbHeader(fresh)), ...(content ? { 'content-type': content.contentType } : {}) };
      return this.request('POST', path, headers, content?.text);
    };
    try {
      return await send(false);
    } catch (err) {
      if (err instanceof JenkinsHttpError && err.status === 403) return send(true);
      throw err;
    }
  }

  /**
   * Queues a build; `buildWithParameters` for parameterized jobs (Jenkins refuses plain
   * `build` for them). Returns the queue item id from the Location header.
   */
  async triggerBuild(folder: string, pipeline: string, parameters: Record<string, string> | null): Promise<number> {
    const path = `${jobPath(folder, pipeline)}/${parameters ? 'buildWithParameters' : 'build'}`;
    const res = await this.post(path, parameters ? new URLSearchParams(parameters) : undefined);
    await res.arrayBuffer();
    const id = res.headers.get('location')?.match(/\/queue\/item\/(\d+)\/?$/)?.[1];
    if (!id) throw new JenkinsHttpError(res.status, path, `no queue item in the answer (Location: ${res.headers.get('location')})`);
    return Number(id);
  }

  async queueItem(id: number): Promise<QueueState> {
    const data = await this.json<{ executable?: { number: number } | null; cancelled?: boolean; why?: string | null }>(`queue/item/${id}`, 'executable[number],cancelled,why');
    return { number: data.executable?.number, cancelled: !!data.cancelled, why: data.why };
  }
}

function toRun(r: JenkinsRun): JenkinsRun {
  return { number: r.number, building: !!r.building, result: r.result ?? null, timestamp: r.timestamp, duration: r.duration };
}

function toPipeline(j: JenkinsPipeline): JenkinsPipeline {
  return { name: j.name, description: j.description || null, lastBuild: j.lastBuild ? toRun(j.lastBuild) : null };
}

/** Reads a body until `max` bytes (then cancels the rest) or its end. */
async function readUpTo(res: Response, max: number): Promise<{ bytes: Buffer; complete: boolean }> {
  const reader = res.body?.getReader();
  if (!reader) return { bytes: Buffer.alloc(0), complete: true };
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(chunks), complete: true };
    chunks.push(Buffer.from(value));
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return { bytes: Buffer.concat(chunks).subarray(0, max), complete: false };
    }
  }
}

/** The longest prefix ending after a newline, else on a UTF-8 character boundary. */
export function cutAtBoundary(bytes: Buffer): Buffer {
  const nl = bytes.lastIndexOf(0x0a);
  if (nl >= 0) return bytes.subarray(0, nl + 1);
  // Find the last character's lead byte; drop that character if its bytes are not all there.
  let lead = bytes.length - 1;
  while (lead > 0 && lead > bytes.length - 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes;
  const b = bytes[lead];
  const width = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + width > bytes.length ? bytes.subarray(0, lead) : bytes;
}
