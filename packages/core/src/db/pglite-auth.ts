import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite has no authentication: pglite-socket hands every connection's StartupMessage straight
 * to it and it answers AuthenticationOk, whatever the password. This puts SCRAM-SHA-256 (what a
 * real Postgres uses by default) in front of it: a new connection talks to this code until it
 * has proved it knows the password, and only then is it given to the socket server, its
 * StartupMessage replayed, so nothing from an unauthenticated client ever reaches PGlite.
 *
 * Like pglite-affinity.ts this replaces a method on the server's instance (handleConnection,
 * internal to pglite-socket), so its shape is checked first.
 *
 * SCRAM (RFC 5802/7677) also proves the server to the client, and the password never crosses
 * the wire. SSL and GSS encryption requests are answered 'N' (loopback only), so channel
 * binding is not offered.
 */

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PASSWORD_MESSAGE = 0x70; // 'p': SASLInitialResponse and SASLResponse
const AUTH_SASL = 10;
const AUTH_SASL_CONTINUE = 11;
const AUTH_SASL_FINAL = 12;
const MECHANISM = 'SCRAM-SHA-256';
const ITERATIONS = 4096;
/** A client that has not authenticated by then is dropped (Postgres' authentication_timeout is 60 s). */
const AUTH_TIMEOUT_MS = 10_000;
const MAX_STARTUP_LENGTH = 10_000;

export interface PasswordAuthOptions {
  user: string;
  password: string;
}

/** What the server keeps of the password: SCRAM's salted keys, never the password itself. */
interface Verifier {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
}

const hmac = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

function verifierFor(password: string): Verifier {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, ITERATIONS, 32, 'sha256');
  return { salt, storedKey: sha256(hmac(salted, 'Client Key')), serverKey: hmac(salted, 'Server Key') };
}

// --- wire format -------------------------------------------------------------------------

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function authentication(code: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(4);
  head.writeInt32BE(code);
  return message('R', Buffer.concat([head, data]));
}

/** A FATAL ErrorResponse, as a real server sends before closing the connection. */
export function fatalError(sqlstate: string, text: string): Buffer {
  const field = (code: string, value: string) => Buffer.from(`${code}${value}\0`, 'utf8');
  return message('E', Buffer.concat([field('S', 'FATAL'), field('V', 'FATAL'), field('C', sqlstate), field('M', text), Buffer.from([0])]));
}

function startupParameters(startup: Buffer): Map<string, string> {
  const parts = startup.subarray(8).toString('utf8').split('\0');
  const params = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) params.set(parts[i], parts[i + 1]);
  return params;
}

