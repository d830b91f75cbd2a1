/**
 * A person of a test's own in a group of its own, in the lab's real slapd: added, taken out of
 * and put back into the group, removed. Used by the group → role mapping tests.
 */
import { Attribute, Change, Client } from 'ldapts';
import { labEndpoints } from '../../../deploy/local/lib/endpoints.ts';

export function ldapGroupMember(uid: string, group: string) {
  const eps = labEndpoints('ldap');
  const password = `pw-${uid}-Secret1`;
  const personDN = `uid=${uid},${eps.usersDN}`;
  const groupDN = `cn=${group},${eps.groupsDN}`;
  async function directory<T>(use: (c: Client) => Promise<T>): Promise<T> {
    const c = new Client({ url: eps.url });
    try {
      await c.bind(eps.bindDN, eps.bindPassword);
      return await use(c);
    } finally {
      await c.unbind();
    }
  }
  const membership = (operation: 'add' | 'delete') => directory((c) => c.modify(groupDN, new Change({ operation, modification: new Attribute({ type: 'member', values: [personDN] }) })));
  return {
    uid,
    password,
    group,
    /** What tenancy's `ldap` option needs to reach the lab's directory. */
    ldap: { url: eps.url, bindDN: eps.bindDN, bindPassword: eps.bindPassword, usersDN: eps.usersDN, groupsDN: eps.groupsDN },
    create: () =>
      directory(async (c) => {
        await c.add(personDN, { objectClass: 'inetOrgPerson', uid, cn: 'Group Tester', sn: 'Tester', mail: `${uid}@meridian.local`, userPassword: password });
        // groupOfNames needs a member: the admin stays in it when the person leaves.
        await c.add(groupDN, { objectClass: 'groupOfNames', cn: group, member: [eps.bindDN, personDN] });
      }),
    leaveGroup: () => membership('delete'),
    joinGroup: () => membership('add'),
    remove: () =>
      directory(async (c) => {
        await c.del(groupDN).catch(() => undefined);
        await c.del(personDN).catch(() => undefined);
      }),
  };
}
