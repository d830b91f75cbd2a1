/**
 * What a notification channel is made of, checked before anything is stored: the settings that
 * may be shown (recipients, SMTP server, the webhook's host) and the one secret that may not
 * (the SMTP password, or the webhook URL, which carries the token for DingTalk, WeCom and Slack).
 */
import { badInput } from '@meridian/core';

export type ChannelType = 'EMAIL' | 'WEBHOOK' | 'DINGTALK' | 'WECOM' | 'SLACK';

export interface ChannelInput {
  name: string;
  type: ChannelType;
  workspace?: string | null;
  email?: { to: string[]; from: string; smtpHost: string; smtpPort: number; smtpUser?: string | null; smtpPassword?: string | null; tls?: boolean | null } | null;
  webhook?: { urlWithToken: string } | null;
}

export interface EmailSettings {
  to: string[];
  from: string;
  smtpHost: string;
  smtpPort: number;
  smtpUser: string | null;
  tls: boolean;
}
export interface WebhookSettings {
  /** Scheme, host and port only: the path and query may hold the token. */
  endpoint: string;
}
export type ChannelSettings = EmailSettings | WebhookSettings;

const EMAIL = /^[^\s@<>(),;:"]{1,64}@[a-zA-Z0-9.-]{1,253}$/;
const HOST = /^[a-zA-Z0-9.-]{1,253}$/;
const NAME = /^[\p{L}\p{N} ._-]{1,64}$/u;

function email(value: string, field: string): string {
  if (!EMAIL.test(value)) throw badInput(`"${field}" must be an e-mail address.`, field);
  return value;
}

function webhookUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput('"webhook.urlWithToken" must be an http(s) URL.', 'webhook.urlWithToken');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('"webhook.urlWithToken" must be an http(s) URL.', 'webhook.urlWithToken');
  if (url.username || url.password) throw badInput('"webhook.urlWithToken" must not carry a user or password.', 'webhook.urlWithToken');
  return url;
}

/** The settings to store and the secret to seal, or BAD_USER_INPUT. */
export function channelParts(input: ChannelInput): { settings: ChannelSettings; secret: string | null } {
  if (!NAME.test(input.name)) throw badInput('"name" must be 1 to 64 letters, digits, spaces, ".", "_" or "-".', 'name');
  if (input.type === 'EMAIL') {
    const e = input.email;
    if (!e || input.webhook) throw badInput('An EMAIL channel takes "email" settings (and no "webhook").', 'email');
    if (!e.to.length || e.to.length > 50) throw badInput('"email.to" takes 1 to 50 addresses.', 'email.to');
    if (!HOST.test(e.smtpHost)) throw badInput('"email.smtpHost" must be a host name or address.', 'email.smtpHost');
    if (!Number.isInteger(e.smtpPort) || e.smtpPort < 1 || e.smtpPort > 65535) throw badInput('"email.smtpPort" must be a port number.', 'email.smtpPort');
    if (e.smtpPassword && !e.smtpUser) throw badInput('"email.smtpPassword" needs "email.smtpUser".', 'email.smtpUser');
    return {
      settings: { to: e.to.map((t, i) => email(t, `email.to[${i}]`)), from: email(e.from, 'email.from'), smtpHost: e.smtpHost, smtpPort: e.smtpPort, smtpUser: e.smtpUser || null, tls: e.tls ?? false },
      secret: e.smtpPassword || null,
    };
  }
  const w = input.webhook;
  if (!w || input.email) throw badInput(`A ${input.type} channel takes "webhook" settings (and no "email").`, 'webhook');
  const url = webhookUrl(w.urlWithToken);
  return { settings: { endpoint: url.origin }, secret: url.toString() };
}