/** Reads whole protocol messages from a socket, before the socket server sees any byte. */
class MessageReader {
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData);
    socket.once('close', this.onEnd);
    socket.once('error', this.onEnd);
  }

  private onData = (chunk: Buffer) => {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.waiting?.();
  };

  private onEnd = () => {
    this.failure ??= new Error('the client left during authentication');
    this.waiting?.();
  };

  /** Stops reading; the socket is paused, ready for its next owner. */
  release(): void {
    this.socket.pause();
    this.socket.off('data', this.onData);
    this.socket.off('close', this.onEnd);
    this.socket.off('error', this.onEnd);
  }

  private async take(length: (buf: Buffer) => number | undefined): Promise<Buffer> {
    for (;;) {
      const n = length(this.buffer);
      if (n !== undefined && this.buffer.length >= n) {
        const out = this.buffer.subarray(0, n);
        this.buffer = this.buffer.subarray(n);
        return out;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }

  /** A message without a type byte: StartupMessage, SSLRequest, GSSENCRequest, CancelRequest. */
  untyped(): Promise<Buffer> {
    return this.take((buf) => {
      if (buf.length < 4) return undefined;
      const n = buf.readInt32BE(0);
      if (n < 8 || n > MAX_STARTUP_LENGTH) throw new ProtocolError('invalid length of startup packet');
      return n;
    });
  }

  /** A typed message: its type byte and its body. */
  async typed(): Promise<{ type: number; body: Buffer }> {
    const whole = await this.take((buf) => {
      if (buf.length < 5) return undefined;
      const n = buf.readInt32BE(1);
      if (n < 4 || n > MAX_STARTUP_LENGTH) throw new ProtocolError('invalid message length');
      return n + 1;
    });
    return { type: whole[0], body: whole.subarray(5) };
  }

  /** Bytes that arrived after the last message read (a pipelining client's next messages). */
  rest(): Buffer {
    return this.buffer;
  }
}

class ProtocolError extends Error {}
class PasswordError extends Error {}

// --- the exchange ------------------------------------------------------------------------

/** Splits SCRAM's `k=v,k=v` attributes. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

/**
 * Runs the SCRAM-SHA-256 exchange after the StartupMessage. Resolves when the client proved the
 * password; throws PasswordError when it did not.
 */
async function scram(socket: Socket, reader: MessageReader, verifier: Verifier): Promise<void> {
  socket.write(authentication(AUTH_SASL, Buffer.from(`${MECHANISM}\0\0`, 'latin1')));

  const initial = await reader.typed();
  if (initial.type !== PASSWORD_MESSAGE) throw new ProtocolError('expected SASLInitialResponse');
  const nul = initial.body.indexOf(0);
  if (nul < 0 || initial.body.subarray(0, nul).toString('latin1') !== MECHANISM) throw new PasswordError('unsupported SASL mechanism');
  const length = initial.body.readInt32BE(nul + 1);
  const clientFirst = initial.body.subarray(nul + 5, nul + 5 + length).toString('utf8');
  // gs2 header: "n,," (no channel binding) or "y,," (client could, server does not offer it).
  const gs2 = /^([ny]),[^,]*,/.exec(clientFirst);
  if (!gs2) throw new PasswordError('channel binding is not offered on this server');
  const clientFirstBare = clientFirst.slice(gs2[0].length);
  const clientNonce = attributes(clientFirstBare).get('r');
  if (!clientNonce) throw new ProtocolError('SCRAM client-first-message without a nonce');

  const nonce = clientNonce + randomBytes(18).toString('base64');
  const serverFirst = `r=${nonce},s=${verifier.salt.toString('base64')},i=${ITERATIONS}`;
  socket.write(authentication(AUTH_SASL_CONTINUE, Buffer.from(serverFirst, 'utf8')));

  const response = await reader.typed();
  if (response.type !== PASSWORD_MESSAGE) throw new ProtocolError('expected SASLResponse');
  const clientFinal = response.body.toString('utf8');
  const proofAt = clientFinal.lastIndexOf(',p=');
  if (proofAt < 0) throw new PasswordError('SCRAM client-final-message without a proof');
  const withoutProof = clientFinal.slice(0, proofAt);
  const final = attributes(withoutProof);
  if (final.get('r') !== nonce || final.get('c') !== Buffer.from(gs2[0], 'utf8').toString('base64')) throw new PasswordError('SCRAM nonce or binding mismatch');

  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const proof = Buffer.from(clientFinal.slice(proofAt + 3), 'base64');
  const signature = hmac(verifier.storedKey, authMessage);
  if (proof.length !== signature.length) throw new PasswordError('wrong password');
  const clientKey = Buffer.from(proof.map((b, i) => b ^ signature[i]));
  if (!timingSafeEqual(sha256(clientKey), verifier.storedKey)) throw new PasswordError('wrong password');

  const serverSignature = hmac(verifier.serverKey, authMessage).toString('base64');
  socket.write(authentication(AUTH_SASL_FINAL, Buffer.from(`v=${serverSignature}`, 'utf8')));
}

/**
 * Authenticates one new connection. Resolves with the bytes to replay to the socket server (the
 * StartupMessage and anything the client sent after its last authentication message), or
 * undefined when the connection was refused and closed.
 */
async function authenticate(socket: Socket, opts: PasswordAuthOptions, verifier: Verifier): Promise<Buffer | undefined> {
  const reader = new MessageReader(socket);
  const timer = setTimeout(() => socket.destroy(), AUTH_TIMEOUT_MS);
  const refuse = (sqlstate: string, text: string) => {
    reader.release();
    socket.on('error', () => undefined); // a client gone before the error is written: nothing to do
    socket.end(fatalError(sqlstate, text));
    return undefined;
  };
  let user = '';
  try {
    for (;;) {
      const packet = await reader.untyped();
      const code = packet.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        socket.write('N'); // no encryption on loopback; the client goes on in the clear
        continue;
      }
      if (code === CANCEL_REQUEST) {
        reader.release();
        socket.destroy(); // PGlite runs one statement at a time and cannot cancel it
        return undefined;
      }
      if (code !== PROTOCOL_3) return refuse('0A000', `unsupported frontend protocol ${code >> 16}.${code & 0xffff}`);
      user = startupParameters(packet).get('user') ?? '';
      // PGlite has one role: any other user name fails like a wrong password, as on Postgres.
      if (user !== opts.user) return refuse('28P01', `password authentication failed for user "${user}"`);
      await scram(socket, reader, verifier);
      reader.release();
      return Buffer.concat([packet, reader.rest()]);
    }
  } catch (err) {
    if (err instanceof PasswordError) return refuse('28P01', `password authentication failed for user "${user}"`);
    if (err instanceof ProtocolError) return refuse('08P01', err.message);
    reader.release();
    socket.destroy();
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes the socket server refuse every connection that does not prove the password, with
 * SQLSTATE 28P01 as Postgres does, before any of its bytes reach PGlite.
 */
export function requirePassword(server: PGLiteSocketServer, opts: PasswordAuthOptions): void {
  const target = server as unknown as { handleConnection?: (socket: Socket) => Promise<void> };
  if (typeof target.handleConnection !== 'function') {
    throw new Error('pglite-socket changed its connection handling; review packages/core/src/db/pglite-auth.ts');
  }
  const handOver = target.handleConnection.bind(server);
  const verifier = verifierFor(opts.password);
  target.handleConnection = async (socket: Socket) => {
    const replay = await authenticate(socket, opts, verifier);
    if (!replay || socket.destroyed) return;
    await handOver(socket);
    if (socket.listenerCount('data') === 0) return; // refused by the server (stopping, too many connections)
    // The handler now listens for data: give it the StartupMessage (PGlite answers
    // AuthenticationOk, its parameters and ReadyForQuery), then let the socket flow again.
    socket.unshift(replay);
    socket.resume();
  };
}
