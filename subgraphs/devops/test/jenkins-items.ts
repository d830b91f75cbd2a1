/**
 * Creates and deletes Jenkins items with config.xml, the way Jenkins' own CLI and REST clients
 * do (`POST createItem?name=`, `POST doDelete`). Works on a real Jenkins (with the Folders and
 * Pipeline plugins) and on the stand-in alike; used to set up the opt-in real-Jenkins suite.
 */
import { jobPath, type JenkinsClient } from '../src/sources/jenkins.ts';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function createFolder(jenkins: JenkinsClient, name: string, description = ''): Promise<void> {
  const xml = `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.hudson.plugins.folder.Folder plugin="cloudbees-folder"><description>${xmlEscape(description)}</description></com.cloudbees.hudson.plugins.folder.Folder>`;
  const res = await jenkins.post(`createItem?name=${encodeURIComponent(name)}`, { contentType: 'application/xml', text: xml });
  await res.arrayBuffer();
}

export async function createPipeline(
  jenkins: JenkinsClient,
  folder: string,
  name: string,
  opts: { description?: string; script: string; parameters?: { name: string; defaultValue: string }[] },
): Promise<void> {
  const params = (opts.parameters ?? [])
    .map((p) => `<hudson.model.StringParameterDefinition><name>${xmlEscape(p.name)}</name><defaultValue>${xmlEscape(p.defaultValue)}</defaultValue><trim>false</trim></hudson.model.StringParameterDefinition>`)
    .join('');
  const xml = `<?xml version='1.1' encoding='UTF-8'?>
<flow-definition plugin="workflow-job">
  <description>${xmlEscape(opts.description ?? '')}</description>
  <keepDependencies>false</keepDependencies>
  <properties>${params ? `<hudson.model.ParametersDefinitionProperty><parameterDefinitions>${params}</parameterDefinitions></hudson.model.ParametersDefinitionProperty>` : ''}</properties>
  <definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition" plugin="workflow-cps"><script>${xmlEscape(opts.script)}</script><sandbox>true</sandbox></definition>
  <triggers/>
  <disabled>false</disabled>
</flow-definition>`;
  const res = await jenkins.post(`${jobPath(folder)}/createItem?name=${encodeURIComponent(name)}`, { contentType: 'application/xml', text: xml });
  await res.arrayBuffer();
}

export async function deleteItem(jenkins: JenkinsClient, path: string): Promise<void> {
  // Jenkins answers doDelete with a redirect (302), which the client does not follow.
  const res = await jenkins.post(`${jobPath(path)}/doDelete`).catch(() => undefined);
  await res?.arrayBuffer();
}
