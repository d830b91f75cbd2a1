/** Health probes for lab components: plain HTTP, and HTTPS with the lab's client cert. */
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { createConnection } from 'node:net';

export interface TlsFiles {
  ca?: string;
  cert?: string;
  key?: string;
}

/** GET over HTTPS; resolves with status and body. `insecure` for components' self-signed serving certs. */
export function httpsGet(url: string, tls: TlsFiles & { insecure?: boolean } = {}, timeoutMs = 3000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      {
        ca: tls.ca ? readFileSync(tls.ca) : undefined,
        cert: tls.cert ? readFileSync(tls.cert) : undefined,
        key: tls.key ? readFileSync(tls.key) : undefined,
        rejectUnauthorized: !tls.insecure,
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/** True when GET url answers 2xx within the timeout. */
export async function httpOk(url: string, timeoutMs = 3000): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    const done = (v: boolean) => {
      s.destroy();
      resolve(v);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.on('connect', () => done(true));
    s.on('error', () => done(false));
  });
}

/**
 * Fails when a port a part is about to listen on is already taken: the part is not answering
 * (or we would not be starting it), so whatever holds the port is not a process the lab
 * recorded, and a second copy would only die on the busy port.
 */
export async function assertPortsFree(what: string, ports: number[]): Promise<void> {
  const taken: number[] = [];
  for (const p of ports) if (await portOpen(p)) taken.push(p);
  if (taken.length) {
    throw new Error(`${what}: 127.0.0.1:${taken.join(', ')} already in use by a process the lab did not record (find it with: ss -ltnp | grep -E ':(${taken.join('|')})\\b')`);
  }
}

/** Running, and not a zombie: a stopped process whose parent is init is reaped late. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z';
  } catch {
    return false;
  }
}
