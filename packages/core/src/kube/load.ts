import { existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { config } from '../config.ts';
import { upstreamUnavailable } from '../errors.ts';

export { KubeConfig };

/** Loads the kubeconfig Meridian runs with: $KUBECONFIG, else the local lab's admin config. */
export function loadKubeConfig(path = config.kubeconfig): KubeConfig {
  const kc = new KubeConfig();
  if (existsSync(path)) kc.loadFromFile(path);
  else if (process.env.KUBERNETES_SERVICE_HOST) kc.loadFromCluster();
  else throw upstreamUnavailable('Kubernetes', new Error(`no kubeconfig at ${path}; start the lab with "npm run lab:up" or set KUBECONFIG`));
  return kc;
}
