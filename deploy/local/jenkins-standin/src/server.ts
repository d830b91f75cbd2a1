/**
 * A Jenkins stand-in on plain node:http that speaks the parts of Jenkins' wire protocol
 * Meridian uses: the JSON API (`/api/json?tree=…`) of folders, Pipeline jobs, runs and queue
 * items; Pipeline Stage View's `wfapi/describe`; progressive console text with `X-Text-Size`
 * and `X-More-Data`; CSRF crumbs; `build`/`buildWithParameters` answering 201 + Location of the
 * queue item; `createItem` with a config.xml; basic auth with API tokens. State lives in memory.
 */
import http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { parseConfigXml, type ParsedItem } from './config-xml.ts';
import { createCredential, credentialRoute, StoreError } from './credentials-store.ts';
import { itemPath, newFolder, type Folder, type Item, type PipelineJob, type QueueItem, type Run, type StageSpec } from './model.ts';
import { itemJson, queueItemJson, runJson, CLASS } from './render.ts';
import { execute, newRun } from './runner.ts';
import { seededConfigXml } from './seed-config.ts';
import { artifactContent, artifactsJson, describeJson, nodeDescribeJson, nodeLogJson, pendingInputsJson, runsJson } from './wfapi.ts';
import { loadSeed, type Seed } from './seed.ts';
import { applyTree, parseTree } from './tree.ts';

export const JENKINS_VERSION = '2.492.3';

export interface StandinOptions {
  port?: number;
  host?: string;
  /** user -> API token */
  users?: Record<string, string>;
  seed?: Seed;
  /** Jenkins' quiet period before a triggered build starts (default 500 ms here, 5 s in Jenkins). */
  quietPeriodMs?: number;
  /** Told of every request as it arrives (tests count what a client asks of Jenkins). */
  onRequest?: (method: string, url: URL) => void;
}

