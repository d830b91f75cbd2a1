/**
 * A folder's credentials store, as the credentials plugin serves it under
 * `job/<folder>/credentials/store/folder/domain/_/`: `api/json` (ids, type names, descriptions,
 * never secrets), `createCredentials` with the credential's XML (409 for a taken id),
 * `credential/<id>/api/json` and `credential/<id>/doDelete` (302).
 */
import { tag } from './config-xml.ts';
import { fullName, type Folder, type StoredCredential } from './model.ts';

/** The credential classes Jenkins' plugins define, by their descriptors' display names. */
const TYPE_NAMES: Record<string, string> = {
  'com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl': 'Username with password',
  'com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey': 'SSH Username with private key',
  'org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl': 'Secret text',
  'org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl': 'Secret file',
  'com.microsoft.jenkins.kubernetes.credentials.KubeconfigCredentials': 'Kubernetes configuration (kubeconfig)',
};

export class StoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function credentialJson(folder: Folder, c: StoredCredential) {
  return {
    _class: 'com.cloudbees.plugins.credentials.CredentialsStoreAction$CredentialsWrapper',
    description: c.description,
    displayName: `${c.id}${c.description ? ` (${c.description})` : ''}`,
    fingerprint: null,
    fullName: `${fullName(folder)}/_/${c.id}`,
    id: c.id,
    typeName: c.typeName,
  };
}

export function domainJson(folder: Folder) {
  return {
    _class: 'com.cloudbees.plugins.credentials.CredentialsStoreAction$DomainWrapper',
    credentials: [...folder.credentials.values()].map((c) => credentialJson(folder, c)),
    description: 'Credentials that should be available irrespective of domain specification to requirements matching.',
    displayName: 'Global credentials (unrestricted)',
    fullDisplayName: `${fullName(folder)} » Global credentials (unrestricted)`,
    fullName: `${fullName(folder)}/_`,
    global: true,
    urlName: '_',
  };
}

export function createCredential(folder: Folder, xml: string): void {
  const root = xml.replace(/<\?xml[^>]*\?>/, '').trim().match(/^<([\w.$-]+)/)?.[1] ?? '';
  const typeName = Object.hasOwn(TYPE_NAMES, root) ? TYPE_NAMES[root] : undefined;
  if (!typeName) throw new StoreError(400, `Unsupported credential type ${root || '(none)'}`);
  const id = tag(xml, 'id')?.trim();
  if (!id) throw new StoreError(400, 'A credential needs an id');
  if (folder.credentials.has(id)) throw new StoreError(409, `A credential with the id ${id} already exists`);
  folder.credentials.set(id, { id, typeName, description: tag(xml, 'description') ?? '', xml });
}

/** Answers for `…/domain/_/<rest>`; undefined when the path is not the store's. */
export function credentialRoute(folder: Folder, method: string, rest: string[]): { status: number; json?: unknown } | 'create' | undefined {
  const path = rest.join('/');
  if (method === 'GET' && path === 'api/json') return { status: 200, json: domainJson(folder) };
  if (method === 'POST' && path === 'createCredentials') return 'create';
  if (rest[0] === 'credential' && rest.length >= 3) {
    const c = folder.credentials.get(decodeURIComponent(rest[1]));
    if (!c) throw new StoreError(404, 'Not Found');
    const sub = rest.slice(2).join('/');
    if (method === 'GET' && sub === 'api/json') return { status: 200, json: credentialJson(folder, c) };
    if (method === 'POST' && sub === 'doDelete') {
      folder.credentials.delete(c.id);
      return { status: 302 };
    }
  }
  return undefined;
}
