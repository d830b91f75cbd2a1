/**
 * PipelineInput (GraphQL) → the job's PipelineConfig, checked field by field: exactly one
 * source (SCM, Jenkinsfile, or a graph written as a Jenkinsfile), parameters, triggers with
 * the webhook's secret, discard policy. Problems are BAD_USER_INPUT naming the field.
 */
import { badInput } from '@meridian/core';
import { graphProblems, toJenkinsfile, type PipelineGraph } from '@meridian/core/jenkinsfile/index';
import type { PipelineInput } from '../generated/resolvers.ts';
import type { ParameterSpec, PipelineConfig } from '../sources/jenkins-xml.ts';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const CREDENTIAL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const GIT_URL = /^(https?:\/\/|ssh:\/\/|git@)[^\s'"`\\]+$/;
const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;
const SCRIPT_PATH = /^[A-Za-z0-9._/-]{1,255}$/;

/** Jenkins cron: five fields (with H, ranges, steps, lists) or one of its @ aliases; several lines allowed. */
function checkCron(spec: string, field: string): string {
  const lines = spec.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const ok = lines.length > 0 && lines.every((l) => /^@(yearly|annually|monthly|weekly|daily|midnight|hourly)$/.test(l) || /^([0-9HhA-Za-z*,/()-]+\s+){4}[0-9HhA-Za-z*,/()-]+$/.test(l));
  if (!ok) throw badInput(`"${spec}" is not a cron schedule (five fields such as "H 2 * * *", or @daily).`, field);
  return lines.join('\n');
}

function checkParameters(list: PipelineInput['parameters']): ParameterSpec[] {
  const seen = new Set<string>();
  return (list ?? []).map((p, i) => {
    const field = `input.parameters[${i}]`;
    if (!IDENT.test(p.name)) throw badInput(`Parameter "${p.name}" needs a name of letters, digits and _ (not starting with a digit).`, `${field}.name`);
    if (seen.has(p.name)) throw badInput(`Parameter "${p.name}" is declared twice.`, `${field}.name`);
    seen.add(p.name);
    if (p.type === 'CHOICE') {
      const choices = (p.choices ?? []).filter((c) => c !== '');
      if (!choices.length) throw badInput(`Choice parameter "${p.name}" needs choices.`, `${field}.choices`);
      // Jenkins' default for a choice is its first one: a given default moves to the front.
      const first = p.defaultValue && choices.includes(p.defaultValue) ? p.defaultValue : choices[0];
      return { name: p.name, type: p.type, description: p.description, choices: [first, ...choices.filter((c) => c !== first)], defaultValue: first };
    }
    if (p.type === 'BOOLEAN' && p.defaultValue && p.defaultValue !== 'true' && p.defaultValue !== 'false') {
      throw badInput(`Boolean parameter "${p.name}" defaults to "true" or "false".`, `${field}.defaultValue`);
    }
    return { name: p.name, type: p.type, description: p.description, defaultValue: p.defaultValue ?? (p.type === 'BOOLEAN' ? 'false' : '') };
  });
}

/**
 * `current` is the job's config when updating: its webhook token is kept when the input asks
 * for a webhook without giving a new secret.
 */
export function configFromInput(input: PipelineInput, current: PipelineConfig | null): PipelineConfig {
  const sources = [input.scm && 'scm', input.jenkinsfile != null && 'jenkinsfile', input.graph && 'graph'].filter(Boolean);
  if (sources.length !== 1) throw badInput('Give exactly one of scm, jenkinsfile, graph.', 'input');
  if ((input.description ?? '').length > 2000) throw badInput('The description is longer than 2000 characters.', 'input.description');

  let script: string | undefined;
  let scm: PipelineConfig['scm'];
  if (input.scm) {
    const { url, branch, credentialId, scriptPath } = input.scm;
    if (!GIT_URL.test(url)) throw badInput(`"${url}" is not a Git repository URL (https://, ssh:// or git@host:path).`, 'input.scm.url');
    if (!BRANCH.test(branch ?? 'main')) throw badInput(`"${branch}" is not a branch name.`, 'input.scm.branch');
    if (credentialId && !CREDENTIAL_ID.test(credentialId)) throw badInput(`"${credentialId}" is not a credential id.`, 'input.scm.credentialId');
    if (!SCRIPT_PATH.test(scriptPath ?? 'Jenkinsfile') || (scriptPath ?? '').split('/').includes('..')) throw badInput(`"${scriptPath}" is not a path in the repository.`, 'input.scm.scriptPath');
    scm = { url, branch: branch ?? 'main', credentialId: credentialId || null, scriptPath: scriptPath ?? 'Jenkinsfile' };
  } else if (input.graph) {
    const graph: PipelineGraph = {
      agent: input.graph.agent ?? null,
      stages: input.graph.stages.map((s) => ({ name: s.name, steps: s.steps ?? [], parallel: s.parallel ?? [] })),
    };
    const problems = graphProblems(graph);
    if (problems.length) throw badInput(`The pipeline graph cannot be written: ${problems.join('; ')}.`, 'input.graph');
    script = toJenkinsfile(graph);
  } else {
    script = input.jenkinsfile ?? '';
    if (!script.trim()) throw badInput('The Jenkinsfile is empty.', 'input.jenkinsfile');
    if (script.length > 200_000) throw badInput('The Jenkinsfile is longer than 200,000 characters.', 'input.jenkinsfile');
  }

  const t = input.triggers;
  let webhookToken: string | null = null;
  if (t?.webhook || t?.webhookSecret) {
    if (t.webhookSecret != null) {
      if (t.webhookSecret.length < 16 || !/^[A-Za-z0-9._~-]+$/.test(t.webhookSecret)) {
        throw badInput('The webhook secret needs at least 16 characters: letters, digits, . _ ~ -.', 'input.triggers.webhookSecret');
      }
      webhookToken = t.webhookSecret;
    } else if (current?.webhookToken) webhookToken = current.webhookToken;
    else throw badInput('A new webhook needs its secret (webhookSecret).', 'input.triggers.webhookSecret');
  }
  const d = input.discard;
  for (const [k, v] of Object.entries(d ?? {})) {
    if (v != null && (!Number.isInteger(v) || v < 1 || v > 100_000)) throw badInput(`discard.${k} is a whole number from 1 to 100000, or null.`, `input.discard.${k}`);
  }
  return {
    description: input.description ?? null,
    scm,
    script,
    parameters: checkParameters(input.parameters),
    cron: t?.cron?.trim() ? checkCron(t.cron, 'input.triggers.cron') : null,
    pollScm: t?.pollScm?.trim() ? checkCron(t.pollScm, 'input.triggers.pollScm') : null,
    webhookToken,
    discard: d && (d.daysToKeep != null || d.numToKeep != null) ? { daysToKeep: d.daysToKeep ?? null, numToKeep: d.numToKeep ?? null } : null,
  };
}