export interface RunningStandin {
  url: string;
  port: number;
  root: Folder;
  stop: () => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const notFound = () => new HttpError(404, 'Not Found');

function htmlPage(status: number, title: string, text: string): string {
  return `<!DOCTYPE html><html><head><title>${title} [Jenkins]</title></head><body><h1>${status} ${title}</h1><p>${text}</p></body></html>`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startJenkinsStandin(opts: StandinOptions = {}): Promise<RunningStandin> {
  const users = opts.users ?? { admin: 'admin-token' };
  const quietPeriodMs = opts.quietPeriodMs ?? 500;
  const crumbKey = randomBytes(16);
  const root = newFolder('', null);
  const queue: QueueItem[] = [];
  let nextQueueId = 1;
  const timers = new Set<NodeJS.Timeout>();
  if (opts.seed) await loadSeed(root, opts.seed, () => nextQueueId++);

  const crumbFor = (user: string) => createHmac('sha256', crumbKey).update(user).digest('hex');

  /** Basic auth with user:apiToken; 401 otherwise. */
  function authenticate(req: http.IncomingMessage): string {
    const header = req.headers.authorization ?? '';
    const m = header.match(/^Basic\s+(.+)$/i);
    if (m) {
      const decoded = Buffer.from(m[1], 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      const user = decoded.slice(0, i);
      if (i > 0 && Object.hasOwn(users, user) && users[user] === decoded.slice(i + 1)) return user;
      throw new HttpError(401, `Invalid password/token for user: ${user}`, { 'WWW-Authenticate': 'Basic realm="Jenkins"' });
    }
    throw new HttpError(401, 'Authentication required', { 'WWW-Authenticate': 'Basic realm="Jenkins"' });
  }

  function checkCrumb(req: http.IncomingMessage, user: string) {
    if (req.headers['jenkins-crumb'] !== crumbFor(user)) throw new HttpError(403, 'No valid crumb was included in the request');
  }

  function enqueue(job: PipelineJob, parameters: Record<string, string>, user: string, delayMs: number, replay?: { script: StageSpec[]; cause: string }): QueueItem {
    const now = Date.now();
    const q: QueueItem = { id: nextQueueId++, job, parameters, inQueueSince: now, startsAt: now + delayMs, startedBy: user, cancelled: false };
    queue.push(q);
    const t = setTimeout(() => {
      timers.delete(t);
      const run = newRun(job, { ...q, cause: replay?.cause }, Date.now(), replay?.script ?? job.stages);
      q.run = run;
      void execute(run);
    }, delayMs);
    timers.add(t);
    return q;
  }

  /** Walks `/job/a/job/b/...` from the root; returns the item and the rest of the path. */
  function resolveItem(segments: string[]): { item: Item; rest: string[] } {
    let item: Item = root;
    let i = 0;
    while (segments[i] === 'job' && i + 1 < segments.length) {
      if (item.kind !== 'folder') throw notFound();
      const next = item.items.get(decodeURIComponent(segments[i + 1]));
      if (!next) throw notFound();
      item = next;
      i += 2;
    }
    return { item, rest: segments.slice(i) };
  }

  function findRun(job: PipelineJob, ref: string): Run | undefined {
    const done = job.runs.filter((r) => !r.building);
    switch (ref) {
      case 'lastBuild': return job.runs[0];
      case 'lastCompletedBuild': return done[0];
      case 'lastSuccessfulBuild': return done.find((r) => r.result === 'SUCCESS' || r.result === 'UNSTABLE');
      case 'lastFailedBuild': return done.find((r) => r.result === 'FAILURE');
      default: return /^\d+$/.test(ref) ? job.runs.find((r) => r.number === Number(ref)) : undefined;
    }
  }

  function parse(xml: string): ParsedItem {
    try {
      return parseConfigXml(xml);
    } catch (err) {
      throw new HttpError(400, (err as Error).message);
    }
  }

  type Reply = { status: number; headers?: Record<string, string>; body?: string | Buffer; json?: unknown };

  function json(value: unknown, url: URL): Reply {
    const tree = url.searchParams.get('tree');
    if (!tree) return { status: 200, json: value };
    try {
      return { status: 200, json: applyTree(value, parseTree(tree)) };
    } catch (err) {
      throw new HttpError(400, (err as Error).message);
    }
  }

  /** The input step waiting under `id`, or 404 as Jenkins answers for an unknown input. */
  function waiting(run: Run, id: string) {
    if (!run.pendingInput || run.pendingInput.id !== id) throw notFound();
    return run.pendingInput;
  }

  async function handleRun(req: http.IncomingMessage, url: URL, base: string, user: string, job: PipelineJob, run: Run, rest: string[]): Promise<Reply> {
    const path = rest.join('/');
    const now = Date.now();
    const post = req.method === 'POST';
    if (post) checkCrumb(req, user);
    const back = { status: 302, headers: { Location: `${base}${itemPath(job)}${run.number}/` } };
    if (!post && path === 'api/json') return json(runJson(base, run), url);
    if (!post && path === 'wfapi/describe') return { status: 200, json: describeJson(run, now) };
    if (!post && path === 'wfapi/pendingInputActions') return { status: 200, json: pendingInputsJson(run) };
    if (!post && path === 'wfapi/artifacts') return { status: 200, json: artifactsJson(run) };
    if (!post && rest[0] === 'execution' && rest[1] === 'node' && rest.length === 5 && rest[3] === 'wfapi') {
      const answer = rest[4] === 'describe' ? nodeDescribeJson(run, rest[2], now) : rest[4] === 'log' ? nodeLogJson(run, rest[2]) : undefined;
      if (!answer) throw notFound();
      return { status: 200, json: answer };
    }
    if (!post && path === 'logText/progressiveText') {
      let start = Number(url.searchParams.get('start') ?? 0) || 0;
      if (start > run.log.length) start = 0; // the log rolled over: Jenkins sends it again from 0
      const headers: Record<string, string> = { 'Content-Type': 'text/plain;charset=UTF-8', 'X-Text-Size': String(run.log.length) };
      if (run.building) headers['X-More-Data'] = 'true';
      return { status: 200, headers, body: run.log.subarray(start) };
    }
    if (!post && path === 'consoleText') return { status: 200, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: run.log };
    if (!post && path === 'testReport/api/json') {
      if (!run.tests) throw notFound();
      const t = run.tests;
      return json({ _class: 'hudson.tasks.junit.TestResult', duration: 0, empty: false, failCount: t.fail, passCount: t.pass, skipCount: t.skip, suites: [] }, url);
    }
    if (!post && rest[0] === 'artifact' && rest.length > 1) {
      const file = rest.slice(1).map(decodeURIComponent).join('/');
      if (!run.artifacts.includes(file)) throw notFound();
      return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: artifactContent(run, file) };
    }
    if (post && path === 'stop') {
      if (run.building) {
        run.abortRequested = true;
        run.wake?.();
      }
      return back;
    }
    if (post && path === 'replay/rebuild') {
      if (!job.configXml && !job.stages.length) throw new HttpError(409, `${job.name} is not buildable`);
      enqueue(job, run.parameters, user, 0, { script: run.script, cause: `Replayed #${run.number}` });
      return { status: 302, headers: { Location: `${base}${itemPath(job)}` } };
    }
    if (post && path === 'submitDescription') {
      run.description = new URLSearchParams(await readBody(req)).get('description') || null;
      return back;
    }
    // The input step's own form actions, and Stage View's inputSubmit (form: proceed or abort).
    if (post && rest[0] === 'input' && rest.length === 3) {
      const input = waiting(run, decodeURIComponent(rest[1]));
      if (rest[2] === 'proceedEmpty' || rest[2] === 'proceed') input.settle(true, user);
      else if (rest[2] === 'abort') input.settle(false, user);
      else throw notFound();
      return back;
    }
    if (post && path === 'wfapi/inputSubmit') {
      const input = waiting(run, url.searchParams.get('inputId') ?? '');
      const form = new URLSearchParams(await readBody(req));
      input.settle(!form.has('abort'), user);
      return { status: 200, json: {} };
    }
    throw notFound();
  }

  async function handle(req: http.IncomingMessage, url: URL, base: string): Promise<Reply> {
    const user = authenticate(req);
    const segments = url.pathname.split('/').filter(Boolean);
    const now = Date.now();
    if (segments.join('/') === 'crumbIssuer/api/json') {
      return json({ _class: CLASS.crumb, crumb: crumbFor(user), crumbRequestField: 'Jenkins-Crumb' }, url);
    }
    if (segments[0] === 'queue' && segments[1] === 'item' && segments.slice(3).join('/') === 'api/json') {
      const q = queue.find((x) => x.id === Number(segments[2]));
      if (!q) throw notFound();
      return json(queueItemJson(base, q, now), url);
    }
    if (segments.join('/') === 'whoAmI/api/json') return json({ _class: 'hudson.security.WhoAmI', anonymous: false, authenticated: true, name: user }, url);

    const { item, rest } = resolveItem(segments);
    const path = rest.join('/');
    if (req.method === 'GET' && path === 'api/json') {
      return json(itemJson(base, item, !!url.searchParams.get('tree'), queue), url);
    }
    if (req.method === 'GET' && path === '') {
      return { status: 200, headers: { 'Content-Type': 'text/html;charset=UTF-8' }, body: htmlPage(200, item.name || 'Dashboard', item.description ?? '') };
    }
    if (item.kind === 'folder' && item.parent && rest.slice(0, 5).join('/') === 'credentials/store/folder/domain/_') {
      if (req.method === 'POST') checkCrumb(req, user);
      try {
        const answer = credentialRoute(item, req.method ?? 'GET', rest.slice(5));
        if (answer === 'create') {
          createCredential(item, await readBody(req));
          return { status: 200, body: '' };
        }
        if (!answer) throw notFound();
        return answer.status === 302 ? { status: 302, headers: { Location: `${base}${itemPath(item)}credentials/store/folder/domain/_/` } } : json(answer.json, url);
      } catch (err) {
        if (err instanceof StoreError) throw new HttpError(err.status, err.message);
        throw err;
      }
    }
    if (req.method === 'POST' && path === 'createItem' && item.kind === 'folder') {
      checkCrumb(req, user);
      const name = url.searchParams.get('name') ?? '';
      if (!/^[^/\\?*%<>:|"]+$/.test(name)) throw new HttpError(400, `"${name}" is not a valid item name`);
      if (item.items.has(name)) throw new HttpError(400, `A job already exists with the name "${name}"`);
      const xml = await readBody(req);
      const parsed = parse(xml);
      if (parsed.kind === 'folder') item.items.set(name, newFolder(name, item, parsed.description));
      else item.items.set(name, { kind: 'pipeline', name, description: parsed.description, parent: item, parameters: parsed.parameters, stages: parsed.stages, configXml: xml, runs: [], nextBuildNumber: 1 });
      return { status: 200, body: '' };
    }
    if (item.kind === 'pipeline' && path === 'config.xml') {
      if (req.method === 'GET') return { status: 200, headers: { 'Content-Type': 'application/xml' }, body: item.configXml || seededConfigXml(item) };
      if (req.method === 'POST') {
        checkCrumb(req, user);
        const xml = await readBody(req);
        const parsed = parse(xml);
        if (parsed.kind !== 'pipeline') throw new HttpError(400, 'Expecting class org.jenkinsci.plugins.workflow.job.WorkflowJob but got a Folder');
        Object.assign(item, { description: parsed.description, parameters: parsed.parameters, stages: parsed.stages, configXml: xml });
        return { status: 200, body: '' };
      }
    }
    if (item.kind === 'pipeline' && req.method === 'GET' && path === 'wfapi/runs') return { status: 200, json: runsJson(item.runs, Date.now()) };
    if (req.method === 'POST' && path === 'doDelete' && item.parent) {
      checkCrumb(req, user);
      item.parent.items.delete(item.name);
      return { status: 302, headers: { Location: base } };
    }
    if (item.kind === 'pipeline') {
      if (req.method === 'POST' && (path === 'build' || path === 'buildWithParameters')) {
        checkCrumb(req, user);
        const parameterized = item.parameters.length > 0;
        if (path === 'build' && parameterized) throw new HttpError(400, 'This page expects a form submission');
        if (path === 'buildWithParameters' && !parameterized) throw new HttpError(400, `${item.name} is not parameterized`);
        const given = new URLSearchParams(await readBody(req));
        for (const [k, v] of url.searchParams) if (k !== 'delay' && k !== 'token') given.set(k, v);
        const parameters = Object.fromEntries(item.parameters.map((p) => [p.name, given.get(p.name) ?? p.defaultValue]));
        const delay = url.searchParams.get('delay')?.match(/^(\d+)\s*(sec|secs|seconds)?$/);
        const q = enqueue(item, parameters, user, delay ? Number(delay[1]) * 1000 : quietPeriodMs);
        return { status: 201, headers: { Location: `${base}queue/item/${q.id}/` } };
      }
      if (rest.length >= 2) {
        const run = findRun(item, rest[0]);
        if (!run) throw notFound();
        return handleRun(req, url, base, user, item, run, rest.slice(1));
      }
    }
    throw notFound();
  }

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '127.0.0.1';
    const base = `http://${host}/`;
    const url = new URL(req.url ?? '/', base);
    opts.onRequest?.(req.method ?? 'GET', url);
    const common = { 'X-Jenkins': JENKINS_VERSION, 'X-Hudson': '1.395' };
    handle(req, url, base).then(
      (reply) => {
        if (reply.json !== undefined) {
          res.writeHead(reply.status, { ...common, 'Content-Type': 'application/json;charset=utf-8', ...reply.headers });
          res.end(JSON.stringify(reply.json));
        } else {
          res.writeHead(reply.status, { ...common, ...reply.headers });
          res.end(reply.body ?? '');
        }
      },
      (err: unknown) => {
        const e = err instanceof HttpError ? err : new HttpError(500, String(err));
        const title = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' }[e.status] ?? 'Oops!';
        res.writeHead(e.status, { ...common, 'Content-Type': 'text/html;charset=utf-8', ...e.headers });
        res.end(htmlPage(e.status, title, e.message));
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8088, opts.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    root,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const job of allJobs(root)) {
          for (const r of job.runs) {
            r.abortRequested = true;
            r.wake?.();
          }
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function* allJobs(folder: Folder): Generator<PipelineJob> {
  for (const item of folder.items.values()) {
    if (item.kind === 'folder') yield* allJobs(item);
    else yield item;
  }
}
