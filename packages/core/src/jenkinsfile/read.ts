/**
 * Declarative Jenkinsfile → PipelineGraph, for the files `toJenkinsfile` wrote. Whatever it
 * reads is written again and compared with the input (comments, blank lines and indentation
 * aside): a file edited by hand into anything the editor would not write gives null (the console then offers the text editor instead).
 */
import { readGroovyString } from './groovy.ts';
import type { PipelineBranch, PipelineGraph, PipelineStage, PipelineStep } from './graph.ts';
import { toJenkinsfile } from './write.ts';

class NotOurs extends Error {}

/** `key: 'value', key2: 'value'` → entries, in order. */
function namedArgs(text: string): Map<string, string> {
  const args = new Map<string, string>();
  let rest = text;
  while (rest) {
    const key = rest.match(/^(\w+): /);
    if (!key) throw new NotOurs();
    const str = readGroovyString(rest.slice(key[0].length));
    if (!str) throw new NotOurs();
    args.set(key[1], str.value);
    rest = str.rest.startsWith(', ') ? str.rest.slice(2) : str.rest;
    if (rest && !/^\w/.test(rest)) throw new NotOurs();
  }
  return args;
}

const WORD = "'([^'\\\\]*)'";

export function readStep(line: string): PipelineStep {
  if (line.startsWith('sh ')) {
    const s = readGroovyString(line.slice(3));
    if (!s || s.rest) throw new NotOurs();
    return { kind: 'SHELL', script: s.value };
  }
  if (line.startsWith('git ')) {
    const a = namedArgs(line.slice(4));
    return { kind: 'CHECKOUT', url: a.get('url'), branch: a.get('branch'), credentialId: a.get('credentialsId') };
  }
  if (line.startsWith('input ')) {
    const a = namedArgs(line.slice(6));
    return { kind: 'INPUT', message: a.get('message'), submitter: a.get('submitter') };
  }
  const build = line.match(new RegExp(`^script \\{ (?:docker\\.withRegistry\\('', ${WORD}\\) \\{ )?docker\\.build\\(${WORD}, '-f (\\S+) (\\S+)'\\)\\.push\\(\\) \\}`));
  if (build) return { kind: 'BUILD_IMAGE', credentialId: build[1], image: build[2], dockerfile: build[3], context: build[4] };
  const deploy = line.match(new RegExp(`^withKubeConfig\\(\\[credentialsId: ${WORD}, namespace: ${WORD}\\]\\) \\{ sh 'kubectl apply -n \\S+ -f (\\S+)' \\}$`));
  if (deploy) return { kind: 'DEPLOY', credentialId: deploy[1], project: deploy[2], manifest: deploy[3] };
  throw new NotOurs();
}

function parse(text: string): PipelineGraph {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
  let i = 0;
  const next = () => {
    if (i >= lines.length) throw new NotOurs();
    return lines[i++];
  };
  const expect = (line: string) => {
    if (next() !== line) throw new NotOurs();
  };
  const stageName = (line: string) => {
    const m = line.match(/^stage\((.*)\) \{$/);
    const s = m && readGroovyString(m[1]);
    if (!s || s.rest) throw new NotOurs();
    return s.value;
  };
  const steps = () => {
    expect('steps {');
    const list: PipelineStep[] = [];
    for (let line = next(); line !== '}'; line = next()) list.push(readStep(line));
    return list;
  };

  expect('pipeline {');
  const agentLine = next();
  let agent: string | null = null;
  if (agentLine !== 'agent any') {
    const m = agentLine.match(/^agent \{ label (.*) \}$/);
    const s = m && readGroovyString(m[1]);
    if (!s || s.rest) throw new NotOurs();
    agent = s.value;
  }
  expect('stages {');
  const stages: PipelineStage[] = [];
  for (let line = next(); line !== '}'; line = next()) {
    const name = stageName(line);
    if (lines[i] === 'parallel {') {
      i++;
      const parallel: PipelineBranch[] = [];
      for (let b = next(); b !== '}'; b = next()) {
        parallel.push({ name: stageName(b), steps: steps() });
        expect('}');
      }
      stages.push({ name, steps: [], parallel });
    } else stages.push({ name, steps: steps(), parallel: [] });
    expect('}');
  }
  expect('}');
  if (i !== lines.length) throw new NotOurs();
  return { agent, stages };
}

/** The graph of a Jenkinsfile the editor wrote; null for any other Jenkinsfile. */
export function fromJenkinsfile(text: string): PipelineGraph | null {
  let graph: PipelineGraph;
  try {
    graph = parse(text);
  } catch (err) {
    if (err instanceof NotOurs) return null;
    throw err;
  }
  // Comments, blank lines and indentation are the author's; every other line must match.
  const same = (a: string) => a.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join('\n');
  return same(toJenkinsfile(graph)) === same(text) ? strip(graph) : null;
}

/** Drops absent optional fields, so the result equals normalizeGraph of what was written. */
function strip(graph: PipelineGraph): PipelineGraph {
  const clean = (s: PipelineStep): PipelineStep => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined && v !== null)) as unknown as PipelineStep;
  return {
    agent: graph.agent,
    stages: graph.stages.map((st) => ({ name: st.name, steps: st.steps.map(clean), parallel: st.parallel.map((b) => ({ name: b.name, steps: b.steps.map(clean) })) })),
  };
}
