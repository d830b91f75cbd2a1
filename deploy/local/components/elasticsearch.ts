/**
 * A real single-node Elasticsearch 8.17 from Maven Central jars, on 127.0.0.1:9200 (HTTP) and
 * 9300 (transport), 512 MB heap, security absent (x-pack is not published), data in
 * .lab/elasticsearch. What the unpublished distribution pieces do is done by our own small Java
 * sources in deploy/local/elasticsearch/ (see its README section in deploy/local/README.md):
 * the launcher's ServerArgs, the ANSI console loader, the rest-root module (GET and HEAD /),
 * and transport-netty4's plugin descriptor and security policy.
 *
 * The server refuses to run as root, so it runs as uid/gid 65534 (nobody) via setpriv. That uid
 * cannot enter /root, where the build cache usually is, so the node's home in .lab is a tree of
 * hard links to the cached home (a copy when they are on different file systems).
 */
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { assertPortFree, waitUntilServing } from './serving.ts';

const HTTP_PORT = 9200;
const TRANSPORT_PORT = 9300;
const URL_ = `http://127.0.0.1:${HTTP_PORT}`;
const VERSION = '8.17.0';
const JAVA_RELEASE = '17';
/** The server refuses root; nobody:nogroup owns its state. */
const UID = 65534;
const SERVER_ARGS_CLASS = 'io.meridian.lab.elasticsearch.WriteServerArgs';

const srcDir = (ctx: LabContext) => join(ctx.root, 'deploy', 'local', 'elasticsearch');
const stateDir = (ctx: LabContext) => join(ctx.state, 'elasticsearch');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]);
}

