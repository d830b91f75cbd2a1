/**
 * Which alerts a silence covers, read as Alertmanager reads its matchers (the alert list's
 * `silenced` no longer waits for Alertmanager's own status, which lags a fresh alert by a minute).
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import type { AmMatcher, AmSilence } from '../src/alerting/alertmanager-client.ts';
import { silencedBy } from '../src/alerting/silence-match.ts';

const silence = (matchers: AmMatcher[], state: AmSilence['status']['state'] = 'active'): AmSilence => ({
  id: 'x',
  matchers,
  startsAt: '2026-01-01T00:00:00Z',
  endsAt: '2026-01-01T01:00:00Z',
  createdBy: 'test',
  comment: '',
  status: { state },
});
const eq = (name: string, value: string): AmMatcher => ({ name, value, isRegex: false, isEqual: true });
const alert = { meridian_install: 'i1', meridian_rule: 'r1', namespace: 'p', pod: 'web-1', cluster: 'lab' };

test('an active silence with equal matchers covers the alert it names, and no other', () => {
  const s = silence([eq('meridian_install', 'i1'), eq('meridian_rule', 'r1'), eq('pod', 'web-1')]);
  assert.equal(silencedBy([s], alert), true);
  assert.equal(silencedBy([s], { ...alert, pod: 'web-2' }), false);
  assert.equal(silencedBy([s], { ...alert, meridian_rule: 'r2' }), false);
  const { pod: _pod, ...withoutPod } = alert;
  assert.equal(silencedBy([s], withoutPod), false, 'a missing label is ""');
});

test('only active silences count', () => {
  for (const state of ['pending', 'expired'] as const) assert.equal(silencedBy([silence([eq('pod', 'web-1')], state)], alert), false, state);
  assert.equal(silencedBy([silence([])], alert), false, 'a silence without matchers covers nothing');
});

test('regex matchers match the whole value; isEqual false negates; a bad regex matches nothing', () => {
  assert.equal(silencedBy([silence([{ name: 'pod', value: 'web-.*', isRegex: true }])], alert), true);
  assert.equal(silencedBy([silence([{ name: 'pod', value: 'web', isRegex: true }])], alert), false);
  assert.equal(silencedBy([silence([{ name: 'pod', value: 'api-1', isRegex: false, isEqual: false }])], alert), true);
  assert.equal(silencedBy([silence([{ name: 'pod', value: 'web-1', isRegex: false, isEqual: false }])], alert), false);
  assert.equal(silencedBy([silence([{ name: 'pod', value: '(', isRegex: true }])], alert), false);
  assert.equal(silencedBy([silence([{ name: 'pod', value: '(', isRegex: true, isEqual: false }])], alert), false);
  assert.equal(silencedBy([silence([{ name: 'toString', value: '', isRegex: false }])], alert), true, 'an inherited name is a missing label');
});
