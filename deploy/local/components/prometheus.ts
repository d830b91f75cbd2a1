/**
 * Prometheus (Debian's /usr/bin/prometheus) on 127.0.0.1:9090, scraping every 5 s: the
 * simulated kubelets' cAdvisor-style endpoints (discovered from kwok, one target per node) and
 * our kube-state-metrics; every 15 s the control plane (API server, etcd, controller manager,
 * scheduler; client cert where they ask for one). Recording rules: prometheus/rules.yml.
 * Alert rules: <state>/prometheus/rules.d/*.yml, written by the monitoring subgraph, which
 * reloads Prometheus (POST /-/reload, hence --web.enable-lifecycle); alerts go to the lab's
 * Alertmanager (components/alertmanager.ts).
 * Data in <state>/prometheus/data, kept 1 day.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { APISERVER_PORT, pkiPaths } from '../lib/pki.ts';
import { assertPortsFree, httpOk } from '../lib/probe.ts';
import { KWOK_PORT } from '../kwok/config.ts';
import { ALERTMANAGER_PORT } from './alertmanager.ts';

const PORT = 9090;
const URL = `http://127.0.0.1:${PORT}`;
export const PROMETHEUS_BIN = '/usr/bin/prometheus';

/** Controller manager and scheduler: HTTPS with their own self-signed serving certs; the admin cert is authorized (delegated to the API server). */
const componentJob = (job: string, port: number, pki: ReturnType<typeof pkiPaths>) => `- job_name: ${job}
  scrape_interval: 15s
  scheme: https
  tls_config:
    insecure_skip_verify: true
    cert_file: ${JSON.stringify(pki.adminCert)}
    key_file: ${JSON.stringify(pki.adminKey)}
  static_configs:
  - targets: ['127.0.0.1:${port}']
  metric_relabel_configs:
  - source_labels: [__name__]
    regex: '.*_bucket'
    action: drop`;

/** Where the monitoring subgraph writes alert rule files (one per Meridian install). */
export const alertRulesDir = (ctx: LabContext) => join(ctx.state, 'prometheus', 'rules.d');

export function prometheusConfig(ctx: LabContext): string {
  const pki = pkiPaths(ctx);
  const rules = join(ctx.root, 'deploy', 'local', 'prometheus', 'rules.yml');
  return `global:
  scrape_interval: 5s
  scrape_timeout: 4s
  evaluation_interval: 5s
  external_labels:
    cluster: meridian-lab
rule_files:
- ${JSON.stringify(rules)}
- ${JSON.stringify(join(alertRulesDir(ctx), '*.yml'))}
alerting:
  alertmanagers:
  - static_configs:
    - targets: ['127.0.0.1:${ALERTMANAGER_PORT}']
scrape_configs:
- job_name: prometheus
  static_configs:
  - targets: ['127.0.0.1:${PORT}']
- job_name: apiserver
  # The API server's own metrics are large: scrape them less often and without histograms.
  scrape_interval: 15s
  scheme: https
  tls_config:
    ca_file: ${JSON.stringify(pki.caCert)}
    cert_file: ${JSON.stringify(pki.adminCert)}
    key_file: ${JSON.stringify(pki.adminKey)}
  static_configs:
  - targets: ['127.0.0.1:${APISERVER_PORT}']
  metric_relabel_configs:
  - source_labels: [__name__]
    regex: '.*_bucket'
    action: drop
- job_name: etcd
  scrape_interval: 15s
  static_configs:
  - targets: ['127.0.0.1:2381']
  metric_relabel_configs:
  - source_labels: [__name__]
    regex: '.*_bucket'
    action: drop
${componentJob('kube-controller-manager', 10257, pki)}
${componentJob('kube-scheduler', 10259, pki)}
- job_name: kubelet
  # kwok lists one target per simulated node: /metrics/nodes/<node>/metrics/cadvisor.
  http_sd_configs:
  - url: http://127.0.0.1:${KWOK_PORT}/discovery/prometheus
    refresh_interval: 10s
  relabel_configs:
  - source_labels: [__metrics_path__]
    regex: '/metrics/nodes/([^/]+)/metrics/cadvisor'
    target_label: node
  - source_labels: [node]
    target_label: instance
  - target_label: metrics_path
    replacement: /metrics/cadvisor
  - regex: metrics_name
    action: labeldrop
- job_name: kube-state-metrics
  honor_labels: true
  static_configs:
  - targets: ['127.0.0.1:8081']
`;
}

export const prometheus: LabComponent = {
  name: 'prometheus',
  dependsOn: ['kubernetes', 'kwok', 'kube-state-metrics', 'alertmanager'],
  async ensureBuilt() {
    /* Debian's package: apt-get install prometheus */
  },
  async start(ctx) {
    await assertPortsFree('prometheus', [PORT]);
    const dir = join(ctx.state, 'prometheus');
    mkdirSync(join(dir, 'data'), { recursive: true });
    mkdirSync(alertRulesDir(ctx), { recursive: true });
    const config = join(dir, 'prometheus.yml');
    writeFileSync(config, prometheusConfig(ctx));
    await ctx.run('promtool', ['check', 'config', config]);
    await ctx.spawn('prometheus', PROMETHEUS_BIN, [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      '--storage.tsdb.retention.time=1d',
      `--web.listen-address=127.0.0.1:${PORT}`,
      `--web.external-url=${URL}`,
      '--web.enable-lifecycle',
      '--log.level=warn',
    ]);
    await ctx.waitFor('prometheus /-/ready', () => httpOk(`${URL}/-/ready`), 60_000);
    return this.endpoints(ctx);
  },
  isRunning: () => httpOk(`${URL}/-/ready`),
  endpoints: (ctx) => ({ url: URL, rulesDir: alertRulesDir(ctx) }),
};
