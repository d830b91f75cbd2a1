/**
 * Subscriptions at scale (issue #7): 5,000 concurrent podStatusChanged subscribers over 50
 * projects on one gateway (its own process), 100 pod changes per second in the lab's real API
 * server (label patches of pods on the kwok nodes), against the real tenancy and workloads
 * subgraphs. Prints the delivery latency (p50, p99, max) from the PATCH sent to the API server
 * to the event at the client (the patch sets a timestamp label the event carries), the share of
 * the expected deliveries that arrived, the gateway's RSS, and the upstream sockets and
 * subscriptions (gateway gauges, and listeners at the subgraph's pod cache). Bounded: a fixed
 * number of changes, a hard deadline; it stops by itself. Needs `npm run lab:up`.
 *
 *   npx tsx gateway/bench/subscriptions-scale.ts
 *   SUBSCRIBERS=5000 PROJECTS=50 USERS=5 PER_SOCKET=1 RATE=100 SECONDS=30 npx tsx gateway/bench/subscriptions-scale.ts
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createPrisma, hashPassword } from '@meridian/core/db';
import { createTestDatabase } from '@meridian/core/db/testing';
import { Kinds, apiPath, type KubeConfig } from '@meridian/core/kube/index';
import { createNamespace, createPod, deleteNamespace, labKubeConfig, labKubeconfigPath, uniqueName, waitFor } from '@meridian/core/kube/testing';
import { start as startTenancy } from '../../subgraphs/tenancy/src/index.ts';
import { start as startWorkloads } from '../../subgraphs/workloads/src/index.ts';
import { gql } from '../test/helpers.ts';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 5_000);
const PROJECTS = Number(process.env.PROJECTS ?? 50);
const USERS = Number(process.env.USERS ?? 5);
const PER_SOCKET = Number(process.env.PER_SOCKET ?? 1);
const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 30);
const PODS_PER_PROJECT = 2;
const DEADLINE_MS = 300_000;
const NOWHERE = 'http://127.0.0.1:9/graphql';

// The console's live pod list (PodRow_pod) plus labels, which carry the benchmark's stamp.
const SUBSCRIPTION = `subscription PodStatusChanged($project: String!) {
  podStatusChanged(project: $project) {
    type
    pod { name namespace phase podIP nodeName createdAt containers { name ready restartCount } labels { key value } }
  }
}`;

const deadline = setTimeout(() => {
  console.error(`!!! subscriptions-scale: not done after ${DEADLINE_MS / 1000} s, giving up`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

const nowUs = () => Math.round((performance.timeOrigin + performance.now()) * 1000);
const pct = (xs: Float64Array, p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
/** CPU seconds (user + system) a process has used, from /proc. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
};
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Label patches over kept-alive TLS connections (the core transport opens one per request: a
 * handshake per change would make the driver, not the path under test, the slow part). Each
 * patch stamps the time it is sent, in microseconds since the epoch.
 */
async function labelPatcher(kc: KubeConfig) {
  const options: https.RequestOptions = { headers: {} };
  await kc.applyToHTTPSOptions(options);
  const agent = new https.Agent({ keepAlive: true, maxSockets: 16, ca: options.ca, cert: options.cert, key: options.key });
  const server = kc.getCurrentCluster()!.server.replace(/\/$/, '');
  return {
    patch: (namespace: string, name: string, seq: number, sentUs = nowUs()) =>
      new Promise<void>((resolve, reject) => {
        const req = https.request(`${server}${apiPath(Kinds.Pod, { namespace, name })}`, {
          ...options,
          agent,
          method: 'PATCH',
          headers: { ...(options.headers as Record<string, string>), 'content-type': 'application/merge-patch+json', accept: 'application/json' },
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`PATCH ${res.statusCode}`))));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ metadata: { labels: { 'bench-seq': String(seq), 'bench-t': String(sentUs) } } }));
      }),
    close: () => agent.destroy(),
  };
}

