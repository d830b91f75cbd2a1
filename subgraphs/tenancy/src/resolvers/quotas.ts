import { policies, projectAccess, requireUser, type ProjectScope } from '@meridian/core';
import type { MutationResolvers, ProjectResolvers, WorkspaceResolvers } from '../generated/resolvers.ts';
import type { TenancyContext } from '../context.ts';
import { checkAllocation, checkDefaults, checkHard, orderedResources, sumOf, usageRow, type Hard } from '../quota-rules.ts';
import { loadVisibleProject } from './query.ts';
import { loadVisibleWorkspace } from './visibility.ts';

/**
 * Quotas, default limits and network isolation of projects and workspaces (issue #9). Who may
 * change them: the rules that guard changing or deleting the project / workspace (its admins,
 * workspace admins, platform admins; "manage settings"). The capability fields answer the same.
 */
const projectSettingsPolicy = (scope: ProjectScope) => policies.manageProject(scope);
const workspaceSettingsPolicy = (workspace: string) => policies.manageWorkspace(workspace);

/** The project's scope if the caller may see it (else NOT_FOUND) and change its settings (else FORBIDDEN). */
async function projectForSettings(project: string, ctx: TenancyContext): Promise<ProjectScope> {
  const scope = await projectAccess(ctx.identity, ctx.sources.namespaces.directory, project).view();
  projectSettingsPolicy(scope).enforce(ctx.identity);
  return scope;
}

async function workspaceForSettings(workspace: string, ctx: TenancyContext): Promise<void> {
  await loadVisibleWorkspace(workspace, ctx);
  workspaceSettingsPolicy(workspace).enforce(ctx.identity);
}

/** Every project of the workspace with its quota limits (undefined: no quota). */
async function projectHards(workspace: string, ctx: TenancyContext): Promise<{ name: string; hard: Hard | undefined }[]> {
  const projects = await ctx.sources.namespaces.projectsOf(workspace);
  return Promise.all(projects.map(async (p) => ({ name: p.name, hard: (await ctx.sources.projectQuotas.quota(p.name))?.hard })));
}

/**
 * What a project created in `workspace` gets from it: a quota of 0 for each resource the
 * workspace limits (so the workspace's bound holds from the start; an admin then gives it a
 * share), and the workspace's isolation policy. Called by createProject.
 */
export async function settleNewProject(project: string, workspace: string, ctx: TenancyContext): Promise<void> {
  await ctx.sources.workspaceSettings.locked(workspace, async (locked) => {
    const settings = await locked.get(workspace);
    const limited = Object.keys(settings.quotaHard);
    if (limited.length) await ctx.sources.projectQuotas.setQuota(project, Object.fromEntries(limited.map((r) => [r, '0'])));
    if (settings.networkIsolated) await ctx.sources.isolation.applyWorkspace(project, workspace, true);
  });
}

export const quotaMutations: Pick<
  MutationResolvers<TenancyContext>,
  'setProjectQuota' | 'setProjectLimitRange' | 'setWorkspaceQuota' | 'setProjectNetworkIsolation' | 'setWorkspaceNetworkIsolation'
