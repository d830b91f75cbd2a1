/** The lab's PKI, generated into a temporary state dir (no lab needed). */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, beforeAll, afterAll } from 'vitest';
import type { LabContext } from '../lib/component.ts';
import { ensurePki, type Pki } from '../lib/pki.ts';

const state = mkdtempSync(join(tmpdir(), 'lab-pki-'));
const ctx = {
  state,
  log: () => undefined,
  run: (cmd: string, args: string[]) =>
    new Promise<string>((res, rej) => execFile(cmd, args, (err, out, errOut) => (err ? rej(new Error(errOut)) : res(out)))),
} as unknown as LabContext;
let pki: Pki;

beforeAll(async () => {
  pki = await ensurePki(ctx);
});
afterAll(() => rmSync(state, { recursive: true, force: true }));

const cert = (file: string) => new X509Certificate(readFileSync(file));

test('the API server cert is signed by the lab CA with the SANs clients use', () => {
  const ca = cert(pki.caCert);
  const api = cert(pki.apiserverCert);
  assert.ok(api.verify(ca.publicKey), 'signed by the CA');
  assert.ok(ca.ca && !api.ca);
  for (const san of ['DNS:localhost', 'DNS:kubernetes', 'DNS:kubernetes.default', 'IP Address:127.0.0.1', 'IP Address:10.96.0.1']) {
    assert.ok(api.subjectAltName?.split(', ').includes(san), `${san} in ${api.subjectAltName}`);
  }
  assert.ok(api.checkIP('127.0.0.1'));
});

test('client certs name the identities RBAC knows', () => {
  assert.match(cert(pki.adminCert).subject, /O=system:masters/);
  assert.match(cert(join(pki.dir, 'kube-controller-manager.crt')).subject, /CN=system:kube-controller-manager/);
  assert.match(cert(join(pki.dir, 'kube-scheduler.crt')).subject, /CN=system:kube-scheduler/);
  assert.ok(cert(pki.kubeletServingCert).checkIP('127.0.0.1'), 'the simulated kubelets serve 127.0.0.1');
});

test('kubeconfigs point at the API server with the right client cert; generation is idempotent', async () => {
  const kc = readFileSync(pki.kubeconfig, 'utf8');
  assert.match(kc, /server: https:\/\/127\.0\.0\.1:6443/);
  assert.ok(kc.includes(`client-certificate: ${pki.adminCert}`));
  assert.ok(readFileSync(pki.schedulerKubeconfig, 'utf8').includes('kube-scheduler.crt'));
  const before = statSync(pki.caCert).mtimeMs;
  const fingerprint = cert(pki.apiserverCert).fingerprint256;
  await ensurePki(ctx);
  assert.equal(statSync(pki.caCert).mtimeMs, before, 'CA kept');
  assert.equal(cert(pki.apiserverCert).fingerprint256, fingerprint, 'serving cert kept');
});