const kubeconfig = labKubeconfigPath();
const kc = labKubeConfig(kubeconfig);
const db = await createTestDatabase('subs_scale_bench');
const prisma = createPrisma(db.url);
const [tenancy, workloads] = await Promise.all([startTenancy({ port: 0, databaseUrl: db.url, kubeconfig }), startWorkloads({ port: 0, kubeconfig })]);

// Subscriptions as the subgraph holds them: each is one listener on its pod watch cache.
let atSubgraph = 0;
const pods = workloads.kube.pods;
const onChange = pods.onChange.bind(pods);
pods.onChange = (listener) => {
  atSubgraph++;
  const off = onChange(listener);
  return () => {
    atSubgraph--;
    return off();
  };
};

// When the subgraph's watch cache saw each change (by bench-seq): splits the latency into the
// lab's part (API server, watch) and the part after the subgraph (subgraph -> gateway -> client).
const cacheSeenUs = new Float64Array(1_000_000);
onChange((event) => {
  const seq = Number(event.object.metadata?.labels?.['bench-seq'] ?? -1);
  if (seq >= 0 && seq < cacheSeenUs.length && !cacheSeenUs[seq]) cacheSeenUs[seq] = nowUs();
});

const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/bench/subscriptions-scale-gateway.ts'], {
  env: {
    ...process.env,
    LOG_LEVEL: 'warn',
    BENCH_SUBGRAPH_URLS: JSON.stringify({ tenancy: tenancy.url, workloads: workloads.url, monitoring: NOWHERE, logging: NOWHERE, devops: NOWHERE, appstore: NOWHERE }),
  },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const gateway = await new Promise<{ url: string; wsUrl: string }>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the gateway process exited (${code})`)));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.includes('"benchGateway"')) resolve(JSON.parse(line).benchGateway);
    else if (!line.includes('"level":30')) console.log(`[gateway] ${line}`);
  });
});
const gatewayGauges = async () => {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  const read = (name: string) => Number(new RegExp(`^${name}\\{[^}]*subgraph="workloads"[^}]*\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { clients: read('meridian_gateway_subscriptions_active'), sockets: read('meridian_gateway_upstream_sockets'), subscriptions: read('meridian_gateway_upstream_subscriptions') };
};

