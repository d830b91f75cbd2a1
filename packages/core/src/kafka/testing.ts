import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { LAB_CACHE, LAB_DIR, REPO_ROOT } from '../config.ts';

/** The lab's Kafka brokers (.lab/endpoints.json); fails loudly when the lab's Kafka is not up. */
export function labKafkaBrokers(): string[] {
  const file = join(LAB_DIR, 'endpoints.json');
  const brokers = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { kafka?: { brokers?: string } }).kafka?.brokers : undefined;
  if (!brokers) throw new Error('the lab Kafka is not running; start it with "npx tsx deploy/local/lab.ts up --only kafka"');
  return brokers.split(',');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/**
 * A Kafka broker of a test's own (one KRaft node from the lab's cached jars, on free ports, data
 * in a temporary folder), so that a test can stop and start Kafka without disturbing anyone
 * else's use of the lab's. `stop()` ends the JVM (SIGTERM: a clean shutdown), `start()` brings
 * it back on the same ports and data; `remove()` stops it and deletes its data.
 */
export interface ScratchKafka {
  brokers: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  remove(): Promise<void>;
}

export async function scratchKafka(): Promise<ScratchKafka> {
  const libs = join(LAB_CACHE, 'kafka', 'libs');
  if (!existsSync(libs)) throw new Error(`no cached Kafka jars in ${libs}; run "npx tsx deploy/local/lab.ts up --only kafka" once`);
  const dir = mkdtempSync(join(tmpdir(), 'meridian-kafka-'));
  const [port, controller] = [await freePort(), await freePort()];
  const broker = `127.0.0.1:${port}`;
  const template = readFileSync(join(REPO_ROOT, 'deploy', 'local', 'kafka', 'server.properties'), 'utf8');
  const properties = join(dir, 'server.properties');
  writeFileSync(
    properties,
    template
      .replaceAll('@DATA_DIR@', join(dir, 'data'))
      .replaceAll('127.0.0.1:9093', `127.0.0.1:${controller}`)
      .replaceAll('127.0.0.1:9092', broker),
  );
  mkdirSync(join(dir, 'data'));
  const java = (mainClass: string, args: string[]) =>
    spawn('java', ['-Xmx384m', '-XX:+UseSerialGC', `-Dlog4j.configuration=file:${join(REPO_ROOT, 'deploy', 'local', 'kafka', 'log4j.properties')}`, '-cp', `${libs}/*`, mainClass, ...args], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  await new Promise<void>((resolve, reject) => {
    const fmt = java('kafka.tools.StorageTool', ['format', '-t', randomBytes(16).toString('base64url').replace(/^-/, 'A'), '-c', properties]);
    fmt.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kafka storage format exited ${code}`))));
  });

  let proc: ChildProcess | undefined;
  const answers = async () => {
    const admin = new Kafka({ brokers: [broker], clientId: 'scratch-check', connectionTimeout: 1000, retry: { retries: 0 }, logLevel: logLevel.NOTHING }).admin();
    try {
      await admin.connect();
      const c = await admin.describeCluster();
      return c.brokers.length > 0 && c.controller !== null;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  };
  const self: ScratchKafka = {
    brokers: [broker],
    async start() {
      if (proc) return;
      const p = java('kafka.Kafka', [properties]);
      proc = p;
      let stderr = '';
      p.stderr?.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-4000)));
      const until = Date.now() + 120_000;
      while (!(await answers())) {
        if (p.exitCode !== null) throw new Error(`scratch Kafka exited ${p.exitCode}: ${stderr}`);
        if (Date.now() > until) throw new Error('scratch Kafka did not answer within 120 s');
        await new Promise((r) => setTimeout(r, 300));
      }
    },
    async stop() {
      const p = proc;
      proc = undefined;
      if (!p || p.exitCode !== null) return;
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      const timer = setTimeout(() => p.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
    async remove() {
      await self.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}
