/**
 * Gateway throughput, side by side on one machine in one run: stock @apollo/gateway, Hive
 * Gateway and Meridian's gateway on the same four subgraphs and supergraph (the public
 * federation benchmark's schema and query), measured in turn by the shared harness
 * (/work/shared/bench/gateway: bench.sh, load.mjs with autocannon). Prints requests/s, p50 and p99
 * per gateway (means over the rounds), the ratios to stock, whether every gateway's answer was correct, and whether
 * Meridian meets its goal (at least 4x stock's requests/s, p99 no higher than stock's p50).
 *
 *   npm run bench -- gateway-throughput
 *   GATEWAY_BENCH_CONNECTIONS=50 GATEWAY_BENCH_SECONDS=12 GATEWAY_BENCH_ROUNDS=2 npx tsx gateway/bench/gateway-throughput.ts
 *
 * The harness folder is read-only and installs its own node_modules on first use, so it is
 * copied into .run/gateway-bench (git-ignored) and installed there once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, loadOrCreateSecrets } from '@meridian/core';

const HARNESS = process.env.GATEWAY_BENCH_HARNESS ?? '/work/shared/bench/gateway';
const WORK_DIR = join(REPO_ROOT, '.run', 'gateway-bench');
const CONNECTIONS = Number(process.env.GATEWAY_BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.GATEWAY_BENCH_SECONDS ?? 12);
const ROUNDS = Number(process.env.GATEWAY_BENCH_ROUNDS ?? 2);
const GATEWAYS = ['apollo-gateway', 'hive-gateway', 'meridian'] as const;
type GatewayName = (typeof GATEWAYS)[number];

loadOrCreateSecrets(join(REPO_ROOT, '.run', 'secrets.json'));

/** A fresh copy of the harness (its scripts may change), keeping an install whose lock file is unchanged. */
function prepareHarness() {
  if (!existsSync(join(HARNESS, 'bench.sh'))) throw new Error(`no gateway benchmark harness at ${HARNESS} (set GATEWAY_BENCH_HARNESS)`);
  const lock = (dir: string) => (existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : null);
  const installed = existsSync(join(WORK_DIR, 'node_modules')) && lock(WORK_DIR) === lock(HARNESS);
  if (!installed) rmSync(WORK_DIR, { recursive: true, force: true });
  cpSync(HARNESS, WORK_DIR, { recursive: true, filter: (src) => !/\/(node_modules|[^/]*\.log|supergraph\.graphql|subgraphs\.json)$/.test(src) });
  execFileSync('chmod', ['-R', 'u+w', WORK_DIR]);
  chmodSync(join(WORK_DIR, 'bench.sh'), 0o755);
  if (!installed) {
    console.log(`installing the harness's packages in ${WORK_DIR} (first run)`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: WORK_DIR, stdio: 'inherit' });
  }
}

interface Measurement {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Runs bench.sh, echoing its lines; returns the measurements and the gateways whose answer was wrong. */
async function runHarness(): Promise<{ measurements: Measurement[]; wrong: Set<string>; exitCode: number }> {
  const child = spawn('bash', [join(WORK_DIR, 'bench.sh'), String(CONNECTIONS), String(SECONDS), String(ROUNDS)], {
    cwd: WORK_DIR,
    env: { ...process.env, MERIDIAN_DIR: REPO_ROOT, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const measurements: Measurement[] = [];
  const wrong = new Set<string>();
  for (const line of output.split('\n')) {
    const m = /^(\S+): rps=([\d.]+) p50=([\d.]+)ms p99=([\d.]+)ms non2xx=(\d+) errors=(\d+)/.exec(line);
    if (m) measurements.push({ name: m[1], rps: Number(m[2]), p50: Number(m[3]), p99: Number(m[4]), non2xx: Number(m[5]), errors: Number(m[6]) });
    const bad = /^(\S+): WRONG RESPONSE/.exec(line);
    if (bad) wrong.add(bad[1]);
  }
  return { measurements, wrong, exitCode };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

prepareHarness();
const { measurements, wrong, exitCode } = await runHarness();

const summary = new Map<GatewayName, { rps: number; p50: number; p99: number; correct: boolean; rounds: number }>();
for (const name of GATEWAYS) {
  const runs = measurements.filter((m) => m.name === name);
  const correct = runs.length === ROUNDS && !wrong.has(name) && runs.every((m) => m.non2xx === 0 && m.errors === 0);
  summary.set(name, {
    rps: runs.length ? mean(runs.map((m) => m.rps)) : 0,
    p50: runs.length ? mean(runs.map((m) => m.p50)) : NaN,
    p99: runs.length ? mean(runs.map((m) => m.p99)) : NaN,
    correct,
    rounds: runs.length,
  });
}

const stock = summary.get('apollo-gateway')!;
console.log(`\ngateway throughput: ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS} rounds, the benchmark query, one machine`);
console.log('| gateway | requests/s | p50 | p99 | vs stock | answers correct |');
console.log('|---|---|---|---|---|---|');
for (const [name, s] of summary) {
  const ratio = stock.rps > 0 ? `${(s.rps / stock.rps).toFixed(2)}x` : 'n/a';
  console.log(`| ${name} | ${s.rps.toFixed(1)} | ${s.p50.toFixed(0)} ms | ${s.p99.toFixed(0)} ms | ${ratio} | ${s.correct ? 'yes' : `NO (${s.rounds}/${ROUNDS} rounds measured)`} |`);
}
const meridian = summary.get('meridian')!;
const hive = summary.get('hive-gateway')!;
const allCorrect = [...summary.values()].every((s) => s.correct);
console.log(`Meridian/stock ${(meridian.rps / stock.rps).toFixed(2)}x, Hive/stock ${(hive.rps / stock.rps).toFixed(2)}x; correctness check passed for all three: ${allCorrect ? 'yes' : 'NO'}`);
const fast = meridian.rps >= 4 * stock.rps;
const tail = meridian.p99 <= stock.p50;
console.log(
  `goal (Meridian >= 4x stock requests/s, Meridian p99 <= stock p50): ${fast && tail && allCorrect ? 'met' : 'MISSED'}` +
    ` (${(meridian.rps / stock.rps).toFixed(2)}x; p99 ${meridian.p99.toFixed(0)} ms vs stock p50 ${stock.p50.toFixed(0)} ms)`,
);
process.exitCode = allCorrect && exitCode === 0 ? 0 : 1;
