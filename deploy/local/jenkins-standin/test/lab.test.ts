/** The lab's `jenkins` component: the stand-in the lab started, reached with its published endpoints. */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { labEndpoints } from '../../lib/endpoints.ts';

test('the lab stand-in serves the seeded demo folder to its published credentials, and nothing without them', async () => {
  const eps = labEndpoints('jenkins');
  const auth = { authorization: `Basic ${Buffer.from(`${eps.user}:${eps.token}`).toString('base64')}` };
  const res = await fetch(`${eps.url}/job/demo-devops/api/json?tree=jobs[name]`, { headers: auth });
  assert.equal(res.status, 200);
  assert.ok(res.headers.get('x-jenkins'));
  const body = (await res.json()) as { _class: string; jobs: { name: string }[] };
  assert.equal(body._class, 'com.cloudbees.hudson.plugins.folder.Folder');
  assert.deepEqual(body.jobs.map((j) => j.name).sort(), ['build-and-test', 'deploy']);
  assert.equal((await fetch(`${eps.url}/api/json`)).status, 401);
});
