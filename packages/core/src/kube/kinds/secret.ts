import { badInput } from '../../errors.ts';
import { alwaysActive, defineKind, labelsCol, manifestMeta, type CreatableKind } from './define.ts';
import type { KeyValueInput, MetaInput } from './pod-template.ts';

export interface SecretInput extends MetaInput {
  /** OPAQUE (default), IMAGE_PULL, TLS. */
  type?: 'OPAQUE' | 'IMAGE_PULL' | 'TLS' | null;
  /** OPAQUE: the entries, as plain text. */
  data?: KeyValueInput[] | null;
  /** IMAGE_PULL: one registry's credentials. */
  registry?: { server: string; username: string; password: string; email?: string | null } | null;
  /** TLS: PEM certificate and key. */
  tls?: { certificate: string; privateKey: string } | null;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export const Secret = defineKind<CreatableKind<SecretInput>>({
  kind: 'Secret', group: '', version: 'v1', plural: 'secrets', namespaced: true, graphqlType: 'Secret', metadataOnly: true,
  // No `type`/`data` columns: the cache holds metadata only.
  columns: [labelsCol],
  status: alwaysActive,
  fromInput(input, namespace) {
    const metadata = manifestMeta(input, namespace);
    if (input.type === 'IMAGE_PULL') {
      const r = input.registry;
      if (!r) throw badInput('An image pull Secret needs registry (server, username, password).', 'input.registry');
      const auths = { [r.server]: { username: r.username, password: r.password, email: r.email ?? undefined, auth: b64(`${r.username}:${r.password}`) } };
      return { apiVersion: 'v1', kind: 'Secret', metadata, type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': b64(JSON.stringify({ auths })) } };
    }
    if (input.type === 'TLS') {
      if (!input.tls) throw badInput('A TLS Secret needs tls (certificate, privateKey).', 'input.tls');
      return { apiVersion: 'v1', kind: 'Secret', metadata, type: 'kubernetes.io/tls', data: { 'tls.crt': b64(input.tls.certificate), 'tls.key': b64(input.tls.privateKey) } };
    }
    return { apiVersion: 'v1', kind: 'Secret', metadata, type: 'Opaque', data: Object.fromEntries((input.data ?? []).map((d) => [d.key, b64(d.value)])) };
  },
});
