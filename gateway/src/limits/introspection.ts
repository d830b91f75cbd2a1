import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { forbidden } from '@meridian/core';
import type { GatewayContext } from '../context.ts';

/**
 * Who may introspect the API (MERIDIAN_INTROSPECTION): `signed-in` (default: users and API
 * tokens, so tools and dashboards work, while an anonymous scanner learns nothing), `all`, or
 * `off`. The console and codegen never need it: they read the committed schema.
 */
export type IntrospectionPolicy = 'off' | 'signed-in' | 'all';

export function introspectionPolicyFromEnv(): IntrospectionPolicy {
  const value = process.env.MERIDIAN_INTROSPECTION ?? 'signed-in';
  if (value === 'off' || value === 'signed-in' || value === 'all') return value;
  throw new Error(`MERIDIAN_INTROSPECTION must be off, signed-in or all (it is "${value}")`);
}

/** Whether the operation reads __schema or __type anywhere (fragments included). */
export function asksForSchema(operation: OperationDefinitionNode, fragments: Record<string, { selectionSet: OperationDefinitionNode['selectionSet'] }>): boolean {
  const seen = new Set<string>();
  const walk = (set: OperationDefinitionNode['selectionSet']): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__schema' || s.name.value === '__type' || (!!s.selectionSet && walk(s.selectionSet));
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value) || !Object.hasOwn(fragments, s.name.value)) return false;
      seen.add(s.name.value);
      return walk(fragments[s.name.value].selectionSet);
    });
  return walk(operation.selectionSet);
}

export function introspectionPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (policy === 'all' || !operation) return;
          const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
          if (!asksForSchema(operation, fragments)) return;
          if (policy === 'off') throw forbidden('Introspection is turned off on this Meridian (MERIDIAN_INTROSPECTION=off).');
          if (contextValue.auth.identity.kind !== 'user') throw forbidden('Sign in to introspect the API.');
        },
      };
    },
  };
}
