/**
 * OpenLDAP (Debian's slapd, not the system service) on ldap://127.0.0.1:3389 with the suffix
 * dc=meridian,dc=local, its database in .lab/ldap/data, seeded from deploy/local/ldap/seed.ldif.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'ldapts';
import type { LabComponent, LabContext } from '../lib/component.ts';
import { assertPortFree, waitUntilServing } from './serving.ts';
import { isRoot, requireDebianFiles } from './debian.ts';

const PORT = 3389;
const URL = `ldap://127.0.0.1:${PORT}`;
const BASE_DN = 'dc=meridian,dc=local';
const BIND_DN = `cn=admin,${BASE_DN}`;
const BIND_PASSWORD = 'admin';
const OS_USER = 'openldap'; // slapd drops root privileges to this user after binding its port

const confDir = (ctx: LabContext) => join(ctx.root, 'deploy', 'local', 'ldap');
const stateDir = (ctx: LabContext) => join(ctx.state, 'ldap');
/** Written once the seed LDIF is in the directory, so later starts keep changes made since. */
const seededMarker = (ctx: LabContext) => join(stateDir(ctx), 'seeded');

function endpoints(): Record<string, string> {
  return {
    url: URL,
    baseDN: BASE_DN,
    bindDN: BIND_DN,
    bindPassword: BIND_PASSWORD,
    usersDN: `ou=people,${BASE_DN}`,
    groupsDN: `ou=groups,${BASE_DN}`,
  };
}

async function ssha(ctx: LabContext, plaintext: string): Promise<string> {
  return (await ctx.run('slappasswd', ['-h', '{SSHA}', '-s', plaintext])).trim();
}

async function writeConfig(ctx: LabContext): Promise<string> {
  const template = readFileSync(join(confDir(ctx), 'slapd.conf'), 'utf8');
  const file = join(stateDir(ctx), 'slapd.conf');
  const config = template.replaceAll('@STATE_DIR@', stateDir(ctx)).replaceAll('@ROOT_PW@', await ssha(ctx, BIND_PASSWORD));
  writeFileSync(file, config, { mode: 0o640 });
  return file;
}

/** The seed LDIF with every `{{ssha:<plaintext>}}` replaced by its salted hash. */
async function hashedSeed(ctx: LabContext): Promise<string> {
  const source = readFileSync(join(confDir(ctx), 'seed.ldif'), 'utf8');
  const plaintexts = [...new Set([...source.matchAll(/\{\{ssha:([^}]+)\}\}/g)].map((m) => m[1]))];
  let out = source;
  for (const p of plaintexts) out = out.replaceAll(`{{ssha:${p}}}`, await ssha(ctx, p));
  return out;
}

/**
 * Adds the seed through the running server (not slapadd), so the memberof overlay fills in
 * memberOf on each person. Entries that already exist (a seed interrupted half-way) are fine.
 */
async function seed(ctx: LabContext) {
  ctx.log('ldap: adding deploy/local/ldap/seed.ldif');
  const file = join(stateDir(ctx), 'seed.hashed.ldif');
  writeFileSync(file, await hashedSeed(ctx), { mode: 0o600 });
  try {
    await ctx.run('ldapadd', ['-x', '-c', '-H', URL, '-D', BIND_DN, '-w', BIND_PASSWORD, '-f', file]);
  } catch (err) {
    const failures = (err as Error).message.split('\n').filter((l) => l.startsWith('ldap_add:'));
    if (!failures.length || failures.some((l) => !l.includes('Already exists'))) throw err;
  }
  rmSync(file, { force: true });
  writeFileSync(seededMarker(ctx), new Date().toISOString() + '\n');
}

/** True when the admin can bind (the server is up and its database is open). */
async function adminCanBind(): Promise<boolean> {
  const client = new Client({ url: URL, connectTimeout: 3000, timeout: 5000 });
  try {
    await client.bind(BIND_DN, BIND_PASSWORD);
    return true;
  } catch {
    return false;
  } finally {
    await client.unbind().catch(() => {});
  }
}

export const ldap: LabComponent = {
  name: 'ldap',

  async ensureBuilt() {
    requireDebianFiles('slapd', ['/usr/sbin/slapd', '/usr/sbin/slappasswd', '/usr/lib/ldap/back_mdb.so', '/etc/ldap/schema/inetorgperson.schema']);
    requireDebianFiles('ldap-utils', ['/usr/bin/ldapadd']);
  },

  async start(ctx) {
    mkdirSync(join(stateDir(ctx), 'data'), { recursive: true });
    const config = await writeConfig(ctx);
    const dropRoot = isRoot() ? ['-u', OS_USER, '-g', OS_USER] : [];
    if (isRoot()) await ctx.run('chown', ['-R', `${OS_USER}:${OS_USER}`, stateDir(ctx)]);
    await ctx.run('slaptest', ['-Q', '-u', '-f', config]); // a config error shows here, not as a timeout
    await assertPortFree('ldap', PORT);
    // -d keeps slapd in the foreground of the recorded pid; "stats" logs each connection and operation.
    const pid = await ctx.spawn('ldap', '/usr/sbin/slapd', ['-h', `${URL}/`, '-f', config, ...dropRoot, '-d', 'stats']);
    await waitUntilServing(ctx, 'ldap', pid, adminCanBind, 30_000);
    if (!existsSync(seededMarker(ctx))) await seed(ctx);
    return endpoints();
  },

  isRunning: () => adminCanBind(),

  endpoints,
};
