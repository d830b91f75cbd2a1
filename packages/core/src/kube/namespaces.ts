import { CoreV1Api, makeInformer, type KubeConfig, type V1Namespace, type Informer, type ObjectCache } from '@kubernetes/client-node';
import { config } from '../config.ts';

/**
 * A watch-backed view of namespaces (projects): which workspace each belongs to, by the
 * workspace label. Every subgraph's authorization needs `workspaceOf(namespace)`, so it is
 * answered from memory, never by a request to the API server.
 */
export class NamespaceDirectory {
  private informer: Informer<V1Namespace> & ObjectCache<V1Namespace>;
  private started?: Promise<void>;

  constructor(kc: KubeConfig) {
    const api = kc.makeApiClient(CoreV1Api);
    this.informer = makeInformer(kc, '/api/v1/namespaces', () => api.listNamespace());
    this.informer.on('error', () => {
      // The informer stops on error; restart it after a pause. It re-lists, then resumes watching.
      setTimeout(() => void this.informer.start().catch(() => undefined), 2000);
    });
  }

  /** Starts the watch once; resolves after the first full list. */
  start(): Promise<void> {
    this.started ??= this.informer.start();
    return this.started;
  }

  stop(): Promise<void> {
    return this.informer.stop();
  }

  get(name: string): V1Namespace | undefined {
    return this.informer.get(name);
  }

  list(): readonly V1Namespace[] {
    return this.informer.list();
  }

  /** The workspace label of a namespace, or undefined (unknown namespace or none set). */
  workspaceOf(namespace: string): string | undefined {
    return this.get(namespace)?.metadata?.labels?.[config.workspaceLabel];
  }

  /** Names of the namespaces labelled with a workspace. */
  projectsOf(workspace: string): V1Namespace[] {
    return this.list().filter((ns) => ns.metadata?.labels?.[config.workspaceLabel] === workspace);
  }
}
