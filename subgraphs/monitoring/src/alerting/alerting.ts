/**
 * The alerting part of the monitoring subgraph, built once by start(): the database, the clients
 * for Prometheus and Alertmanager, this install's identity, the rule sync (serialized: one write
 * of the rule file and routes at a time), the alert state poller and the notifier that the
 * Alertmanager webhook feeds.
 */
import type { Logger } from '@meridian/core';
import type { PrismaClient } from '@meridian/core/db';
import type { PrometheusClient } from '../sources/prometheus.ts';
import { AlertmanagerClient } from './alertmanager-client.ts';
import { AlertStates } from './alert-states.ts';
import { loadInstall, type AlertingInstall } from './install.ts';
import { removeRules, syncRules, type RuleSyncTarget } from './rule-sync.ts';
import { defaultDelivery, type DeliveryOptions } from '../notification/deliveries.ts';

export interface AlertingOptions {
  prisma: PrismaClient;
  prometheus: PrometheusClient;
  alertmanagerUrl: string;
  /** Prometheus' rule folder (it loads <rulesDir>/*.yml). */
  rulesDir: string;
  alertmanagerConfigFile: string;
  log: Logger;
  /** How often alert states are read (default 2 s). */
  pollMs?: number;
  delivery?: Partial<DeliveryOptions>;
  /** Take this install's rules and routes away on stop (tests). */
  removeOnStop?: boolean;
  /** Where Alertmanager reaches the webhook; default http://127.0.0.1:<port>/internal/alertmanager. */
  webhookUrl?: string;
}

export interface Alerting {
  prisma: PrismaClient;
  prometheus: PrometheusClient;
  alertmanager: AlertmanagerClient;
  install: AlertingInstall;
  states: AlertStates;
  log: Logger;
  delivery: DeliveryOptions;
  /** Writes every stored rule to Prometheus and Alertmanager and reloads them. */
  sync: () => Promise<void>;
  /** Deliveries under way (awaited on stop). */
  pending: Set<Promise<unknown>>;
  /** Called once the server listens: knows the webhook URL, syncs, starts polling. */
  serve: (port: number) => Promise<void>;
  stop: () => Promise<void>;
}

async function reloadPrometheus(prometheus: PrometheusClient): Promise<void> {
  const base = prometheus.baseUrl.endsWith('/') ? prometheus.baseUrl : `${prometheus.baseUrl}/`;
  const res = await fetch(new URL('-/reload', base), { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`Prometheus /-/reload answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
}

export async function createAlerting(opts: AlertingOptions): Promise<Alerting> {
  const install = await loadInstall(opts.prisma);
  const alertmanager = new AlertmanagerClient(opts.alertmanagerUrl);
  const states = new AlertStates({ prisma: opts.prisma, prometheusUrl: opts.prometheus.baseUrl, alertmanager, installId: install.installId, log: opts.log, timeoutMs: 5000 });
  let target: RuleSyncTarget | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const pending = new Set<Promise<unknown>>();

  const sync = () => {
    const run = chain.then(async () => {
      if (!target) return;
      await syncRules(target, await opts.prisma.alertRule.findMany({ orderBy: { id: 'asc' } }));
    });
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    prisma: opts.prisma,
    prometheus: opts.prometheus,
    alertmanager,
    install,
    states,
    log: opts.log,
    delivery: { ...defaultDelivery(), ...opts.delivery },
    sync,
    pending,
    async serve(port) {
      target = {
        ...install,
        webhookUrl: opts.webhookUrl ?? `http://127.0.0.1:${port}/internal/alertmanager`,
        rulesDir: opts.rulesDir,
        alertmanagerConfigFile: opts.alertmanagerConfigFile,
        reloadPrometheus: () => reloadPrometheus(opts.prometheus),
        alertmanager,
      };
      // Prometheus or Alertmanager may be down now: the next rule change syncs again.
      await sync().catch((err: Error) => opts.log.warn({ err: err.message }, 'alert rules not synced at start'));
      states.start(opts.pollMs ?? 2000);
    },
    async stop() {
      await states.stop();
      await Promise.allSettled([...pending]);
      if (opts.removeOnStop && target) {
        const t = target;
        await chain;
        await removeRules(t).catch((err: Error) => opts.log.warn({ err: err.message }, 'alert rules not removed'));
      }
    },
  };
}
