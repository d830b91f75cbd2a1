/** Alerts (state, history, paging), silences through Alertmanager, and the live `alertsChanged`. */
import { on } from 'node:events';
import { badInput, fromUpstream, hiddenOrMissing, requireUser } from '@meridian/core';
import { offsetWindow, pageAtOffset } from '@meridian/core/paging/index';
import type { GraphQLError } from 'graphql';
import type { MonitoringContext } from '../context.ts';
import type { AlertScope, AlertState } from '../generated/resolvers.ts';
import { alertingOf, ruleSetAccess, type ScopeArgs } from './access.ts';
import type { AmMatcher, AmSilence } from './alertmanager-client.ts';
import type { AlertRow } from './alert-states.ts';
import { alertMetric, kubeName } from './catalogue.ts';
import type { AlertModel, AlertSilenceModel } from './model.ts';
import { loadRule, ruleWhere } from './rule-resolvers.ts';
import { alertTarget } from './webhook.ts';

const MAX_SILENCE_MS = 30 * 24 * 3600_000;

function time(value: string, field: string): Date {
  const d = new Date(/^\d+$/.test(value) ? Number(value) * 1000 : value);
  if (Number.isNaN(d.getTime())) throw badInput(`"${field}" must be an ISO-8601 time or Unix seconds.`, field);
  return d;
}

const matcher = (name: string, value: string): AmMatcher => ({ name, value, isRegex: false, isEqual: true });
const ruleOfSilence = (s: AmSilence) => s.matchers.find((m) => m.name === 'meridian_rule' && !m.isRegex)?.value;

export const alertQueries = {
  alerts: async (_: unknown, args: ScopeArgs & { state?: AlertState | null; first?: number | null; after?: string | null }, ctx: MonitoringContext) => {
    const set = await ruleSetAccess(ctx, args);
    const w = offsetWindow({ list: `alerts:${args.project ?? args.scope}:${args.state ?? ''}`, first: args.first, after: args.after });
    const { prisma } = alertingOf(ctx);
    const where = { rule: ruleWhere(set, args.scope), ...(args.state ? { state: args.state } : {}) };
    const [total, rows] = await Promise.all([
      prisma.alertInstance.count({ where }),
      prisma.alertInstance.findMany({
      where,
      include: { rule: true },
      orderBy: [{ updatedAt: 'desc' }, { ruleId: 'asc' }, { fingerprint: 'asc' }],
      skip: w.offset,
      take: w.limit + 1,
      }),
    ]);
    return pageAtOffset(rows, w, rows.length > w.limit, () => total);
  },
  alertSilences: async (_: unknown, args: ScopeArgs, ctx: MonitoringContext): Promise<AlertSilenceModel[]> => {
    const set = await ruleSetAccess(ctx, args);
    const a = alertingOf(ctx);
    const rules = await a.prisma.alertRule.findMany({ where: ruleWhere(set, args.scope) });
    const byId = new Map(rules.map((r) => [r.id, r]));
    const silences = await fromUpstream('Alertmanager', () => a.alertmanager.silences([`meridian_install="${a.install.installId}"`]));
    return silences.flatMap((silence) => {
      const rule = byId.get(ruleOfSilence(silence) ?? '');
      return rule ? [{ silence, rule }] : [];
    });
  },
};

