/**
 * kubeLineStream, the reader under watches and followed logs, against a local HTTP server that
 * answers like the API server's streaming endpoints: lines in order, an endless line handed over
 * in bounded pieces, and a connection dropped mid-stream ending the stream with an error (never
 * a hang). The lab's API server cannot be made to send an endless line or drop on cue.
 */
import { test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeUnreachableError, kubeLineStream } from '../src/kube/transport.ts';

let respond: (res: ServerResponse) => void = () => undefined;
const server: Server = createServer((_req, res) => respond(res));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const kc = new KubeConfig();
kc.loadFromOptions({
  clusters: [{ name: 'local', server: `http://127.0.0.1:${port}`, skipTLSVerify: true }],
  users: [{ name: 'nobody' }],
  contexts: [{ name: 'local', cluster: 'local', user: 'nobody' }],
  currentContext: 'local',
});

function read(maxLineBytes?: number): Promise<{ lines: [string, boolean][]; err?: Error }> {
  return new Promise((resolve) => {
    const lines: [string, boolean][] = [];
    kubeLineStream(kc, '/api/v1/namespaces/ns/pods/p/log', { follow: true }, (line, partial) => lines.push([line, partial]), (err) => resolve({ lines, err }), { maxLineBytes });
  });
}

test('lines arrive in order; a line without its newline is handed over in pieces of at most maxLineBytes', async () => {
  respond = (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first\nsec');
    res.write('ond\n');
    // 2.5 pieces of 1,000 bytes before the newline comes.
    res.write('x'.repeat(2500));
    setTimeout(() => res.end('y\nlast\n'), 20);
  };
  const { lines, err } = await read(1000);
  assert.equal(err, undefined);
  assert.deepEqual(lines, [
    ['first', false],
    ['second', false],
    ['x'.repeat(1000), true],
    ['x'.repeat(1000), true],
    ['x'.repeat(500) + 'y', false],
    ['last', false],
  ]);
});

test('a connection dropped mid-stream ends the stream with KubeUnreachableError', async () => {
  respond = (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('one\n');
    setTimeout(() => res.socket?.destroy(), 20);
  };
  const { lines, err } = await read();
  assert.deepEqual(lines, [['one', false]]);
  assert.ok(err instanceof KubeUnreachableError, `ended with ${String(err)}`);
});

test('a status answer ends the stream with its status', async () => {
  respond = (res) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kind: 'Status', reason: 'NotFound', message: 'pods "p" not found', code: 404 }));
  };
  const { lines, err } = await read();
  assert.deepEqual(lines, []);
  assert.match(String(err), /404 pods "p" not found/);
});
