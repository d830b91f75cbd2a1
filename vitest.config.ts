/**
 * Every test of the repo, one vitest project per workspace package (`npx vitest run`, or
 * `npx vitest run --project gateway`). Test files run in parallel across files, each file in its
 * own forked process, at most 3 at a time (the machine has 2 cores and the tests share one lab);
 * tests inside a file run one after another. Tests may run at the same time as other files' tests:
 * they use unique names for what they create in the lab.
 *
 * Only `<package>/test/**\/*.test.ts` are tests: the `*.bench.ts` files next to them are run by
 * scripts/bench.ts with node.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages: Array<{ name: string; dir: string }> = [
  { name: 'core', dir: 'packages/core' },
  { name: 'gateway', dir: 'gateway' },
  { name: 'tenancy', dir: 'subgraphs/tenancy' },
  { name: 'workloads', dir: 'subgraphs/workloads' },
  { name: 'devops', dir: 'subgraphs/devops' },
  { name: 'monitoring', dir: 'subgraphs/monitoring' },
  { name: 'logging', dir: 'subgraphs/logging' },
  { name: 'appstore', dir: 'subgraphs/appstore' },
  { name: 'web', dir: 'web' },
  { name: 'lab', dir: 'deploy/local' },
  { name: 'jenkins-standin', dir: 'deploy/local/jenkins-standin' },
];

export default defineConfig({
  // Resolve a package's extensionless "main" as Node does, .js before .mjs: graphql's main is
  // "index", and vite's default order would load its ESM build (index.mjs) while Apollo's libraries
  // require() the CommonJS one (index.js); graphql then refuses types "from another module or realm".
  resolve: {
    extensions: ['.js', '.mjs', '.mts', '.ts', '.jsx', '.tsx', '.json'],
    // The console's `@/` import alias (web/tsconfig.json paths), for web tests importing its modules.
    alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./web/src/', import.meta.url)) }],
  },
  test: {
    pool: 'forks',
    maxWorkers: 3,
    // The tests drive a real lab (Kubernetes API server, Postgres, Kafka, ...) and a browser:
    // generous limits, as with node's runner before (--test-timeout=300000).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    projects: packages.map(({ name, dir }) => ({
      extends: true,
      test: {
        name,
        include: [`${dir}/test/**/*.test.ts`],
      },
    })),
  },
});