export const silenceMutations = {
  createAlertSilence: async (_: unknown, args: { ruleId: string; target?: string | null; startsAt?: string | null; endsAt: string; comment?: string | null }, ctx: MonitoringContext): Promise<AlertSilenceModel> => {
    const rule = await loadRule(ctx, args.ruleId, true);
    const startsAt = args.startsAt ? time(args.startsAt, 'startsAt') : new Date();
    const endsAt = time(args.endsAt, 'endsAt');
    if (endsAt <= startsAt || endsAt.getTime() <= Date.now()) throw badInput('"endsAt" must be after "startsAt" and in the future.', 'endsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_SILENCE_MS) throw badInput('A silence lasts at most 30 days.', 'endsAt');
    const comment = (args.comment ?? '').slice(0, 500);
    const a = alertingOf(ctx);
    const matchers = [matcher('meridian_install', a.install.installId), matcher('meridian_rule', rule.id)];
    if (args.target) {
      const kind = alertMetric(rule.metric, rule.scope as AlertScope).target;
      if (kind === 'NONE') throw badInput('This rule has no targets to silence one of.', 'target');
      matchers.push(matcher(kind.toLowerCase(), kubeName(args.target, 'target')));
    }
    const createdBy = ctx.identity.username ?? 'meridian';
    const id = await fromUpstream('Alertmanager', () => a.alertmanager.createSilence({ matchers, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), createdBy, comment: comment || `silenced by ${createdBy}` }));
    return { silence: await fromUpstream('Alertmanager', () => a.alertmanager.silence(id)), rule };
  },
  expireAlertSilence: async (_: unknown, args: { id: string }, ctx: MonitoringContext) => {
    requireUser(ctx.identity);
    const a = alertingOf(ctx);
    if (!/^[0-9a-f-]{36}$/i.test(args.id)) throw badInput('"id" is not a silence id.', 'id');
    const silence = await a.alertmanager.silence(args.id).catch(() => null);
    const ruleId = silence && silence.matchers.some((m) => m.name === 'meridian_install' && m.value === a.install.installId) ? ruleOfSilence(silence) : undefined;
    if (!ruleId) throw hiddenOrMissing('AlertSilence', args.id);
    try {
      await loadRule(ctx, ruleId);
    } catch {
      throw hiddenOrMissing('AlertSilence', args.id);
    }
    await loadRule(ctx, ruleId, true);
    await fromUpstream('Alertmanager', () => a.alertmanager.expireSilence(args.id));
    return true;
  },
};

/** Does this change belong to the stream's set? */
const inSet = (row: AlertRow, args: ScopeArgs) => (args.project ? row.rule.namespace === args.project : row.rule.scope !== 'PROJECT' && (!args.scope || row.rule.scope === args.scope));

async function* changes(ctx: MonitoringContext, args: ScopeArgs): AsyncGenerator<{ value: { alert: AlertModel } } | { error: GraphQLError }> {
  const a = alertingOf(ctx);
  const abort = new AbortController();
  try {
    for await (const [row] of on(a.states, 'change', { signal: abort.signal }) as AsyncIterable<[AlertRow]>) {
      if (!inSet(row, args)) continue;
      try {
        // Grants can shrink while the stream is open: check again for every event.
        await ruleSetAccess(ctx, args);
      } catch (err) {
        yield { error: err as GraphQLError };
        return;
      }
      yield { value: { alert: row } };
    }
  } finally {
    abort.abort();
  }
}

export const alertSubscriptions = {
  alertsChanged: {
    subscribe: async (_: unknown, args: ScopeArgs, ctx: MonitoringContext) => {
      await ruleSetAccess(ctx, args);
      return changes(ctx, args);
    },
    resolve: (payload: { value: { alert: AlertModel } } | { error: GraphQLError }) => {
      if ('error' in payload) throw payload.error;
      return payload.value;
    },
  },
};

export const Alert = {
  id: (a: AlertModel) => `${a.ruleId}/${a.fingerprint}`,
  labels: (a: AlertModel) =>
    Object.entries(a.labels as Record<string, string>)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([name, value]) => ({ name, value })),
  target: (a: AlertModel) => alertTarget(a.labels as Record<string, string>),
  state: (a: AlertModel) => a.state as AlertState,
  activeAt: (a: AlertModel) => a.activeAt?.toISOString() ?? null,
  resolvedAt: (a: AlertModel) => a.resolvedAt?.toISOString() ?? null,
  updatedAt: (a: AlertModel) => a.updatedAt.toISOString(),
  history: async (a: AlertModel, args: { first?: number | null }, ctx: MonitoringContext) => {
    const events = await alertingOf(ctx).prisma.alertEvent.findMany({
      where: { ruleId: a.ruleId, fingerprint: a.fingerprint },
      orderBy: { at: 'desc' },
      take: Math.min(Math.max(args.first ?? 20, 1), 500),
    });
    return events.map((e) => ({ state: e.state as AlertState, value: e.value, at: e.at.toISOString() }));
  },
};

export const AlertSilence = {
  id: (s: AlertSilenceModel) => s.silence.id,
  target: (s: AlertSilenceModel) => s.silence.matchers.find((m) => ['pod', 'workload', 'node'].includes(m.name))?.value ?? null,
  startsAt: (s: AlertSilenceModel) => s.silence.startsAt,
  endsAt: (s: AlertSilenceModel) => s.silence.endsAt,
  state: (s: AlertSilenceModel) => s.silence.status.state,
  comment: (s: AlertSilenceModel) => s.silence.comment,
  createdBy: (s: AlertSilenceModel) => s.silence.createdBy,
};

