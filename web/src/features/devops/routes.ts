/** Console paths of the DevOps pages: a workspace's projects, a project, a pipeline. */
export function devopsHref(workspace: string, project?: string, pipeline?: string): string {
  let href = `/workspaces/${encodeURIComponent(workspace)}/devops`;
  if (project) href += `/${encodeURIComponent(project)}`;
  if (pipeline) href += `/pipelines/${encodeURIComponent(pipeline)}`;
  return href;
}
