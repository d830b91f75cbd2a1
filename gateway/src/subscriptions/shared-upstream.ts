import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Logger } from '@meridian/core';
import { CompletionGroup } from './completion-group.ts';
import type { ClientStream } from './client-stream.ts';
import { resyncSignal } from './signals.ts';
import type { ConnectionListener, UpstreamConnection, UpstreamRequest } from './upstream-connection.ts';
import { UpstreamLost, UpstreamRejected, upstreamFailure, type UpstreamEvent } from './upstream.ts';

/**
 * One subscription to a subgraph, shared by every client subscription with the same subgraph,
 * upstream operation text, variables and authorization scope (see scope.ts). Its events fan
 * out to completion groups (one per distinct client operation); it is closed when the last
 * client leaves. When its socket drops and comes back (the connection resubscribes it), every
 * group gets a RESYNC signal in order with the events.
 */
export class SharedUpstream implements ConnectionListener {
  readonly groups = new Map<string, CompletionGroup>();
  private unsubscribe: (() => void) | null = null;
  private closed = false;
  private missed = false;

  constructor(
    readonly key: string,
    private readonly connection: UpstreamConnection,
    private readonly request: UpstreamRequest,
    private readonly log: Logger,
    /** Called once when this upstream is closed or ended: the hub forgets it. */
    private readonly onClosed: (upstream: SharedUpstream) => void,
  ) {}

  get service(): string {
    return this.connection.opts.service;
  }

  start(): void {
    this.unsubscribe = this.connection.subscribe(
      this.request,
      {
        next: (event: UpstreamEvent) => {
          for (const group of this.groups.values()) group.event(event);
        },
        error: (error: unknown) => this.ended(upstreamFailure(this.service, error)),
        complete: () => this.ended(null),
      },
      this,
    );
  }

  /** The group for one client operation, made with `create` if it is new. */
  join(groupKey: string, stream: ClientStream, create: (onEmpty: (g: CompletionGroup) => void) => CompletionGroup): CompletionGroup {
    let group = this.groups.get(groupKey);
    if (!group) {
      group = create((g) => {
        if (this.groups.get(groupKey) === g) this.groups.delete(groupKey);
        if (this.groups.size === 0) this.close();
      });
      this.groups.set(groupKey, group);
    }
    group.add(stream);
    return group;
  }

  lost(): void {
    this.missed = true;
  }

  reconnected(): void {
    if (!this.missed) return;
    this.missed = false;
    const signal: ExecutionResult = resyncSignal(this.service);
    for (const group of this.groups.values()) group.signal(signal);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    this.onClosed(this);
  }

  private ended(failure: UpstreamRejected | UpstreamLost | null): void {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    let end: { error?: Error; final?: ExecutionResult } = {};
    if (failure instanceof UpstreamRejected) {
      end = { final: { errors: failure.errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) } };
    } else if (failure instanceof UpstreamLost) {
      this.log.warn({ subgraph: failure.service, detail: failure.detail }, 'subscription lost its subgraph');
      const lost = failure.toGraphQL();
      end = { error: new GraphQLError(lost.message, { extensions: lost.extensions }) };
    }
    for (const group of [...this.groups.values()]) group.end(end);
  }
}
