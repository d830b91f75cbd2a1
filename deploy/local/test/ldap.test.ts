/**
 * The lab's OpenLDAP serves the seeded people and groups: users bind with their own password,
 * wrong passwords are refused, people are found by uid and their groups both ways (groups that
 * list them as member, memberOf on the person). Needs `npx tsx deploy/local/lab.ts up --only ldap`.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Client, InvalidCredentialsError } from 'ldapts';
import { labEndpoints } from '../lib/endpoints.ts';

const eps = labEndpoints('ldap');
const personDN = (uid: string) => `uid=${uid},${eps.usersDN}`;

async function asAdmin<T>(use: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ url: eps.url });
  await client.bind(eps.bindDN, eps.bindPassword);
  try {
    return await use(client);
  } finally {
    await client.unbind();
  }
}

/** Names of the groups whose `member` lists `dn`. */
async function groupsOf(client: Client, dn: string): Promise<string[]> {
  const { searchEntries } = await client.search(eps.groupsDN, { scope: 'one', filter: `(&(objectClass=groupOfNames)(member=${dn}))`, attributes: ['cn'] });
  return searchEntries.map((e) => String(e.cn)).sort();
}

test('a seeded user binds with the right password and is refused with a wrong one', async () => {
  const client = new Client({ url: eps.url });
  try {
    await client.bind(personDN('alice'), 'alice-password');
    const { searchEntries } = await client.search(personDN('alice'), { scope: 'base', attributes: ['cn'] });
    assert.equal(searchEntries[0].cn, 'Alice Admin'); // bound as alice, she can read
  } finally {
    await client.unbind();
  }
  const wrong = new Client({ url: eps.url });
  await assert.rejects(wrong.bind(personDN('alice'), 'not-alice-password'), InvalidCredentialsError);
  await assert.rejects(wrong.bind(personDN('bob'), 'alice-password'), InvalidCredentialsError);
  await assert.rejects(wrong.bind(personDN('nobody'), 'x'), InvalidCredentialsError);
  await wrong.unbind();
});

test('an anonymous client can read nothing', async () => {
  const client = new Client({ url: eps.url });
  try {
    const res = await client.search(eps.usersDN, { filter: '(uid=alice)' }).catch((err: Error) => err);
    const entries = res instanceof Error ? [] : res.searchEntries;
    assert.equal(entries.length, 0);
  } finally {
    await client.unbind();
  }
});

test('people are found by uid, with mail and a hashed password', async () => {
  await asAdmin(async (c) => {
    const { searchEntries } = await c.search(eps.usersDN, { filter: '(&(objectClass=inetOrgPerson)(uid=bob))', attributes: ['uid', 'cn', 'sn', 'mail', 'userPassword'] });
    assert.equal(searchEntries.length, 1);
    const bob = searchEntries[0];
    assert.equal(bob.dn, personDN('bob'));
    assert.equal(bob.mail, 'bob@meridian.local');
    assert.equal(bob.sn, 'Builder');
    const stored = Buffer.isBuffer(bob.userPassword) ? bob.userPassword.toString() : String(bob.userPassword);
    assert.match(stored, /^\{SSHA\}/, 'passwords are stored salted and hashed, never in plain text');
    assert.ok(!stored.includes('bob-password'));

    const all = await c.search(eps.usersDN, { scope: 'one', filter: '(objectClass=inetOrgPerson)', attributes: ['uid'] });
    const uids = all.searchEntries.map((e) => String(e.uid));
    for (const uid of ['alice', 'bob', 'carol', 'dave']) assert.ok(uids.includes(uid), `seeded ${uid}`);
  });
});

test("a user's groups: by group membership and by memberOf", async () => {
  await asAdmin(async (c) => {
    assert.deepEqual(await groupsOf(c, personDN('alice')), ['developers', 'platform-admins']);
    assert.deepEqual(await groupsOf(c, personDN('bob')), ['developers']);
    assert.deepEqual(await groupsOf(c, personDN('carol')), ['auditors', 'developers']);
    assert.deepEqual(await groupsOf(c, personDN('dave')), []);
    const { searchEntries } = await c.search(personDN('carol'), { scope: 'base', attributes: ['memberOf'] });
    const memberOf = [searchEntries[0].memberOf].flat().map(String).sort();
    assert.deepEqual(memberOf, [`cn=auditors,${eps.groupsDN}`, `cn=developers,${eps.groupsDN}`]);
  });
});

test('a new user in a new group: bind works, memberOf follows the group, deletion cleans up', async () => {
  const uid = `lab-test-${randomBytes(4).toString('hex')}`;
  const groupDN = `cn=${uid}-team,${eps.groupsDN}`;
  await asAdmin(async (c) => {
    await c.add(personDN(uid), { objectClass: 'inetOrgPerson', uid, cn: 'Lab Test', sn: 'Test', mail: `${uid}@meridian.local`, userPassword: 'temporary-pass' });
    try {
      await c.add(groupDN, { objectClass: 'groupOfNames', cn: `${uid}-team`, member: personDN(uid) });
      try {
        const user = new Client({ url: eps.url });
        await user.bind(personDN(uid), 'temporary-pass');
        await user.unbind();
        assert.deepEqual(await groupsOf(c, personDN(uid)), [`${uid}-team`]);
        const { searchEntries } = await c.search(personDN(uid), { scope: 'base', attributes: ['memberOf'] });
        assert.equal(String(searchEntries[0].memberOf), groupDN);
      } finally {
        await c.del(groupDN);
      }
      const { searchEntries } = await c.search(personDN(uid), { scope: 'base', attributes: ['memberOf'] });
      assert.deepEqual([searchEntries[0].memberOf ?? []].flat(), [], 'memberOf goes away with the group');
    } finally {
      await c.del(personDN(uid));
    }
    const gone = await c.search(eps.usersDN, { filter: `(uid=${uid})` });
    assert.equal(gone.searchEntries.length, 0);
  });
});
