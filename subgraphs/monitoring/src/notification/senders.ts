/**
 * Sending one notice through one channel, in each channel type's own format:
 * - EMAIL: SMTP through nodemailer (plain text).
 * - WEBHOOK: Meridian's JSON (`kind`, `title`, `text`, `rule`, `alerts`).
 * - DINGTALK: a custom robot's markdown message `{ msgtype: "markdown", markdown: { title, text } }`;
 *   it answers `{ errcode, errmsg }`, non-zero errcode is a failure.
 * - WECOM: a group robot's `{ msgtype: "markdown", markdown: { content } }`, also `{ errcode }`.
 * - SLACK: an incoming webhook's `{ text }` (mrkdwn); it answers "ok".
 * A send that fails throws an Error whose message names what went wrong, never the secret.
 */
import nodemailer from 'nodemailer';
import type { ChannelType, EmailSettings } from './channel-input.ts';
import { assertDestinationAllowed } from './destinations.ts';

export interface Notice {
  kind: 'ALERT' | 'RESOLVED' | 'TEST';
  title: string;
  lines: string[];
  rule?: { id: string; name: string; severity: string; scope: string; project: string | null };
  alerts?: Array<{ status: string; labels: Record<string, string>; startsAt?: string; endsAt?: string }>;
}

export interface SendableChannel {
  type: ChannelType;
  settings: unknown;
  /** The opened secret: SMTP password, or the webhook URL. */
  secret: string | null;
}

const TIMEOUT_MS = 10_000;

async function sendEmail(settings: EmailSettings, password: string | null, notice: Notice, allowedPrivate: readonly string[]): Promise<void> {
  await assertDestinationAllowed(settings.smtpHost, settings.smtpPort, allowedPrivate);
  const transport = nodemailer.createTransport({
    host: settings.smtpHost,
    port: settings.smtpPort,
    secure: settings.tls && settings.smtpPort === 465,
    requireTLS: settings.tls && settings.smtpPort !== 465,
    auth: settings.smtpUser ? { user: settings.smtpUser, pass: password ?? '' } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: settings.from, to: settings.to, subject: notice.title, text: notice.lines.join('\n') });
  } finally {
    transport.close();
  }
}

const markdown = (n: Notice) => [`### ${n.title}`, ...n.lines.map((l) => `- ${l}`)].join('\n');

export function webhookBody(type: Exclude<ChannelType, 'EMAIL'>, n: Notice): unknown {
  switch (type) {
    case 'DINGTALK':
      return { msgtype: 'markdown', markdown: { title: n.title, text: markdown(n) } };
    case 'WECOM':
      return { msgtype: 'markdown', markdown: { content: markdown(n) } };
    case 'SLACK':
      return { text: [`*${n.title}*`, ...n.lines.map((l) => `• ${l}`)].join('\n') };
    case 'WEBHOOK':
      return { kind: n.kind, title: n.title, text: n.lines.join('\n'), rule: n.rule ?? null, alerts: n.alerts ?? [] };
  }
}

async function postWebhook(type: Exclude<ChannelType, 'EMAIL'>, url: string, notice: Notice, allowedPrivate: readonly string[]): Promise<void> {
  const target = new URL(url);
  await assertDestinationAllowed(target.hostname, Number(target.port || (target.protocol === 'https:' ? 443 : 80)), allowedPrivate);
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(webhookBody(type, notice)), signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  } catch (err) {
    // fetch's messages can quote the URL, which holds the token: keep only the reason.
    throw new Error(`webhook unreachable (${(err as Error).name === 'TimeoutError' ? 'timed out' : ((err as Error & { cause?: { code?: string } }).cause?.code ?? 'connection failed')})`);
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
  if (type === 'DINGTALK' || type === 'WECOM') {
    let code: unknown;
    try {
      code = (JSON.parse(text) as { errcode?: unknown }).errcode;
    } catch {
      throw new Error(`${type.toLowerCase()} answered without JSON`);
    }
    if (code !== 0) throw new Error(`${type.toLowerCase()} refused the message (errcode ${String(code)})`);
  }
}

/** `allowedPrivate`: "host:port" destinations allowed although not public (destinations.ts). */
export async function sendNotice(channel: SendableChannel, notice: Notice, allowedPrivate: readonly string[]): Promise<void> {
  if (channel.type === 'EMAIL') return sendEmail(channel.settings as EmailSettings, channel.secret, notice, allowedPrivate);
  if (!channel.secret) throw new Error('the channel has no webhook URL');
  return postWebhook(channel.type, channel.secret, notice, allowedPrivate);
}
