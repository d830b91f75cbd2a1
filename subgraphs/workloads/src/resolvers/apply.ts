import { GraphQLError } from 'graphql';
import { conflict, projectAccess } from '@meridian/core';
import { apiPath, checkObjectName, checkQuantities, kindOf, kindOfManifest, manifestError, parseManifests, type KindDescriptor, type KubeObject, type ParsedManifest } from '@meridian/core/kube/index';
import type { WorkloadsContext } from '../context.ts';
import { viewOf } from '../model.ts';
import { FIELD_MANAGER } from '../sources/kube.ts';
import { kindArg } from './objects.ts';
import { guardSettingsWrite } from './settings-guard.ts';

/**
 * Objects from YAML (server-side apply, update by resourceVersion), objects from forms
 * (create<Kind>, the kind module's `fromInput`) and deletion, for every writable namespaced kind.
 * The caller must be able to change the project (`projectAccess(...).edit()`), checked first.
 */

const PROPAGATION = { BACKGROUND: 'Background', FOREGROUND: 'Foreground', ORPHAN: 'Orphan' } as const;

/** The kind a manifest names, if Meridian writes it into projects; BAD_USER_INPUT at its line otherwise. */
function writableKind({ manifest, line }: ParsedManifest, project: string): KindDescriptor {
  const kind = kindOfManifest(manifest.apiVersion, manifest.kind);
  if (!kind) {
    const known = kindOf(manifest.kind);
    if (known && !known.ownedElsewhere) throw manifestError(`${known.kind} is served as ${known.group ? `${known.group}/` : ''}${known.version}, not ${manifest.apiVersion}.`, line, 'apiVersion');
    throw manifestError(`Unknown kind "${manifest.kind.slice(0, 100)}" (${manifest.apiVersion.slice(0, 100)}): see kubeKinds for the kinds Meridian serves.`, line, 'kind');
  }
  if (!kind.namespaced || kind.ownedElsewhere) throw manifestError(`${kind.kind} is not a kind of a project.`, line, 'kind');
  if (kind.readOnly) throw manifestError(`${kind.kind} objects are read-only here.`, line, 'kind');
  const ns = manifest.metadata.namespace;
  if (ns !== undefined && ns !== project) throw manifestError(`metadata.namespace is "${String(ns).slice(0, 100)}", but this applies to project "${project}".`, line, 'metadata.namespace');
  return kind;
}

/** An API server refusal of one document, pointed at that document's line. */
function atLine(err: unknown, line: number): unknown {
  if (err instanceof GraphQLError && err.extensions.code === 'BAD_USER_INPUT') err.extensions.line ??= line;
  return err;
}

