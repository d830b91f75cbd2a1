/**
 * Where alerting finds Alertmanager and Prometheus' rule folder: the environment
 * (MERIDIAN_ALERTMANAGER_URL, MERIDIAN_PROMETHEUS_RULES_DIR, MERIDIAN_ALERTMANAGER_CONFIG,
 * MERIDIAN_ALERTING_WEBHOOK_URL) or the local lab's defaults (components/alertmanager.ts,
 * components/prometheus.ts).
 */
import { join } from 'node:path';
import { LAB_DIR } from '@meridian/core';
import type { AlertingOptions } from './alerting.ts';

export function alertingDefaults(): Pick<AlertingOptions, 'alertmanagerUrl' | 'rulesDir' | 'alertmanagerConfigFile' | 'webhookUrl'> {
  const env = (name: string) => process.env[name] || undefined;
  return {
    alertmanagerUrl: env('MERIDIAN_ALERTMANAGER_URL') ?? 'http://127.0.0.1:9095',
    rulesDir: env('MERIDIAN_PROMETHEUS_RULES_DIR') ?? join(LAB_DIR, 'prometheus', 'rules.d'),
    alertmanagerConfigFile: env('MERIDIAN_ALERTMANAGER_CONFIG') ?? join(LAB_DIR, 'alertmanager', 'alertmanager.yml'),
    webhookUrl: env('MERIDIAN_ALERTING_WEBHOOK_URL'),
  };
}
