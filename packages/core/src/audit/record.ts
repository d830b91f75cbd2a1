import { randomUUID } from 'node:crypto';
import type { Identity } from '../identity.ts';
import { redactArguments } from './redact.ts';

/** One mutation field as the audit log keeps it (the Kafka message and the outbox payload). */
export interface AuditRecord {
  id: string;
  /** ISO time the mutation started. */
  occurredAt: string;
  subgraph: string;
  user: { id?: string; username?: string };
  /** How the caller signed in: a console session or an API token (with its id), or not at all (login). */
  credential: { kind: 'session' | 'token' | 'anonymous'; id?: string };
  operation: { name?: string; field: string };
  target: AuditTarget;
  /** The field's arguments, secrets removed (redact.ts). */
  arguments: Record<string, unknown>;
  /** "ok", or the error's extensions.code. */
  result: string;
  requestId: string;
  clientAddress?: string;
  /**
   * The install whose database's outbox the record was published from (stamped by the relay).
   * Installs sharing a Kafka share the topic: each store and index keeps only its own records.
   */
  install?: string;
}

export interface AuditTarget {
  kind?: string;
  workspace?: string;
  project?: string;
  name?: string;
}

/** The Kafka key (and outbox key): records of one workspace stay in order on one partition. */
export const PLATFORM_KEY = 'platform';
export const keyOf = (r: AuditRecord) => r.target.workspace ?? PLATFORM_KEY;

const VERBS = /^(create|update|delete|remove|add|set|scale|apply|restart|rollback|pause|resume|suspend|run|cordon|uncordon|drain|stop|replay|submit|revoke|disable|enable|change|login|logout)/;

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * What a mutation acts on, read from its arguments by the names the API uses throughout
 * (`workspace`, `project` / `namespace`, `name`, `input.name`, `kind`, a manifest's metadata).
 * `workspaceOf` fills in a project's workspace (the subgraph's namespace directory).
 */
export function targetOf(field: string, args: Record<string, unknown>, workspaceOf?: (project: string) => string | undefined): AuditTarget {
  const input = obj(args.input);
  const manifest = typeof args.yaml === 'string' ? firstManifest(args.yaml) : {};
  const meta = obj(manifest.metadata);
  const verbless = field.replace(VERBS, '');
  const kind = str(args.kind) ?? str(manifest.kind) ?? (verbless ? verbless : undefined);
  let project = str(args.project) ?? str(args.namespace) ?? str(input.project);
  const name = str(args.name) ?? str(input.name) ?? str(meta.name) ?? str(args.username) ?? str(input.username) ?? str(args.pipeline) ?? str(args.id);
  let workspace = str(args.workspace) ?? str(input.workspace);
  if (kind === 'Workspace') workspace ??= name;
  if (kind === 'Project' || kind === 'DevOpsProject') project ??= name;
  if (!workspace && project) workspace = workspaceOf?.(project);
  return { kind, workspace, project, name };
}

function firstManifest(text: string): Record<string, unknown> {
  const kind = /^kind:\s*["']?([A-Za-z0-9]+)/m.exec(text)?.[1];
  const name = /^metadata:\s*\n(?:[ \t]+.*\n)*?[ \t]+name:\s*["']?([a-z0-9.-]+)/m.exec(text)?.[1];
  return { kind, metadata: { name } };
}

export interface AuditStart {
  subgraph: string;
  identity: Identity;
  requestId: string;
  clientAddress?: string;
  operationName?: string;
  field: string;
  args: Record<string, unknown>;
  workspaceOf?: (project: string) => string | undefined;
}

/** The record of a mutation field about to run; its result is filled in when it settled. */
export function startRecord(s: AuditStart): AuditRecord {
  const id = s.identity;
  return {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    subgraph: s.subgraph,
    user: id.kind === 'user' ? { id: id.userId, username: id.username } : { username: s.field === 'login' ? str(s.args.username) : undefined },
    credential: id.kind !== 'user' ? { kind: 'anonymous' } : id.authMethod === 'token' ? { kind: 'token', id: id.tokenId } : { kind: 'session', id: id.sessionId },
    operation: { name: s.operationName, field: s.field },
    target: targetOf(s.field, s.args, s.workspaceOf),
    arguments: redactArguments(s.field, s.args),
    result: 'pending',
    requestId: s.requestId,
    ...(s.clientAddress ? { clientAddress: s.clientAddress } : {}),
  };
}