const projects = Array.from({ length: PROJECTS }, () => uniqueName('subs-scale'));
const clients: Client[] = [];
try {
  const rssIdle = rssMiB(child.pid!);
  // Users: platform admins (they see every project), each its own authorization scope.
  const password = `Pw-${randomBytes(6).toString('hex')}1`;
  const passwordHash = await hashPassword(password);
  const tokens: string[] = [];
  for (let u = 0; u < USERS; u++) {
    const username = `scale-${u}`;
    await prisma.user.create({ data: { username, email: `${username}@example.test`, displayName: username, passwordHash, platformRole: 'platform-admin' } });
    const res = await gql(gateway.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
    tokens.push(res.body.data?.login?.token);
  }
  // The lab: PROJECTS namespaces with PODS_PER_PROJECT pods each, scheduled on the kwok nodes.
  for (let i = 0; i < projects.length; i += 10) await Promise.all(projects.slice(i, i + 10).map((p) => createNamespace(kc, p)));
  const podNames = projects.flatMap((p) => Array.from({ length: PODS_PER_PROJECT }, (_, k) => ({ namespace: p, name: `pod-${k}` })));
  for (let i = 0; i < podNames.length; i += 20) await Promise.all(podNames.slice(i, i + 20).map((p) => createPod(kc, p.namespace, p.name)));
  await waitFor('the pods in the subgraph cache', () => podNames.every((p) => workloads.kube.pods.get(p.namespace, p.name)), 60_000, 200);

  // Subscribers: subscriber i watches project i % PROJECTS; a socket's user is the next one each
  // round over the projects (every project gets subscribers of every user), PER_SOCKET per socket.
  const perProject = new Int32Array(PROJECTS);
  const latencies = new Float64Array(Math.ceil(RATE * SECONDS) * Math.ceil(SUBSCRIBERS / PROJECTS) + 1_000);
  const afterSubgraph = new Float64Array(latencies.length);
  let afterSubgraphCount = 0;
  let delivered = 0;
  let lateOrDuplicate = 0;
  let errors = 0;
  let reconnects = 0;
  const started = performance.now();
  for (let s = 0; s * PER_SOCKET < SUBSCRIBERS; s++) {
    const first = s * PER_SOCKET;
    const client = createClient({
      url: gateway.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens[Math.floor(first / PROJECTS) % USERS]}` },
      lazy: false,
      // As the console does: a socket the loaded gateway closed (init timeout) opens again.
      retryAttempts: 10,
      retryWait: () => new Promise((r) => setTimeout(r, 500 + Math.random() * 1_000)),
      onNonLazyError: () => errors++,
      on: { closed: () => void reconnects++ },
    });
    clients.push(client);
    for (let i = first; i < Math.min(SUBSCRIBERS, first + PER_SOCKET); i++) {
      const project = i % PROJECTS;
      perProject[project]++;
      const lastSeq = new Map<string, number>();
      client.subscribe<{ podStatusChanged: { pod: { name: string; labels: { key: string; value: string }[] } } }>(
        { query: SUBSCRIPTION, variables: { project: projects[project] } },
        {
          next: (result) => {
            const pod = result.data?.podStatusChanged?.pod;
            if (!pod) return void errors++;
            let seq = -1;
            let t = 0;
            for (const l of pod.labels) {
              if (l.key === 'bench-seq') seq = Number(l.value);
              else if (l.key === 'bench-t') t = Number(l.value);
            }
            if (seq < 0) return; // not one of ours (kwok's status updates before the run)
            if (seq <= (lastSeq.get(pod.name) ?? -1)) return void lateOrDuplicate++;
            lastSeq.set(pod.name, seq);
            const now = nowUs();
            if (delivered < latencies.length) latencies[delivered] = (now - t) / 1000;
            if (cacheSeenUs[seq] && afterSubgraphCount < afterSubgraph.length) afterSubgraph[afterSubgraphCount++] = (now - cacheSeenUs[seq]) / 1000;
            delivered++;
          },
          error: () => errors++,
          complete: () => undefined,
        },
      );
    }
    if (s % 100 === 99) await new Promise((r) => setTimeout(r, 100)); // open sockets at about 1,000/s
  }
  await waitFor('every subscription routed by the gateway', async () => (await gatewayGauges()).clients === SUBSCRIBERS, 120_000, 500).catch(async (err) => {
    throw new Error(`${(err as Error).message}: ${JSON.stringify(await gatewayGauges())}, ${errors} errors, ${reconnects} socket closes`);
  });
  await waitFor('every upstream subscription at the subgraph', async () => atSubgraph === (await gatewayGauges()).subscriptions, 30_000, 200);
  const subscribeMs = performance.now() - started;
  const routed = await gatewayGauges();
  const rssSubscribed = rssMiB(child.pid!);
  console.log(
    `${SUBSCRIBERS} subscribers (${clients.length} sockets, ${USERS} users, ${PROJECTS} projects) subscribed in ${(subscribeMs / 1000).toFixed(1)} s; ` +
      `upstream: ${routed.sockets} sockets, ${routed.subscriptions} subscriptions at the gateway, ${atSubgraph} at the subgraph ` +
      `(goal: one socket per scope = ${USERS}, one subscription per project and scope = ${PROJECTS * USERS})`,
  );

  // The drive: RATE label patches per second, round robin over the pods, for SECONDS.
  const total = Math.round(RATE * SECONDS);
  let sent = 0;
  let inFlight = 0;
  let patchFailures = 0;
  const patchSentUs = new Float64Array(total);
  let expected = 0;
  let rssPeak = rssSubscribed;
  const patcher = await labelPatcher(kc);
  const driveStart = performance.now();
  const [gatewayCpuStart, benchCpuStart] = [cpuSeconds(child.pid!), cpuSeconds(process.pid)];
  const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(child.pid!))), 500);
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - driveStart) / 1000) * RATE) + 1);
    while (sent < due && inFlight < 100) {
      const seq = sent++;
      const pod = podNames[seq % podNames.length];
      expected += perProject[projects.indexOf(pod.namespace)];
      inFlight++;
      patchSentUs[seq] = nowUs();
      patcher
        .patch(pod.namespace, pod.name, seq, patchSentUs[seq])
        .catch(() => patchFailures++)
        .finally(() => inFlight--);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const driveSeconds = (performance.now() - driveStart) / 1000;
  const gatewayCpu = (cpuSeconds(child.pid!) - gatewayCpuStart) / driveSeconds;
  const benchCpu = (cpuSeconds(process.pid) - benchCpuStart) / driveSeconds;
  await waitFor('the last deliveries', () => inFlight === 0 && delivered >= expected - patchFailures * Math.ceil(SUBSCRIBERS / PROJECTS), 15_000, 100).catch(() => undefined);
  clearInterval(rssTimer);
  patcher.close();
  const rssEnd = rssMiB(child.pid!);
  const during = await gatewayGauges();

  const measured = latencies.subarray(0, Math.min(delivered, latencies.length)).sort();
  const sinceCache = afterSubgraph.subarray(0, afterSubgraphCount).sort();
  const labPart: number[] = [];
  for (let seq = 0; seq < total; seq++) if (cacheSeenUs[seq] && patchSentUs[seq]) labPart.push((cacheSeenUs[seq] - patchSentUs[seq]) / 1000);
  const lab = Float64Array.from(labPart).sort();
  console.log(`${total} pod changes in ${driveSeconds.toFixed(1)} s (${(total / driveSeconds).toFixed(0)}/s, ${patchFailures} PATCH failures) -> ${delivered} of ${expected} expected deliveries (${((100 * delivered) / Math.max(1, expected)).toFixed(2)} %), ${lateOrDuplicate} out of order, ${errors} errors, ${reconnects} client socket closes`);
  console.log(`delivery latency, PATCH sent -> event at the client: p50 ${pct(measured, 50).toFixed(1)} ms, p99 ${pct(measured, 99).toFixed(1)} ms, max ${measured[measured.length - 1]?.toFixed(1)} ms`);
  console.log(`  of which PATCH sent -> subgraph's watch cache (API server, etcd, watch): p50 ${pct(lab, 50).toFixed(1)} ms, p99 ${pct(lab, 99).toFixed(1)} ms`);
  console.log(`  and subgraph's watch cache -> event at the client (subgraph, gateway, socket): p50 ${pct(sinceCache, 50).toFixed(1)} ms, p99 ${pct(sinceCache, 99).toFixed(1)} ms`);
  console.log(`gateway RSS: ${rssIdle.toFixed(0)} MiB idle, ${rssSubscribed.toFixed(0)} MiB with ${SUBSCRIBERS} subscribers, peak ${rssPeak.toFixed(0)} MiB while delivering, ${rssEnd.toFixed(0)} MiB after`);
  console.log(`CPU while driving (cores): gateway ${gatewayCpu.toFixed(2)}, this process (clients, tenancy, workloads, driver) ${benchCpu.toFixed(2)}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  console.log(`upstream after the run: ${during.sockets} sockets, ${during.subscriptions} subscriptions at the gateway, ${atSubgraph} at the subgraph`);
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.stdin!.end();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  await Promise.all(projects.map((p) => deleteNamespace(kc, p).catch(() => undefined)));
  await Promise.allSettled([tenancy.stop(), workloads.stop()]);
  await prisma.$disconnect();
  await db.drop();
}