/** Hash of everything the home is made from: the pom, our Java sources, module files, this layout code. */
function sourceHash(ctx: LabContext): string {
  const h = createHash('sha256');
  for (const f of [...filesUnder(srcDir(ctx)).sort(), fileURLToPath(import.meta.url)]) h.update(relative(ctx.root, f)).update('\0').update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** The laid-out home in the build cache, one per source hash (a fresh clone reuses it). */
const cachedHome = (ctx: LabContext, hash: string) => join(ctx.cache, 'elasticsearch', hash, 'home');
const completeStamp = (home: string) => join(home, '.meridian-complete');

function fillTemplate(file: string, values: Record<string, string>): string {
  let text = readFileSync(file, 'utf8');
  for (const [k, v] of Object.entries(values)) text = text.replaceAll(`@${k}@`, v);
  return text;
}

/** javac a source tree against the server jars, then jar the classes. */
async function compileJar(ctx: LabContext, sources: string, libDir: string, workDir: string, jarFile: string) {
  const classes = join(workDir, 'classes', relative(join(srcDir(ctx), 'java'), sources));
  mkdirSync(classes, { recursive: true });
  const files = filesUnder(sources).filter((f) => f.endsWith('.java'));
  await ctx.run('javac', ['--release', JAVA_RELEASE, '-nowarn', '-cp', `${libDir}/*`, '-d', classes, ...files], { timeoutMs: 5 * 60_000 });
  await ctx.run('jar', ['cf', jarFile, '-C', classes, '.']);
}

/**
 * Fetches the jars (mvn dependency:copy-dependencies), compiles our Java pieces and lays out the
 * home as the distribution does: lib/ (the server on the module path), lib/tools/ansi-console/,
 * modules/transport-netty4/ and modules/rest-root/ (jars + descriptor), plugins/ and bin/ (empty;
 * the security setup wants them to exist), plus
 * meridian-tools/ (our ServerArgs writer, off the module path). Built in a scratch folder and
 * renamed into place whole, so a half-built home is never used.
 */
async function buildHome(ctx: LabContext, hash: string) {
  const home = cachedHome(ctx, hash);
  const work = `${join(ctx.cache, 'elasticsearch', hash)}.partial`;
  rmSync(work, { recursive: true, force: true });
  const jars = join(work, 'jars');
  ctx.log(`elasticsearch: fetching ${VERSION} jars from Maven Central (mvn dependency:copy-dependencies)`);
  await ctx.run('mvn', ['-B', '-q', '-f', join(srcDir(ctx), 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${jars}`, '-DincludeScope=runtime'], { timeoutMs: 15 * 60_000 });
  const all = readdirSync(jars).filter((f) => f.endsWith('.jar'));
  if (!all.includes(`elasticsearch-${VERSION}.jar`)) throw new Error(`mvn did not put elasticsearch-${VERSION}.jar into ${jars}`);

  const h = join(work, 'home');
  const netty = join(h, 'modules', 'transport-netty4');
  const restRoot = join(h, 'modules', 'rest-root');
  const ansi = join(h, 'lib', 'tools', 'ansi-console');
  const tools = join(h, 'meridian-tools');
  for (const d of [netty, restRoot, ansi, tools, join(h, 'plugins'), join(h, 'bin')]) mkdirSync(d, { recursive: true });
  // transport-netty4 and netty are the module's; everything else is the server's (elasticsearch-core
  // only in lib/: the same jar in both places is "jar hell").
  for (const f of all) copyFileSync(join(jars, f), join(/^(transport-netty4|netty-)/.test(f) ? netty : join(h, 'lib'), f));

  const lib = join(h, 'lib');
  ctx.log('elasticsearch: compiling the ServerArgs writer, the ANSI console stub and the rest-root plugin (javac)');
  await compileJar(ctx, join(srcDir(ctx), 'java', 'server-args'), lib, work, join(tools, 'server-args.jar'));
  await compileJar(ctx, join(srcDir(ctx), 'java', 'ansi-console'), lib, work, join(ansi, 'ansi-console.jar'));
  await compileJar(ctx, join(srcDir(ctx), 'java', 'rest-root'), lib, work, join(restRoot, 'rest-root.jar'));

  const values = { VERSION, JAVA: JAVA_RELEASE };
  for (const mod of ['transport-netty4', 'rest-root']) {
    for (const f of readdirSync(join(srcDir(ctx), 'modules', mod))) {
      writeFileSync(join(h, 'modules', mod, f), fillTemplate(join(srcDir(ctx), 'modules', mod, f), values));
    }
  }
  writeFileSync(completeStamp(h), `${VERSION} ${hash}\n`);
  rmSync(join(ctx.cache, 'elasticsearch', hash), { recursive: true, force: true });
  mkdirSync(join(ctx.cache, 'elasticsearch', hash), { recursive: true });
  renameSync(h, home);
  rmSync(work, { recursive: true, force: true });
}

/**
 * The node's home under .lab: hard links to the cached home (uid 65534 cannot enter /root),
 * replaced when the source hash changes.
 */
async function linkHome(ctx: LabContext, hash: string): Promise<string> {
  const home = join(stateDir(ctx), 'home');
  if (existsSync(completeStamp(home)) && readFileSync(completeStamp(home), 'utf8').includes(hash)) return home;
  rmSync(home, { recursive: true, force: true });
  mkdirSync(stateDir(ctx), { recursive: true });
  await ctx.run('cp', ['-al', cachedHome(ctx, hash), home]).catch(() => ctx.run('cp', ['-a', cachedHome(ctx, hash), home]));
  return home;
}

function chownTree(path: string) {
  chownSync(path, UID, UID);
  if (statSync(path).isDirectory()) for (const e of readdirSync(path)) chownTree(join(path, e));
}

/** Config, data, logs and tmp of this node, owned by the unprivileged uid. */
function prepareState(ctx: LabContext) {
  const s = stateDir(ctx);
  const dirs = { config: join(s, 'config'), data: join(s, 'data'), logs: join(s, 'logs'), tmp: join(s, 'tmp') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  writeFileSync(join(dirs.config, 'elasticsearch.yml'), fillTemplate(join(srcDir(ctx), 'config', 'elasticsearch.yml'), { DATA: dirs.data, LOGS: dirs.logs }));
  copyFileSync(join(srcDir(ctx), 'config', 'log4j2.properties'), join(dirs.config, 'log4j2.properties'));
  chownSync(s, UID, UID);
  for (const d of Object.values(dirs)) chownTree(d);
  return dirs;
}

const asNobody = ['--reuid', String(UID), '--regid', String(UID), '--clear-groups', '--'];

/** JVM flags the distribution's launcher would pass (its jvm.options and system options). */
function serverCommand(home: string, dirs: { config: string; logs: string; tmp: string }): string[] {
  return [
    'java',
    '-Xms512m', '-Xmx512m',
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    `-XX:ErrorFile=${dirs.logs}/hs_err_pid%p.log`,
    '-Xss1m',
    `-Djava.io.tmpdir=${dirs.tmp}`,
    '-Djava.security.manager=allow',
    '-Djava.locale.providers=SPI,COMPAT',
    '-Djava.awt.headless=true',
    '-Dfile.encoding=UTF-8',
    '-Djna.nosys=true',
    '-XX:-OmitStackTraceInFastThrow',
    '-Des.networkaddress.cache.ttl=60',
    '-Des.networkaddress.cache.negative.ttl=10',
    '-Dio.netty.noUnsafe=true',
    '-Dio.netty.noKeySetOptimization=true',
    '-Dio.netty.recycler.maxCapacityPerThread=0',
    '-Dlog4j.shutdownHookEnabled=false',
    '-Dlog4j2.disable.jmx=true',
    '-Dlog4j2.formatMsgNoLookups=true',
    `-Des.path.home=${home}`,
    `-Des.path.conf=${dirs.config}`,
    '-Des.distribution.type=tar',
    '--module-path', join(home, 'lib'),
    '--add-modules=jdk.net',
    '--add-modules=ALL-MODULE-PATH',
    '-m', 'org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch',
  ];
}

/** True when the node answers GET / as Elasticsearch (the header the Node client checks). */
async function nodeAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`${URL_}/`, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.ok && res.headers.get('x-elastic-product') === 'Elasticsearch';
  } catch {
    return false;
  }
}

async function clusterUsable(): Promise<boolean> {
  const res = await fetch(`${URL_}/_cluster/health?wait_for_status=yellow&timeout=2s`, { signal: AbortSignal.timeout(5000) });
  const body = (await res.json()) as { status?: string };
  return res.ok && (body.status === 'green' || body.status === 'yellow');
}

export const elasticsearch: LabComponent = {
  name: 'elasticsearch',

  async ensureBuilt(ctx) {
    for (const tool of ['java', 'javac']) {
      await ctx.run(tool, ['-version']).catch(() => {
        throw new Error(`${tool} (JDK 17) is missing; install the prerequisites with "sudo scripts/install-prereqs.sh"`);
      });
    }
    const hash = sourceHash(ctx);
    if (!existsSync(completeStamp(cachedHome(ctx, hash)))) await buildHome(ctx, hash);
  },

  async start(ctx) {
    for (const port of [HTTP_PORT, TRANSPORT_PORT]) await assertPortFree('elasticsearch', port);
    const home = await linkHome(ctx, sourceHash(ctx));
    const dirs = prepareState(ctx);
    // LIBFFI_TMPDIR: the launcher sets it to the temp folder; the server refuses to boot without it.
    const env = { HOME: dirs.tmp, ES_HOME: home, ES_PATH_CONF: dirs.config, LIBFFI_TMPDIR: dirs.tmp };
    // The launcher's job: settings, keystore (created on first start, kept) and ServerArgs.
    const argsFile = join(dirs.tmp, 'server-args.bin');
    await ctx.run('setpriv', [...asNobody, 'java', '-cp', `${join(home, 'meridian-tools', 'server-args.jar')}:${join(home, 'lib')}/*`, SERVER_ARGS_CLASS, home, dirs.config, argsFile], { env, cwd: dirs.tmp, timeoutMs: 60_000 });
    // sh only redirects stdin and execs: the recorded pid is the JVM's, whose SIGTERM runs the
    // server's shutdown hook (`lab down`).
    const pid = await ctx.spawn('elasticsearch', 'sh', ['-c', 'args=$1; shift; exec setpriv "$@" < "$args"', 'sh', argsFile, ...asNobody, ...serverCommand(home, dirs)], { env, cwd: stateDir(ctx) });
    await waitUntilServing(ctx, 'elasticsearch', pid, nodeAnswers, 120_000);
    await ctx.waitFor('elasticsearch cluster health yellow or green', clusterUsable, 60_000);
    return elasticsearch.endpoints(ctx);
  },

  isRunning: () => nodeAnswers(),

  endpoints: (ctx) => ({
    url: URL_,
    transport: `127.0.0.1:${TRANSPORT_PORT}`,
    version: VERSION,
    logFile: join(stateDir(ctx), 'logs', 'meridian-lab.log'),
  }),
};
