/**
 * Reads the config.xml that `POST createItem` carries, for the two item types the stand-in
 * knows: a Folder and a Pipeline (`flow-definition`) with an inline CPS script. The script is
 * not Groovy-evaluated: its `stage('…')` blocks, `echo`, `sleep` and `error` steps are read in
 * order, which is all the declarative pipelines used against the stand-in need.
 */
import type { ParameterDefinition, StageSpec } from './model.ts';

export type ParsedItem =
  | { kind: 'folder'; description: string | null }
  | { kind: 'pipeline'; description: string | null; parameters: ParameterDefinition[]; stages: StageSpec[] };

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const tag = (xml: string, name: string) => {
  const m = xml.match(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`));
  return m ? unescape(m[1]) : null;
};

export function parseConfigXml(xml: string): ParsedItem {
  const root = xml.replace(/<\?xml[^>]*\?>/, '').trim().match(/^<([\w.-]+)/)?.[1];
  if (root === 'com.cloudbees.hudson.plugins.folder.Folder') return { kind: 'folder', description: tag(xml, 'description') };
  if (root === 'flow-definition') {
    const parameters = [...xml.matchAll(/<hudson\.model\.StringParameterDefinition>([\s\S]*?)<\/hudson\.model\.StringParameterDefinition>/g)].map((m) => ({
      name: tag(m[1], 'name') ?? '',
      defaultValue: tag(m[1], 'defaultValue') ?? '',
      description: tag(m[1], 'description') ?? undefined,
    }));
    return { kind: 'pipeline', description: tag(xml, 'description'), parameters, stages: parseScript(tag(xml, 'script') ?? '') };
  }
  throw new Error(`unsupported item type <${root}>: the stand-in knows Folder and flow-definition`);
}

/** Stages of a declarative pipeline script, with their echo lines, sleeps and errors. */
export function parseScript(script: string): StageSpec[] {
  const chunks = script.split(/\bstage\s*\(\s*/).slice(1);
  return chunks.map((chunk) => {
    const name = chunk.match(/^(['"])(.*?)\1/)?.[2] ?? 'stage';
    const spec: StageSpec = { name, durationMs: 0, logs: [] };
    const steps = /\b(echo|sleep|error)\s*\(?\s*(?:time:\s*)?(?:(['"])(.*?)\2|(\d+))/g;
    for (const m of chunk.matchAll(steps)) {
      if (m[1] === 'echo') spec.logs.push(m[3] ?? m[4]);
      else if (m[1] === 'sleep') spec.durationMs += Number(m[4] ?? m[3]) * 1000;
      else spec.error = m[3] ?? m[4];
    }
    spec.durationMs ||= 200;
    return spec;
  });
}