> = {
  setProjectQuota: async (_parent, args, ctx) => {
    const scope = await projectForSettings(args.project, ctx);
    const hard = checkHard(args.input.hard, 'input.hard');
    const workspace = scope.workspace;
    if (!workspace) await ctx.sources.projectQuotas.setQuota(args.project, hard);
    else {
      await ctx.sources.workspaceSettings.locked(workspace, async (locked) => {
        const { quotaHard } = await locked.get(workspace);
        if (Object.keys(quotaHard).length) {
          const projects = (await projectHards(workspace, ctx)).map((p) => (p.name === args.project ? { ...p, hard } : p));
          // Only this project must bound everything here: the caller may not see the others.
          const refused = checkAllocation(workspace, quotaHard, projects, 'input.hard', (name) => name === args.project);
          if (refused) throw refused;
        }
        await ctx.sources.projectQuotas.setQuota(args.project, hard);
      });
    }
    return loadVisibleProject(args.project, ctx);
  },

  setProjectLimitRange: async (_parent, args, ctx) => {
    await projectForSettings(args.project, ctx);
    const defaults = args.input ? checkDefaults(args.input) : null;
    await ctx.sources.projectQuotas.setDefaults(args.project, defaults);
    return loadVisibleProject(args.project, ctx);
  },

  setWorkspaceQuota: async (_parent, args, ctx) => {
    await workspaceForSettings(args.workspace, ctx);
    const hard = checkHard(args.input.hard, 'input.hard');
    await ctx.sources.workspaceSettings.locked(args.workspace, async (locked) => {
      const refused = checkAllocation(args.workspace, hard, await projectHards(args.workspace, ctx), 'input.hard');
      if (refused) throw refused;
      await locked.set(args.workspace, { quotaHard: hard });
    });
    return loadVisibleWorkspace(args.workspace, ctx);
  },

  setProjectNetworkIsolation: async (_parent, args, ctx) => {
    const scope = await projectForSettings(args.project, ctx);
    const workspace = scope.workspace;
    if (!workspace) await ctx.sources.isolation.setProject(args.project, undefined, args.enabled, false);
    else {
      await ctx.sources.workspaceSettings.locked(workspace, async (locked) => {
        const { networkIsolated } = await locked.get(workspace);
        await ctx.sources.isolation.setProject(args.project, workspace, args.enabled, networkIsolated);
      });
    }
    return loadVisibleProject(args.project, ctx);
  },

  setWorkspaceNetworkIsolation: async (_parent, args, ctx) => {
    await workspaceForSettings(args.workspace, ctx);
    await ctx.sources.workspaceSettings.locked(args.workspace, async (locked) => {
      await locked.set(args.workspace, { networkIsolated: args.enabled });
      for (const p of await ctx.sources.namespaces.projectsOf(args.workspace)) {
        await ctx.sources.isolation.applyWorkspace(p.name, args.workspace, args.enabled);
      }
    });
    return loadVisibleWorkspace(args.workspace, ctx);
  },
};

export const projectQuotaFields: Pick<ProjectResolvers<TenancyContext>, 'quota' | 'limitRange' | 'networkIsolated' | 'viewerCanManageSettings'> = {
  quota: async (p, _args, ctx) => {
    const q = await ctx.sources.projectQuotas.quota(p.name);
    if (!q) return [];
    return orderedResources(Object.keys(q.hard)).map((r) => usageRow(r, q.hard[r], Object.hasOwn(q.used, r) ? q.used[r] : null));
  },
  limitRange: (p, _args, ctx) => ctx.sources.projectQuotas.defaults(p.name),
  networkIsolated: (p, _args, ctx) => ctx.sources.isolation.projectIsolated(p.name),
  viewerCanManageSettings: (p, _args, ctx) => projectSettingsPolicy({ namespace: p.name, workspace: p.workspace }).allows(requireUser(ctx.identity)),
};

export const workspaceQuotaFields: Pick<WorkspaceResolvers<TenancyContext>, 'quota' | 'networkIsolated' | 'viewerCanManageSettings'> = {
  quota: async (w, _args, ctx) => {
    const { quotaHard } = await ctx.sources.workspaceSettings.get(w.name);
    if (!Object.keys(quotaHard).length) return [];
    const projects = await ctx.sources.namespaces.projectsOf(w.name);
    const quotas = await Promise.all(projects.map((p) => ctx.sources.projectQuotas.quota(p.name)));
    return orderedResources(Object.keys(quotaHard)).map((r) => {
      const pick = (m: Record<string, string> | undefined) => (m && Object.hasOwn(m, r) ? m[r] : undefined);
      const used = sumOf(r, quotas.map((q) => pick(q?.used)));
      const allocated = sumOf(r, quotas.map((q) => pick(q?.hard)));
      return usageRow(r, quotaHard[r], used.text, allocated.text);
    });
  },
  networkIsolated: async (w, _args, ctx) => (await ctx.sources.workspaceSettings.get(w.name)).networkIsolated,
  viewerCanManageSettings: (w, _args, ctx) => workspaceSettingsPolicy(w.name).allows(requireUser(ctx.identity)),
};
