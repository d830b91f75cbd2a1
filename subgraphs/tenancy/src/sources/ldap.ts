import { AndFilter, Client, EqualityFilter, InvalidCredentialsError } from 'ldapts';
import { upstreamUnavailable } from '@meridian/core';

/**
 * An LDAP directory as a second place passwords can live (KubeSphere's LDAP identity provider):
 * a person is found by uid with a service account, then their password is checked by binding
 * as them. Meridian never sees or stores an LDAP password; membership of the admin group
 * makes a person platform-admin.
 */

export interface LdapOptions {
  url: string;
  /** The service account that may search people. */
  bindDN: string;
  bindPassword: string;
  /** Where people (inetOrgPerson, found by uid) live. */
  usersDN: string;
  /** Where groups (groupOfNames) live; used when the server gives no memberOf. */
  groupsDN?: string;
  /** The group (cn) whose members are platform admins. */
  adminGroup?: string;
  timeoutMs?: number;
}

export interface LdapPerson {
  username: string;
  dn: string;
  email: string;
  displayName: string;
  groups: string[];
}

/** LDAP from the environment (MERIDIAN_LDAP_URL and friends), or undefined when not configured. */
export function ldapOptionsFromEnv(env = process.env): LdapOptions | undefined {
  if (!env.MERIDIAN_LDAP_URL) return undefined;
  return {
    url: env.MERIDIAN_LDAP_URL,
    bindDN: env.MERIDIAN_LDAP_BIND_DN ?? '',
    bindPassword: env.MERIDIAN_LDAP_BIND_PASSWORD ?? '',
    usersDN: env.MERIDIAN_LDAP_USERS_DN ?? '',
    groupsDN: env.MERIDIAN_LDAP_GROUPS_DN,
    adminGroup: env.MERIDIAN_LDAP_ADMIN_GROUP,
  };
}

const first = (v: unknown): string | undefined => {
  const x = Array.isArray(v) ? v[0] : v;
  return x === undefined || x === null ? undefined : String(x);
};
const all = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
/** "cn=platform-admins,ou=groups,..." -> "platform-admins" */
const cnOf = (dn: string) => /^cn=([^,]+)/i.exec(dn)?.[1] ?? dn;

export function createLdapDirectory(opts: LdapOptions) {
  const adminGroup = opts.adminGroup ?? 'platform-admins';
  const client = () => new Client({ url: opts.url, timeout: opts.timeoutMs ?? 5_000, connectTimeout: opts.timeoutMs ?? 5_000 });

  /** Runs one LDAP conversation; a server that does not answer is UPSTREAM_UNAVAILABLE. */
  async function session<T>(use: (c: Client) => Promise<T>): Promise<T> {
    const c = client();
    try {
      return await use(c);
    } catch (err) {
      if (err instanceof InvalidCredentialsError) throw err;
      throw upstreamUnavailable('LDAP', err);
    } finally {
      await c.unbind().catch(() => undefined);
    }
  }

  return {
    adminGroup,

    /** For /healthz: the service account can bind. */
    async check(): Promise<void> {
      await session((c) => c.bind(opts.bindDN, opts.bindPassword));
    },

    /** The person if `password` is theirs; null for an unknown uid or a wrong password. */
    async authenticate(username: string, password: string): Promise<LdapPerson | null> {
      // An empty password would be an "unauthenticated bind", which LDAP servers accept.
      if (!password) return null;
      const person = await session(async (c) => {
        await c.bind(opts.bindDN, opts.bindPassword);
        const filter = new AndFilter({
          filters: [new EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' }), new EqualityFilter({ attribute: 'uid', value: username })],
        });
        const { searchEntries } = await c.search(opts.usersDN, { scope: 'sub', filter, attributes: ['uid', 'cn', 'displayName', 'mail', 'memberOf'], sizeLimit: 2 });
        if (searchEntries.length !== 1) return null;
        const e = searchEntries[0];
        let groups = all(e.memberOf).map(cnOf);
        if (!groups.length && opts.groupsDN) {
          const res = await c.search(opts.groupsDN, {
            scope: 'sub',
            filter: new AndFilter({ filters: [new EqualityFilter({ attribute: 'objectClass', value: 'groupOfNames' }), new EqualityFilter({ attribute: 'member', value: e.dn })] }),
            attributes: ['cn'],
          });
          groups = res.searchEntries.map((g) => first(g.cn) ?? cnOf(g.dn));
        }
        const uid = first(e.uid) ?? username;
        return {
          username: uid,
          dn: e.dn,
          email: first(e.mail) ?? `${uid}@ldap.invalid`,
          displayName: first(e.displayName) ?? first(e.cn) ?? uid,
          groups: groups.sort(),
        };
      });
      if (!person) return null;
      try {
        await session((c) => c.bind(person.dn, password));
        return person;
      } catch (err) {
        if (err instanceof InvalidCredentialsError) return null;
        throw err;
      }
    },
  };
}
export type LdapDirectory = ReturnType<typeof createLdapDirectory>;
