import { defaultFieldResolver, getArgumentValues, GraphQLError, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphContext } from '../server.ts';
import { withAuditRecord, type AuditSink } from './outbox.ts';
import { startRecord, type AuditRecord } from './record.ts';

export interface AuditOptions {
  subgraph: string;
  sink: AuditSink;
  /** A project's workspace (the namespace directory), for records naming only the project. */
  workspaceOf?: (project: string) => string | undefined;
}

const codeOf = (err: unknown) =>
  err instanceof GraphQLError && typeof err.extensions.code === 'string' ? err.extensions.code : 'INTERNAL_SERVER_ERROR';

/**
 * Audits every mutation of a subgraph, once, here rather than in each resolver: each Mutation
 * field's resolver is wrapped so that its record (who, credential, field, target, arguments
 * without secrets, request id, client address, time) is made before it runs and written with
 * its result (ok or the error's code) before the answer leaves. Returns the plugin that records
 * mutations refused before any resolver ran (a read-only token, a first-run password).
 */
export function auditMutations(schema: GraphQLSchema, opts: AuditOptions): ApolloServerPlugin<SubgraphContext> {
  const audited = new WeakSet<object>();
  const mutation = schema.getMutationType();
  const record = (field: string, args: Record<string, unknown>, ctx: SubgraphContext, operationName?: string): AuditRecord =>
    startRecord({
      subgraph: opts.subgraph,
      identity: ctx.identity,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      operationName,
      field,
      args,
      workspaceOf: opts.workspaceOf,
    });

  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: SubgraphContext, info) => {
      audited.add(ctx);
      const r = record(field.name, args, ctx, info.operation.name?.value);
      try {
        const out = await withAuditRecord(r, () => resolve(source, args, ctx, info));
        r.result = 'ok';
        return out;
      } catch (err) {
        r.result = codeOf(err);
        throw err;
      } finally {
        await opts.sink.write(r);
      }
    };
  }

  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ operation, errors, contextValue, request }) {
          if (operation?.operation !== 'mutation' || !mutation || audited.has(contextValue)) return;
          // Refused before execution: one record per field asked for, with the refusal's code.
          for (const { name, args } of rootFields(operation, mutation, request.variables ?? {})) {
            const r = record(name, args, contextValue, operation.name?.value);
            r.result = codeOf(errors[0]);
            await opts.sink.write(r);
          }
        },
      };
    },
  };
}

function rootFields(operation: OperationDefinitionNode, type: GraphQLObjectType, variables: Record<string, unknown>) {
  const out: Array<{ name: string; args: Record<string, unknown> }> = [];
  const fields = type.getFields();
  for (const sel of operation.selectionSet.selections) {
    if (sel.kind !== 'Field') continue;
    const def = Object.hasOwn(fields, sel.name.value) ? fields[sel.name.value] : undefined;
    if (!def) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, sel, variables);
    } catch {
      args = {};
    }
    out.push({ name: def.name, args });
  }
  return out;
}
