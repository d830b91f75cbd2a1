/**
 * Puts the stored rules where Prometheus and Alertmanager act on them: one rule file per install
 * in Prometheus' rule folder (<rulesDir>/meridian-<install>.yml) and, in Alertmanager's
 * configuration, one route per rule (its repeat interval) to this install's one webhook receiver;
 * then both reload. Other installs' files and routes are left as they are: the shared
 * configuration is rewritten under a lock file, from what it holds at that moment.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse, stringify } from 'yaml';
import type { AlertRule } from '@meridian/core/generated/prisma/client';
import { alertExpression, type AlertCondition, type AlertScope } from './catalogue.ts';
import type { AlertmanagerClient } from './alertmanager-client.ts';

export interface RuleSyncTarget {
  installId: string;
  webhookToken: string;
  /** Where Alertmanager reaches this subgraph's webhook route. */
  webhookUrl: string;
  rulesDir: string;
  alertmanagerConfigFile: string;
  reloadPrometheus: () => Promise<void>;
  alertmanager: AlertmanagerClient;
}

/** The alert name Prometheus carries for a rule (a metric-name-shaped string). */
export const alertName = (ruleId: string) => `meridian_rule_${ruleId.replaceAll('-', '_')}`;

const seconds = (s: number) => `${s}s`;

export function ruleFile(installId: string, rules: AlertRule[]): string {
  const enabled = rules.filter((r) => r.enabled);
  if (!enabled.length) return 'groups: []\n';
  return stringify({
    groups: [
      {
        name: `meridian-${installId}`,
        rules: enabled.map((r) => ({
          alert: alertName(r.id),
          expr: alertExpression({ scope: r.scope as AlertScope, metric: r.metric, namespace: r.namespace, target: r.target, condition: r.condition as AlertCondition, threshold: r.threshold }),
          for: seconds(r.forSeconds),
          labels: {
            meridian_install: installId,
            meridian_rule: r.id,
            meridian_scope: r.scope,
            severity: r.severity.toLowerCase(),
            ...(r.namespace ? { namespace: r.namespace } : {}),
          },
          annotations: { summary: `${r.name}: ${r.metric} {{ $value }}` },
        })),
      },
    ],
  });
}

type AmConfig = { route?: { routes?: Array<Record<string, unknown>> } & Record<string, unknown>; receivers?: Array<{ name: string } & Record<string, unknown>> } & Record<string, unknown>;

/** The Alertmanager configuration with this install's routes and receiver replaced. */
export function withInstallRoutes(current: string, t: Pick<RuleSyncTarget, 'installId' | 'webhookToken' | 'webhookUrl'>, rules: AlertRule[]): string {
  const config = (parse(current) ?? {}) as AmConfig;
  const receiver = `meridian-${t.installId}`;
  config.route ??= { receiver: 'discard' };
  config.receivers ??= [];
  if (!config.receivers.some((r) => r.name === config.route!.receiver)) config.receivers.push({ name: String(config.route.receiver ?? 'discard') });
  const others = (config.route.routes ?? []).filter((r) => r.receiver !== receiver);
  const mine = rules
    .filter((r) => r.enabled)
    .map((r) => ({
      receiver,
      matchers: [`meridian_install="${t.installId}"`, `meridian_rule="${r.id}"`],
      // Each alert (pod, node) is its own group: notified at once, resolved on its own.
      group_by: ['...'],
      group_wait: '1s',
      group_interval: '5s',
      repeat_interval: seconds(r.repeatIntervalSeconds),
    }));
  config.route.routes = [...others, ...mine];
  config.receivers = [
    ...config.receivers.filter((r) => r.name !== receiver),
    ...(mine.length
      ? [{ name: receiver, webhook_configs: [{ url: t.webhookUrl, send_resolved: true, http_config: { authorization: { type: 'Bearer', credentials: t.webhookToken } } }] }]
      : []),
  ];
  return stringify(config);
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, file);
}

/** Runs `fn` holding <file>.lock (created exclusively; a lock older than 30 s is stale). */
async function underLock<T>(file: string, fn: () => T): Promise<T> {
  const lock = `${file}.lock`;
  for (let i = 0; ; i++) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 30_000) rmSync(lock, { force: true });
      } catch {
        /* gone meanwhile */
      }
      if (i > 200) throw new Error(`${lock} is held by another writer`);
      await sleep(50);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

export const ruleFilePath = (t: Pick<RuleSyncTarget, 'rulesDir' | 'installId'>) => join(t.rulesDir, `meridian-${t.installId}.yml`);

/** Writes both files for `rules` (all of this install's rules) and reloads Prometheus and Alertmanager. */
export async function syncRules(t: RuleSyncTarget, rules: AlertRule[]): Promise<void> {
  // An install without enabled rules leaves no file (and has nothing to reload when it never had one).
  const enabled = rules.some((r) => r.enabled);
  if (!enabled && !existsSync(ruleFilePath(t))) return;
  if (enabled) writeAtomically(ruleFilePath(t), ruleFile(t.installId, rules));
  else rmSync(ruleFilePath(t), { force: true });
  await underLock(t.alertmanagerConfigFile, () => writeAtomically(t.alertmanagerConfigFile, withInstallRoutes(readFileSync(t.alertmanagerConfigFile, 'utf8'), t, rules)));
  await Promise.all([t.reloadPrometheus(), t.alertmanager.reload()]);
}

/** Takes this install's rules and routes away (a test install that is done). */
export async function removeRules(t: RuleSyncTarget): Promise<void> {
  rmSync(ruleFilePath(t), { force: true });
  await underLock(t.alertmanagerConfigFile, () => writeAtomically(t.alertmanagerConfigFile, withInstallRoutes(readFileSync(t.alertmanagerConfigFile, 'utf8'), t, [])));
  await Promise.all([t.reloadPrometheus(), t.alertmanager.reload()]);
}
