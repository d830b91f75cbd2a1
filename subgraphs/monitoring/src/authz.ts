import { assertCanViewProject } from '@meridian/core';
import type { MonitoringContext } from './context.ts';

/** Metrics of a pod or project are visible to exactly those who may view the project. */
export async function assertViewable(ctx: MonitoringContext, namespace: string): Promise<void> {
  await ctx.directory.ready();
  assertCanViewProject(ctx.identity, namespace, ctx.directory.workspaceOf(namespace));
}
