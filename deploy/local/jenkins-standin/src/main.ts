/**
 * Runs the Jenkins stand-in as a process (the lab's `jenkins` component starts it):
 * `tsx deploy/local/jenkins-standin/src/main.ts [--port 8088] [--seed file.json]`, with the API
 * user and token from JENKINS_STANDIN_USER / JENKINS_STANDIN_TOKEN.
 */
import { readFileSync } from 'node:fs';
import { startJenkinsStandin } from './server.ts';
import type { Seed } from './seed.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const seedFile = arg('seed');
const seed = seedFile ? (JSON.parse(readFileSync(seedFile, 'utf8')) as Seed) : undefined;
const user = process.env.JENKINS_STANDIN_USER ?? 'admin';
const token = process.env.JENKINS_STANDIN_TOKEN ?? 'admin-token';
const running = await startJenkinsStandin({ port: Number(arg('port') ?? 8088), users: { [user]: token }, seed });
console.log(`jenkins stand-in listening on ${running.url} (user ${user})`);

const shutdown = () => void running.stop().then(() => process.exit(0));
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
