/**
 * The lab's alerting parts: Alertmanager answers its v2 API and keeps an alert posted to it;
 * Prometheus sends to it, loads rule files from its rules.d folder and accepts reloads; the SMTP
 * sink receives real mail (SMTP, with AUTH) and lists it, and its webhook receiver keeps posts.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'vitest';
import nodemailer from 'nodemailer';
import { labEndpoints } from '../lib/endpoints.ts';

const s = randomBytes(4).toString('hex');

test('Alertmanager keeps an alert posted to it, by its labels', async () => {
  const am = labEndpoints('alertmanager').url;
  const post = await fetch(`${am}/api/v2/alerts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ labels: { alertname: 'LabCheck', lab_check: s }, endsAt: new Date(Date.now() + 60_000).toISOString() }]),
  });
  assert.equal(post.status, 200);
  const alerts = (await (await fetch(`${am}/api/v2/alerts?filter=${encodeURIComponent(`lab_check="${s}"`)}`)).json()) as { labels: Record<string, string> }[];
  assert.deepEqual(alerts.map((a) => a.labels.alertname), ['LabCheck']);
});

test('Prometheus sends to the lab Alertmanager, loads rules.d and accepts reloads', async () => {
  const prom = labEndpoints('prometheus').url;
  const flags = (await (await fetch(`${prom}/api/v1/status/flags`)).json()) as { data: Record<string, string> };
  assert.equal(flags.data['web.enable-lifecycle'], 'true', 'Prometheus was started before the alerting lab parts: restart it (lab down --only prometheus, lab up)');
  const config = (await (await fetch(`${prom}/api/v1/status/config`)).json()) as { data: { yaml: string } };
  assert.match(config.data.yaml, /rules\.d\/\*\.yml/);
  const ams = (await (await fetch(`${prom}/api/v1/alertmanagers`)).json()) as { data: { activeAlertmanagers: { url: string }[] } };
  assert.ok(ams.data.activeAlertmanagers.some((a) => a.url.startsWith(labEndpoints('alertmanager').url)), JSON.stringify(ams.data));
  assert.equal((await fetch(`${prom}/-/reload`, { method: 'POST' })).status, 200);
});

test('the SMTP sink receives mail (with AUTH) and lists it; the webhook receiver keeps posts', async () => {
  const sink = labEndpoints('smtp');
  const to = `lab-${s}@example.test`;
  const transport = nodemailer.createTransport({ host: sink.host, port: Number(sink.port), auth: { user: 'lab', pass: 'secret' } });
  await transport.sendMail({ from: 'lab@example.test', to, subject: `hello ${s}`, text: 'body' });
  transport.close();
  const mails = (await (await fetch(`${sink.api}/messages?to=${encodeURIComponent(to)}`)).json()) as { subject: string; text: string; authenticatedUser: string }[];
  assert.deepEqual(mails.map((m) => [m.subject, m.text.trim(), m.authenticatedUser]), [[`hello ${s}`, 'body', 'lab']]);
  await fetch(`${sink.hooks}/lab-${s}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: 1 }) });
  const hooks = (await (await fetch(`${sink.hooks}/lab-${s}`)).json()) as { body: unknown }[];
  assert.deepEqual(hooks.map((h) => h.body), [{ n: 1 }]);
});
