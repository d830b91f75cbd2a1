/**
 * The config.xml of a seeded job (seeds give stages, not XML): a flow-definition whose inline
 * script echoes each stage's lines, so `GET config.xml` answers like Jenkins for every job.
 */
import type { PipelineJob } from './model.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const groovy = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function seededConfigXml(job: PipelineJob): string {
  const stages = job.stages
    .map((s) => `    stage(${groovy(s.name)}) {\n      steps {\n${[...s.logs.map((l) => `        echo ${groovy(l)}`), ...(s.error ? [`        error ${groovy(s.error)}`] : [])].join('\n')}\n      }\n    }`)
    .join('\n');
  const script = `pipeline {\n  agent any\n  stages {\n${stages}\n  }\n}\n`;
  const params = job.parameters
    .map((p) => `<hudson.model.StringParameterDefinition><name>${esc(p.name)}</name><description>${esc(p.description ?? '')}</description><defaultValue>${esc(p.defaultValue)}</defaultValue><trim>false</trim></hudson.model.StringParameterDefinition>`)
    .join('');
  return `<?xml version='1.1' encoding='UTF-8'?>
<flow-definition plugin="workflow-job">
  <description>${esc(job.description ?? '')}</description>
  <keepDependencies>false</keepDependencies>
  <properties>${params ? `<hudson.model.ParametersDefinitionProperty><parameterDefinitions>${params}</parameterDefinitions></hudson.model.ParametersDefinitionProperty>` : ''}</properties>
  <definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition" plugin="workflow-cps"><script>${esc(script)}</script><sandbox>true</sandbox></definition>
  <triggers/>
  <disabled>false</disabled>
</flow-definition>
`;
}
