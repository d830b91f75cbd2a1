/**
 * The lab's mail and webhook sink: a real receiving SMTP server (smtp-server, any sender, any
 * recipient, no auth, plain text on 127.0.0.1) whose messages are parsed (mailparser) and kept
 * as JSON files, and an HTTP API beside it that tests read:
 *   GET  /messages?to=<address>      received mail, oldest first (to: only mail for that address)
 *   POST /hooks/<name>               a webhook receiver: stores the JSON body (and headers)
 *   GET  /hooks/<name>               what /hooks/<name> received, oldest first
 *   GET  /healthz
 * Usage: tsx main.ts --smtp-port 2525 --http-port 2526 --dir <folder>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', '/tmp/meridian-smtp');
const mailDir = join(dir, 'mail');
const hookDir = join(dir, 'hooks');
mkdirSync(mailDir, { recursive: true });
mkdirSync(hookDir, { recursive: true });

const fileName = () => `${Date.now().toString().padStart(15, '0')}-${randomBytes(4).toString('hex')}.json`;
const readAll = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Record<string, unknown>);

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // Accept any credentials: channels with a username and password must still reach the sink.
  onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        writeFileSync(
          join(mailDir, fileName()),
          JSON.stringify({
            receivedAt: new Date().toISOString(),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            authenticatedUser: session.user ?? null,
            from: mail.from?.text ?? null,
            subject: mail.subject ?? null,
            text: mail.text ?? null,
            html: typeof mail.html === 'string' ? mail.html : null,
          }),
        );
        callback();
      })
      .catch((err: Error) => callback(err));
  },
});

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const hookName = /^\/hooks\/([a-zA-Z0-9_-]{1,100})$/;

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return send(res, 200, { ok: true });
  if (url.pathname === '/messages' && req.method === 'GET') {
    const to = url.searchParams.get('to');
    return send(res, 200, readAll(mailDir).filter((m) => !to || (m.envelopeTo as string[]).includes(to)));
  }
  const hook = hookName.exec(url.pathname);
  if (hook && req.method === 'GET') return send(res, 200, readAll(hookDir).filter((h) => h.hook === hook[1]));
  if (hook && req.method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      /* kept as text */
    }
    writeFileSync(join(hookDir, fileName()), JSON.stringify({ hook: hook[1], receivedAt: new Date().toISOString(), headers: req.headers, body }));
    return send(res, 200, { ok: true, errcode: 0 });
  }
  send(res, 404, { error: 'not found' });
}

smtp.on('error', (err) => console.error('smtp:', err.message));
smtp.listen(Number(arg('smtp-port', '2525')), '127.0.0.1');
createServer((req, res) => void handle(req, res).catch((err: Error) => send(res, 500, { error: err.message }))).listen(Number(arg('http-port', '2526')), '127.0.0.1');
