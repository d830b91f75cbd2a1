/**
 * A single-node Apache Kafka (KRaft: broker and controller in one JVM) from Maven Central jars,
 * listening on 127.0.0.1:9092 (clients) and 127.0.0.1:9093 (controller), data in .lab/kafka.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { assertPortFree, waitUntilServing } from './serving.ts';

const BROKERS = '127.0.0.1:9092';

const confDir = (ctx: LabContext) => join(ctx.root, 'deploy', 'local', 'kafka');
const libsDir = (ctx: LabContext) => join(ctx.cache, 'kafka', 'libs');
const stateDir = (ctx: LabContext) => join(ctx.state, 'kafka');
const dataDir = (ctx: LabContext) => join(stateDir(ctx), 'data');
/** Written after a complete download; holds the hash of the pom the jars came from. */
const stampFile = (ctx: LabContext) => join(libsDir(ctx), '.meridian-pom-sha256');

function pomHash(ctx: LabContext): string {
  return createHash('sha256').update(readFileSync(join(confDir(ctx), 'pom.xml'))).digest('hex');
}

/** Downloads the broker's jars with Maven into a fresh folder, then swaps it in whole. */
async function fetchJars(ctx: LabContext) {
  const tmp = `${libsDir(ctx)}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  ctx.log('kafka: fetching broker jars from Maven Central (mvn dependency:copy-dependencies)');
  await ctx.run('mvn', [
    '-B', '-q',
    '-f', join(confDir(ctx), 'pom.xml'),
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ], { timeoutMs: 15 * 60_000 });
  if (!readdirSync(tmp).some((f) => /^kafka_2\.13-.*\.jar$/.test(f))) throw new Error(`mvn did not put kafka_2.13 into ${tmp}`);
  rmSync(libsDir(ctx), { recursive: true, force: true });
  renameSync(tmp, libsDir(ctx));
  writeFileSync(stampFile(ctx), pomHash(ctx));
}

/** A KRaft cluster id: 16 random bytes, base64url without padding, as Kafka's Uuid prints it. */
function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // Kafka rejects ids that look like command-line flags
  }
}

function writeServerProperties(ctx: LabContext): string {
  const template = readFileSync(join(confDir(ctx), 'server.properties'), 'utf8');
  const file = join(stateDir(ctx), 'server.properties');
  writeFileSync(file, template.replaceAll('@DATA_DIR@', dataDir(ctx)));
  return file;
}

function javaArgs(ctx: LabContext, mainClass: string, heap: string, args: string[]): string[] {
  return [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${join(confDir(ctx), 'log4j.properties')}`,
    '-cp', `${libsDir(ctx)}/*`,
    mainClass,
    ...args,
  ];
}

/** First start only: KRaft needs its storage formatted with a cluster id before it can run. */
async function formatStorage(ctx: LabContext, properties: string) {
  ctx.log(`kafka: formatting ${dataDir(ctx)}`);
  await ctx.run('java', javaArgs(ctx, 'kafka.tools.StorageTool', '256m', ['format', '--ignore-formatted', '-t', newClusterId(), '-c', properties]), { timeoutMs: 120_000 });
}

/** True when the broker answers a metadata request (kafkajs admin). */
async function brokerAnswers(): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'meridian-lab-check',
    brokers: [BROKERS],
    connectionTimeout: 3000,
    requestTimeout: 5000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

export const kafka: LabComponent = {
  name: 'kafka',

  async ensureBuilt(ctx) {
    await ctx.run('java', ['-version']).catch(() => {
      throw new Error('java (17+) is missing; install the prerequisites with "sudo scripts/install-prereqs.sh"');
    });
    const warm = existsSync(stampFile(ctx)) && readFileSync(stampFile(ctx), 'utf8') === pomHash(ctx);
    if (!warm) await fetchJars(ctx);
  },

  async start(ctx) {
    mkdirSync(dataDir(ctx), { recursive: true });
    const properties = writeServerProperties(ctx);
    if (!existsSync(join(dataDir(ctx), 'meta.properties'))) await formatStorage(ctx, properties);
    for (const port of [9092, 9093]) await assertPortFree('kafka', port);
    // java in the foreground of the recorded pid: SIGTERM from `lab down` runs Kafka's controlled shutdown.
    const pid = await ctx.spawn('kafka', 'java', javaArgs(ctx, 'kafka.Kafka', '512m', [properties]), { cwd: stateDir(ctx) });
    await waitUntilServing(ctx, 'kafka', pid, brokerAnswers, 180_000);
    return kafka.endpoints(ctx);
  },

  isRunning: () => brokerAnswers(),

  endpoints: () => ({ brokers: BROKERS }),
};
