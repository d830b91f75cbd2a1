import { assertCanEditProject, assertCanViewProject } from '@meridian/core';
import type { WorkloadsContext } from './context.ts';

/**
 * The project checks every workloads resolver runs before touching tenant data. The
 * namespace's workspace comes from the namespace cache, so the first call after start waits
 * (bounded) for it; a Kubernetes outage then surfaces as UPSTREAM_UNAVAILABLE.
 */
export async function assertViewable(ctx: WorkloadsContext, namespace: string): Promise<void> {
  await ctx.kube.directory.ready();
  assertCanViewProject(ctx.identity, namespace, ctx.kube.directory.workspaceOf(namespace));
}

export async function assertEditable(ctx: WorkloadsContext, namespace: string): Promise<void> {
  await ctx.kube.directory.ready();
  assertCanEditProject(ctx.identity, namespace, ctx.kube.directory.workspaceOf(namespace));
}
