/**
 * Reads the config.xml that `POST createItem` / `POST config.xml` carry, for the two item types
 * the stand-in knows: a Folder and a Pipeline (`flow-definition`) with an inline CPS script
 * (CpsFlowDefinition) or a Jenkinsfile from Git (CpsScmFlowDefinition). The script is not
 * Groovy-evaluated: its `stage('…')` blocks and the steps in them (echo, sh, git, input, sleep,
 * error, junit, archiveArtifacts, docker.build) are read in order, which is what the
 * declarative pipelines used against the stand-in (and Meridian's editor) contain.
 */
import { createHash } from 'node:crypto';
import type { ParameterDefinition, StageSpec, StepSpec } from './model.ts';

export type ParsedItem =
  | { kind: 'folder'; description: string | null }
  | { kind: 'pipeline'; description: string | null; parameters: ParameterDefinition[]; stages: StageSpec[] };

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');

export const tag = (xml: string, name: string) => {
  const m = xml.match(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`));
  return m ? unescape(m[1]) : null;
};

const PARAMETER_TYPES = {
  'hudson.model.StringParameterDefinition': 'string',
  'hudson.model.BooleanParameterDefinition': 'boolean',
  'hudson.model.ChoiceParameterDefinition': 'choice',
} as const;

function parameters(xml: string): ParameterDefinition[] {
  const out: ParameterDefinition[] = [];
  const re = /<(hudson\.model\.(?:String|Boolean|Choice)ParameterDefinition)>([\s\S]*?)<\/\1>/g;
  for (const m of xml.matchAll(re)) {
    const type = PARAMETER_TYPES[m[1] as keyof typeof PARAMETER_TYPES];
    const choices = type === 'choice' ? [...m[2].matchAll(/<string>([\s\S]*?)<\/string>/g)].map((c) => unescape(c[1])) : undefined;
    out.push({
      name: tag(m[2], 'name') ?? '',
      type,
      defaultValue: type === 'choice' ? (choices?.[0] ?? '') : (tag(m[2], 'defaultValue') ?? (type === 'boolean' ? 'false' : '')),
      description: tag(m[2], 'description') || undefined,
      choices,
    });
  }
  return out;
}

export function parseConfigXml(xml: string): ParsedItem {
  const root = xml.replace(/<\?xml[^>]*\?>/, '').trim().match(/^<([\w.-]+)/)?.[1];
  if (root === 'com.cloudbees.hudson.plugins.folder.Folder') return { kind: 'folder', description: tag(xml, 'description') };
  if (root === 'flow-definition') {
    const definition = xml.match(/<definition class="([^"]+)"/)?.[1] ?? '';
    let stages: StageSpec[];
    if (definition.endsWith('CpsScmFlowDefinition')) {
      // The stand-in has no Git: a run checks out (in its log) and has no stages of its own.
      const url = tag(xml, 'url') ?? '';
      const branch = (tag(xml, 'name') ?? '*/main').replace(/^\*\//, '');
      stages = [{ name: 'Declarative: Checkout SCM', durationMs: 200, logs: [], steps: [gitStep(url, branch)] }];
    } else if (definition.endsWith('CpsFlowDefinition')) {
      stages = parseScript(tag(xml, 'script') ?? '');
    } else throw new Error(`unsupported pipeline definition ${definition || '(none)'}`);
    return { kind: 'pipeline', description: tag(xml, 'description'), parameters: parameters(xml), stages };
  }
  throw new Error(`unsupported item type <${root}>: the stand-in knows Folder and flow-definition`);
}

const STR = `'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*"`;
const STEP = new RegExp(
  [
    `\\b(echo|sh|error|input|junit|archiveArtifacts)\\b\\s*\\(?\\s*(?:(?:message|testResults|artifacts|script)\\s*:\\s*)?(${STR})`,
    `\\bgit\\s+url\\s*:\\s*(${STR})(?:\\s*,\\s*branch\\s*:\\s*(${STR}))?`,
    `\\bsleep\\s*\\(?\\s*(?:time\\s*:\\s*)?(\\d+)`,
    `\\bdocker\\.build\\(\\s*(${STR})\\s*,\\s*(${STR})\\s*\\)`,
  ].join('|'),
  'g',
);

/** A Groovy string literal's value ('…' or "…", backslash escapes). */
function literal(s: string): string {
  return s.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

function gitStep(url: string, branch: string): StepSpec {
  return {
    kind: 'log',
    fn: 'git',
    name: 'Git',
    lines: ['The recommended git tool is: NONE', `Cloning the remote Git repository`, `Cloning repository ${url}`, `Checking out Revision 3f2c1a9 (refs/remotes/origin/${branch})`],
  };
}

/** Jenkins' default input id: derived from the message. */
export const inputId = (message: string) => {
  const h = createHash('md5').update(message).digest('hex');
  return h[0].toUpperCase() + h.slice(1);
};

/** Stages of a declarative pipeline script, with their steps; sleeps add to a stage's duration. */
export function parseScript(script: string): StageSpec[] {
  const chunks = script.split(/\bstage\s*\(\s*/).slice(1);
  return chunks.map((chunk) => {
    const name = chunk.match(/^(['"])(.*?)\1/)?.[2] ?? 'stage';
    const spec: StageSpec = { name, durationMs: 0, logs: [], steps: [] };
    const steps = spec.steps!;
    for (const m of chunk.matchAll(STEP)) {
      if (m[1]) {
        const value = literal(m[2]);
        if (m[1] === 'echo') steps.push({ kind: 'log', fn: 'echo', name: 'Print Message', lines: [value] });
        else if (m[1] === 'sh') steps.push({ kind: 'log', fn: 'sh', name: 'Shell Script', lines: value.split('\n').filter(Boolean).map((l) => `+ ${l}`) });
        else if (m[1] === 'error') steps.push({ kind: 'error', message: value });
        else if (m[1] === 'input') steps.push({ kind: 'input', message: value, id: inputId(value) });
        else if (m[1] === 'junit') steps.push({ kind: 'junit', pattern: value });
        else steps.push({ kind: 'archive', paths: value.split(',').map((p) => p.trim()).filter(Boolean) });
      } else if (m[3]) steps.push(gitStep(literal(m[3]), m[4] ? literal(m[4]) : 'main'));
      else if (m[5]) spec.durationMs += Number(m[5]) * 1000;
      else if (m[6]) {
        const image = literal(m[6]);
        const args = literal(m[7]);
        steps.push({ kind: 'log', fn: 'sh', name: 'Shell Script', lines: [`+ docker build -t ${image} ${args}`, 'Successfully built 8d2f1c0e5a3b', `+ docker push ${image}`, `${image.split(':').pop()}: digest: sha256:5f0c... size: 1573`] });
      }
    }
    spec.durationMs ||= 400 + 200 * steps.length;
    return spec;
  });
}
