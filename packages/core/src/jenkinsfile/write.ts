/**
 * PipelineGraph → declarative Jenkinsfile. One step per line, in forms `read.ts` tells apart:
 * `sh`, `git`, `input`, a docker-workflow `script { docker.build(…).push() }` for image builds
 * and a kubernetes-cli `withKubeConfig([…]) { sh 'kubectl apply …' }` for deploys.
 */
import { groovyString as q } from './groovy.ts';
import { normalizeGraph, type PipelineGraph, type PipelineStep } from './graph.ts';

export const EDITOR_HEADER = "// Written by Meridian's pipeline editor. Hand edits are fine, but the editor opens only files it wrote.";

export function stepLine(raw: PipelineStep): string {
  const s = raw;
  switch (s.kind) {
    case 'SHELL':
      return `sh ${q(s.script!)}`;
    case 'CHECKOUT':
      return `git url: ${q(s.url!)}, branch: ${q(s.branch!)}${s.credentialId ? `, credentialsId: ${q(s.credentialId)}` : ''}`;
    case 'BUILD_IMAGE': {
      const build = `docker.build(${q(s.image!)}, ${q(`-f ${s.dockerfile} ${s.context}`)}).push()`;
      return s.credentialId ? `script { docker.withRegistry('', ${q(s.credentialId)}) { ${build} } }` : `script { ${build} }`;
    }
    case 'DEPLOY':
      return `withKubeConfig([credentialsId: ${q(s.credentialId!)}, namespace: ${q(s.project!)}]) { sh ${q(`kubectl apply -n ${s.project} -f ${s.manifest}`)} }`;
    case 'INPUT':
      return `input message: ${q(s.message!)}${s.submitter ? `, submitter: ${q(s.submitter)}` : ''}`;
  }
}

/** Writes the graph (normalized: defaults filled in). Check it with graphProblems first. */
export function toJenkinsfile(input: PipelineGraph): string {
  const graph = normalizeGraph(input);
  const out: string[] = [EDITOR_HEADER, 'pipeline {', graph.agent ? `  agent { label ${q(graph.agent)} }` : '  agent any', '  stages {'];
  const steps = (list: PipelineStep[], indent: string) => {
    out.push(`${indent}steps {`);
    for (const s of list) out.push(`${indent}  ${stepLine(s)}`);
    out.push(`${indent}}`);
  };
  for (const stage of graph.stages) {
    out.push(`    stage(${q(stage.name)}) {`);
    if (stage.parallel.length) {
      out.push('      parallel {');
      for (const b of stage.parallel) {
        out.push(`        stage(${q(b.name)}) {`);
        steps(b.steps, '          ');
        out.push('        }');
      }
      out.push('      }');
    } else steps(stage.steps, '      ');
    out.push('    }');
  }
  out.push('  }', '}', '');
  return out.join('\n');
}
