/**
 * Alertmanager (Debian's prometheus-alertmanager) on 127.0.0.1:9095 (Kafka's controller holds
 * Alertmanager's usual 9093), single instance (no cluster gossip). The lab writes a base
 * configuration once (every alert to a receiver that sends nothing); the monitoring subgraph
 * then owns <state>/alertmanager/alertmanager.yml: it adds a route per alert rule and its own
 * webhook receiver, and asks Alertmanager to reload (POST /-/reload). The lab's Prometheus sends
 * its alerts here (components/prometheus.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { requireDebianFiles } from './debian.ts';
import { assertPortsFree, httpOk } from '../lib/probe.ts';

export const ALERTMANAGER_PORT = 9095;
const URL_ = `http://127.0.0.1:${ALERTMANAGER_PORT}`;
const BIN = '/usr/bin/prometheus-alertmanager';

export const BASE_ALERTMANAGER_CONFIG = `# Base configuration written by the lab; the monitoring subgraph adds its routes and receivers.
route:
  receiver: discard
  group_by: ['...']
receivers:
- name: discard
`;

const configFile = (ctx: LabContext) => join(ctx.state, 'alertmanager', 'alertmanager.yml');

export const alertmanager: LabComponent = {
  name: 'alertmanager',
  async ensureBuilt() {
    requireDebianFiles('prometheus-alertmanager', [BIN]);
  },
  async start(ctx) {
    await assertPortsFree('alertmanager', [ALERTMANAGER_PORT]);
    const dir = join(ctx.state, 'alertmanager');
    mkdirSync(join(dir, 'data'), { recursive: true });
    // Kept across restarts: it holds the monitoring subgraph's routes.
    if (!existsSync(configFile(ctx))) writeFileSync(configFile(ctx), BASE_ALERTMANAGER_CONFIG);
    await ctx.spawn('alertmanager', BIN, [
      `--config.file=${configFile(ctx)}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${ALERTMANAGER_PORT}`,
      `--web.external-url=${URL_}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ]);
    await ctx.waitFor('alertmanager /-/ready', () => httpOk(`${URL_}/-/ready`), 30_000);
    return this.endpoints(ctx);
  },
  isRunning: () => httpOk(`${URL_}/-/ready`),
  endpoints: (ctx) => ({ url: URL_, configFile: configFile(ctx) }),
};
