/**
 * The lab's mail and webhook sink (deploy/local/smtp/main.ts): a real receiving SMTP server on
 * 127.0.0.1:2525 and, on 127.0.0.1:2526, an HTTP API listing received mail (GET /messages) and
 * a webhook receiver (POST/GET /hooks/<name>). Notification tests send through it and read back.
 * Messages are kept as JSON in <state>/smtp.
 */
import { join } from 'node:path';
import type { LabComponent } from '../lib/component.ts';
import { assertPortsFree, httpOk } from '../lib/probe.ts';

export const SMTP_PORT = 2525;
const HTTP_PORT = 2526;
const API = `http://127.0.0.1:${HTTP_PORT}`;

export const smtp: LabComponent = {
  name: 'smtp',
  async ensureBuilt() {
    // TypeScript run by tsx: nothing to build.
  },
  async start(ctx) {
    await assertPortsFree('smtp', [SMTP_PORT, HTTP_PORT]);
    await ctx.spawn('smtp', join(ctx.root, 'node_modules/.bin/tsx'), [
      join(ctx.root, 'deploy/local/smtp/main.ts'),
      '--smtp-port', String(SMTP_PORT),
      '--http-port', String(HTTP_PORT),
      '--dir', join(ctx.state, 'smtp'),
    ]);
    await ctx.waitFor('smtp sink', () => httpOk(`${API}/healthz`), 30_000);
    return this.endpoints(ctx);
  },
  isRunning: () => httpOk(`${API}/healthz`),
  endpoints: () => ({ host: '127.0.0.1', port: String(SMTP_PORT), api: API, hooks: `${API}/hooks` }),
};
