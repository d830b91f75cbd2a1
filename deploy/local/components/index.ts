import type { LabComponent } from '../lib/component.ts';
import { etcd } from './etcd.ts';
import { kubernetes } from './kubernetes.ts';
import { kubeControllerManager } from './kube-controller-manager.ts';
import { kubeScheduler } from './kube-scheduler.ts';
import { kwok } from './kwok.ts';
import { kubeStateMetrics } from './kube-state-metrics.ts';
import { prometheus } from './prometheus.ts';
import { kafka } from './kafka.ts';
import { ldap } from './ldap.ts';
import { postgres } from './postgres.ts';
import { jenkins } from './jenkins.ts';
import { elasticsearch } from './elasticsearch.ts';
import { oidc } from './oidc.ts';
import { alertmanager } from './alertmanager.ts';
import { smtp } from './smtp.ts';

/** Every part of the lab; lab.ts orders them by dependsOn. */
export const components: LabComponent[] = [
  etcd,
  kubernetes,
  kubeControllerManager,
  kubeScheduler,
  kwok,
  kubeStateMetrics,
  alertmanager,
  prometheus,
  smtp,
  postgres,
  kafka,
  ldap,
  jenkins,
  elasticsearch,
  oidc];