export const applyMutations = {
  async applyYaml(_root: unknown, args: { project: string; yaml: string; dryRun?: boolean | null }, ctx: WorkloadsContext) {
    const scope = await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).edit();
    const docs = parseManifests(args.yaml);
    // Every document is checked before the first is applied.
    const planned = docs.map((doc) => ({ doc, kind: writableKind(doc, args.project) }));
    for (const { doc, kind } of planned) guardSettingsWrite(ctx.identity, scope, kind, doc.manifest.metadata.name);
    const applied = [];
    for (const { doc, kind } of planned) {
      const { name } = doc.manifest.metadata;
      const body = { ...doc.manifest, metadata: { ...doc.manifest.metadata, namespace: args.project } };
      try {
        const obj = await ctx.sources.kube.request<KubeObject>(
          { kind, namespace: args.project, name },
          {
            method: 'PATCH',
            path: apiPath(kind, { namespace: args.project, name }),
            query: { fieldManager: FIELD_MANAGER, force: false, dryRun: args.dryRun ? 'All' : undefined },
            contentType: 'application/apply-patch+yaml',
            body,
          },
        );
        applied.push(viewOf(kind, obj));
      } catch (err) {
        throw atLine(err, doc.line);
      }
    }
    ctx.log.info({ project: args.project, objects: planned.map((p) => `${p.kind.kind}/${p.doc.manifest.metadata.name}`), dryRun: !!args.dryRun, user: ctx.identity.username }, 'yaml applied');
    return applied;
  },

  async updateObject(_root: unknown, args: { project: string; yaml: string }, ctx: WorkloadsContext) {
    const scope = await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).edit();
    const docs = parseManifests(args.yaml);
    if (docs.length !== 1) throw manifestError('updateObject takes exactly one YAML document.', docs[1].line);
    const [doc] = docs;
    const kind = writableKind(doc, args.project);
    const { name, resourceVersion } = doc.manifest.metadata;
    guardSettingsWrite(ctx.identity, scope, kind, name);
    if (typeof resourceVersion !== 'string' || !resourceVersion) {
      throw manifestError('metadata.resourceVersion is required (the version you edited; it guards against overwriting newer changes).', doc.line, 'metadata.resourceVersion');
    }
    const body = { ...doc.manifest, metadata: { ...doc.manifest.metadata, namespace: args.project } };
    try {
      const obj = await ctx.sources.kube.request<KubeObject>(
        { kind, namespace: args.project, name },
        { method: 'PUT', path: apiPath(kind, { namespace: args.project, name }), query: { fieldManager: FIELD_MANAGER }, body },
      );
      ctx.log.info({ project: args.project, kind: kind.kind, name, user: ctx.identity.username }, 'object updated');
      return viewOf(kind, obj);
    } catch (err) {
      throw atLine(err, doc.line);
    }
  },

  async deleteObject(_root: unknown, args: { kind: string; project: string; name: string; propagationPolicy?: keyof typeof PROPAGATION | null }, ctx: WorkloadsContext) {
    const scope = await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).edit();
    const kind = kindArg(args.kind, { namespaced: true, writable: true });
    checkObjectName(args.name, 'name');
    guardSettingsWrite(ctx.identity, scope, kind, args.name);
    const policy = PROPAGATION[args.propagationPolicy ?? 'BACKGROUND'];
    await ctx.sources.kube.request(
      { kind, namespace: args.project, name: args.name },
      { method: 'DELETE', path: apiPath(kind, { namespace: args.project, name: args.name }), body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: policy } },
    );
    ctx.log.info({ project: args.project, kind: kind.kind, name: args.name, user: ctx.identity.username }, 'object deleted');
    return { kind: kind.kind, namespace: args.project, name: args.name };
  },
};

/**
 * `create<Kind>(project, input, dryRun)` for a kind with a form (its module's `fromInput`). The
 * object is written by server-side apply, like `applyYaml`, so that the fields the form set
 * belong to the same field manager and a later `applyYaml` of the same object changes them
 * without a conflict; an object of that name already there is CONFLICT (a create never merges).
 */
export function createFromInput<I extends { name: string }>(kind: KindDescriptor & { fromInput(input: I, namespace: string): object }) {
  return async (_root: unknown, args: { project: string; input: I; dryRun?: boolean | null }, ctx: WorkloadsContext) => {
    await projectAccess(ctx.identity, ctx.sources.kube.directory, args.project).edit();
    const name = checkObjectName(args.input.name, 'input.name');
    const manifest = kind.fromInput(args.input, args.project);
    checkQuantities(manifest);
    const ref = { kind, namespace: args.project, name };
    const path = apiPath(kind, { namespace: args.project, name });
    const exists = await ctx.sources.kube.request(ref, { path, accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1' }).then(
      () => true,
      (err: unknown) => {
        if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') return false;
        throw err;
      },
    );
    if (exists) throw conflict(`${kind.kind} "${name}" already exists in project "${args.project}".`);
    const obj = await ctx.sources.kube.request<KubeObject>(ref, {
      method: 'PATCH',
      path,
      query: { fieldManager: FIELD_MANAGER, force: false, dryRun: args.dryRun ? 'All' : undefined },
      contentType: 'application/apply-patch+yaml',
      body: manifest,
    });
    if (!args.dryRun) ctx.log.info({ project: args.project, kind: kind.kind, name, user: ctx.identity.username }, 'object created');
    return viewOf(kind, obj);
  };
}
