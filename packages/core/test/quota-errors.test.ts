import { test } from 'vitest';
import assert from 'node:assert/strict';
import { KubeApiError, exceeds, formatQuantity, kubeError, parseQuantity } from '../src/kube/index.ts';

// The API server's ResourceQuota refusals as callers see them (the lab tests in
// subgraphs/tenancy/test/quotas.test.ts get the real ones), and the quantity arithmetic the
// workspace quota adds up with.

const forbidden = (message: string) => new KubeApiError(403, 'Forbidden', `POST /api/v1/namespaces/p/pods: 403 ${message}`, message);

test('"exceeded quota" is BAD_USER_INPUT naming each resource over its limit', () => {
  const e = kubeError(
    forbidden('pods "web" is forbidden: exceeded quota: meridian-quota, requested: limits.cpu=2,limits.memory=1Gi, used: limits.cpu=500m,limits.memory=0, limited: limits.cpu=1,limits.memory=512Mi'),
    { kind: 'Pod', name: 'web' },
  );
  assert.equal(e.extensions.code, 'BAD_USER_INPUT');
  assert.equal(e.extensions.reason, 'QUOTA_EXCEEDED');
  assert.equal(e.extensions.resource, 'limits.cpu');
  assert.equal(e.extensions.quota, 'meridian-quota');
  assert.deepEqual(e.extensions.exceeded, [
    { resource: 'limits.cpu', requested: '2', used: '500m', limited: '1' },
    { resource: 'limits.memory', requested: '1Gi', used: '0', limited: '512Mi' },
  ]);
  assert.match(e.message, /^Pod "web" would exceed the project's quota \(meridian-quota\) for limits\.cpu, limits\.memory: limits\.cpu: requested 2, already used 500m of 1/);
});

test('"failed quota: must specify" names the missing resource', () => {
  const e = kubeError(forbidden('pods "web" is forbidden: failed quota: meridian-quota: must specify limits.cpu for: app; limits.memory for: app'), { kind: 'Pod', name: 'web' });
  assert.equal(e.extensions.reason, 'QUOTA_EXCEEDED');
  assert.equal(e.extensions.resource, 'limits.cpu');
  assert.match(e.message, /must set limits\.cpu for container app/);
});

test('other 403s stay FORBIDDEN', () => {
  const e = kubeError(forbidden('pods is forbidden: User "meridian" cannot create resource "pods"'), { kind: 'Pod', name: 'web' });
  assert.equal(e.extensions.code, 'FORBIDDEN');
  assert.equal(e.extensions.reason, undefined);
});

test('quantities parse, add up and print back', () => {
  assert.equal(parseQuantity('500m'), 0.5);
  assert.equal(parseQuantity('1Gi'), 2 ** 30);
  assert.equal(parseQuantity('1e3'), 1000);
  assert.equal(parseQuantity('1.5'), 1.5);
  assert.equal(parseQuantity('lots'), undefined);
  assert.equal(parseQuantity('1Gb'), undefined);
  assert.equal(formatQuantity(0.3, 'limits.cpu'), '300m');
  assert.equal(formatQuantity(2, 'limits.cpu'), '2');
  assert.equal(formatQuantity(192 * 2 ** 20, 'limits.memory'), '192Mi');
  assert.equal(formatQuantity(2 ** 31, 'requests.storage'), '2Gi');
  // 0.1 + 0.2 is not over 0.3; 0.31 is.
  assert.equal(exceeds(0.1 + 0.2, 0.3), false);
  assert.equal(exceeds(0.31, 0.3), true);
});
