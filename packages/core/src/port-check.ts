import net from 'node:net';

/**
 * Meridian's servers never take over a port something else already holds: a process squatting
 * the database's or the console's port would otherwise receive our connections (and passwords)
 * or be shown to users as ours. These check a loopback port by binding it, never by connecting
 * to whoever holds it.
 */

export class PortTakenError extends Error {
  constructor(
    readonly port: number,
    what: string,
    variable: string,
  ) {
    super(
      `port ${port} (${what}) is already in use by another process, and Meridian never uses a server it did not start. ` +
        `Stop that process (find it with: ss -ltnp 'sport = :${port}'), or set ${variable} to a free port.`,
    );
    this.name = 'PortTakenError';
  }
}

/** A port held by a listener of ours until release(), so nothing takes it in between. */
export interface HeldPort {
  port: number;
  release: () => Promise<void>;
}

/** Binds 127.0.0.1:port (0: any free port); PortTakenError when something else holds it. */
export function holdPort(port: number, what: string, variable: string): Promise<HeldPort> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' || err.code === 'EACCES' ? new PortTakenError(port, what, variable) : err),
    );
    server.listen({ port, host: '127.0.0.1' }, () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        release: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** Fails with PortTakenError unless 127.0.0.1:port is free right now. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  await (await holdPort(port, what, variable)).release();
}
