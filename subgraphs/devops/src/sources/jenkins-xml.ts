/**
 * The XML Jenkins stores items and credentials as (XStream): config.xml of a Folder and of a
 * Pipeline job (`flow-definition` with CpsFlowDefinition or CpsScmFlowDefinition + GitSCM),
 * and credentials for the credentials store's `createCredentials`. Element names and classes
 * are Jenkins' own (workflow-job, workflow-cps, git, credentials, plain-credentials,
 * ssh-credentials, kubernetes-cd, generic-webhook-trigger), so a real Jenkins reads them.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  // Elements that repeat: always arrays, even with one child.
  isArray: (name) => ['hudson.plugins.git.UserRemoteConfig', 'hudson.plugins.git.BranchSpec'].includes(name),
});

// Parameter definitions of different classes interleave, and their order is the form's order:
// they are written and read with an order-preserving builder and parser.
const orderedBuilder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: true });
const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: true });
const PARAMETERS_SLOT = 'meridian-parameter-definitions';

const XML_DECL = { '?xml': { '@_version': '1.1', '@_encoding': 'UTF-8' } };
const build = (root: Record<string, unknown>) => builder.build({ ...XML_DECL, ...root }) as string;

export type ParameterType = 'STRING' | 'CHOICE' | 'BOOLEAN';
export interface ParameterSpec {
  name: string;
  type: ParameterType;
  description?: string | null;
  defaultValue?: string | null;
  choices?: string[] | null;
}
export interface ScmSpec {
  url: string;
  branch: string;
  credentialId?: string | null;
  scriptPath: string;
}
export interface PipelineConfig {
  description: string | null;
  /** Exactly one of scm / script. */
  scm?: ScmSpec;
  script?: string;
  parameters: ParameterSpec[];
  cron: string | null;
  pollScm: string | null;
  /** The Generic Webhook Trigger token; only ever sent to Jenkins, never returned by the API. */
  webhookToken: string | null;
  discard: { daysToKeep: number | null; numToKeep: number | null } | null;
}

export const FOLDER_CLASS = 'com.cloudbees.hudson.plugins.folder.Folder';

export function folderXml(description: string): string {
  return build({ [FOLDER_CLASS]: { '@_plugin': 'cloudbees-folder', description, properties: '', folderViews: '', healthMetrics: '' } });
}

function parameterXml(p: ParameterSpec): [string, Record<string, unknown>] {
  const common = { name: p.name, description: p.description ?? '' };
  switch (p.type) {
    case 'STRING':
      return ['hudson.model.StringParameterDefinition', { ...common, defaultValue: p.defaultValue ?? '', trim: 'false' }];
    case 'BOOLEAN':
      return ['hudson.model.BooleanParameterDefinition', { ...common, defaultValue: p.defaultValue === 'true' ? 'true' : 'false' }];
    case 'CHOICE':
      return ['hudson.model.ChoiceParameterDefinition', { ...common, choices: { '@_class': 'java.util.Arrays$ArrayList', a: { '@_class': 'string-array', string: p.choices ?? [] } } }];
  }
}

export function pipelineXml(c: PipelineConfig): string {
  const properties: Record<string, unknown> = {};
  if (c.discard) {
    properties['jenkins.model.BuildDiscarderProperty'] = {
      strategy: {
        '@_class': 'hudson.tasks.LogRotator',
        daysToKeep: c.discard.daysToKeep ?? -1,
        numToKeep: c.discard.numToKeep ?? -1,
        artifactDaysToKeep: -1,
        artifactNumToKeep: -1,
      },
    };
  }
  if (c.parameters.length) properties['hudson.model.ParametersDefinitionProperty'] = { parameterDefinitions: PARAMETERS_SLOT };
  const triggers: Record<string, unknown> = {};
  if (c.cron) triggers['hudson.triggers.TimerTrigger'] = { spec: c.cron };
  if (c.pollScm) triggers['hudson.triggers.SCMTrigger'] = { spec: c.pollScm, ignorePostCommitHooks: 'false' };
  if (c.webhookToken) {
    triggers['org.jenkinsci.plugins.gwt.GenericTrigger'] = {
      '@_plugin': 'generic-webhook-trigger',
      genericVariables: '',
      regexpFilterText: '',
      regexpFilterExpression: '',
      printPostContent: 'false',
      printContributedVariables: 'false',
      causeString: 'Triggered by a webhook',
      token: c.webhookToken,
      tokenCredentialId: '',
      silentResponse: 'false',
      overrideQuietPeriod: 'false',
    };
  }
  if (Object.keys(triggers).length) {
    properties['org.jenkinsci.plugins.workflow.job.properties.PipelineTriggersJobProperty'] = { triggers };
  }
  const definition = c.scm
    ? {
        '@_class': 'org.jenkinsci.plugins.workflow.cps.CpsScmFlowDefinition',
        '@_plugin': 'workflow-cps',
        scm: {
          '@_class': 'hudson.plugins.git.GitSCM',
          '@_plugin': 'git',
          configVersion: 2,
          userRemoteConfigs: { 'hudson.plugins.git.UserRemoteConfig': [{ url: c.scm.url, credentialsId: c.scm.credentialId ?? '' }] },
          branches: { 'hudson.plugins.git.BranchSpec': [{ name: `*/${c.scm.branch}` }] },
          doGenerateSubmoduleConfigurations: 'false',
          submoduleCfg: { '@_class': 'empty-list' },
          extensions: '',
        },
        scriptPath: c.scm.scriptPath,
        lightweight: 'true',
      }
    : { '@_class': 'org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition', '@_plugin': 'workflow-cps', script: c.script ?? '', sandbox: 'true' };
  const xml = build({
    'flow-definition': {
      '@_plugin': 'workflow-job',
      actions: '',
      description: c.description ?? '',
      keepDependencies: 'false',
      properties,
      definition,
      triggers: '',
      disabled: 'false',
    },
  });
  return xml.replace(PARAMETERS_SLOT, `\n${orderedBuilder.build(c.parameters.map((p) => ordered(...parameterXml(p))))}`);
}

/** A plain element (text, attributes as `@_x`, children, arrays of children) in the order-preserving form. */
function ordered(name: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { [name]: [{ '#text': String(value ?? '') }] };
  const attrs: Record<string, string> = {};
  const children: Record<string, unknown>[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('@_')) attrs[k] = String(v);
    else for (const item of Array.isArray(v) ? v : [v]) children.push(ordered(k, item));
  }
  return { [name]: children, ...(Object.keys(attrs).length ? { ':@': attrs } : {}) };
}

type Node = Record<string, unknown>;
const obj = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => {
  const n = Number(str(v));
  return str(v) !== null && Number.isInteger(n) && n >= 0 ? n : null;
};
const asList = (v: unknown): Node[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);

type Ordered = Record<string, unknown>[];
const childrenOf = (list: Ordered, name: string): Ordered => (list.find((n) => Object.hasOwn(n, name))?.[name] as Ordered | undefined) ?? [];
const textOf = (list: Ordered, name: string): string | null => {
  const el = list.find((n) => Object.hasOwn(n, name));
  if (!el) return null;
  return ((el[name] as Ordered)[0]?.['#text'] as string | undefined) ?? '';
};

const PARAMETER_TYPES: Record<string, ParameterType> = {
  'hudson.model.StringParameterDefinition': 'STRING',
  'hudson.model.TextParameterDefinition': 'STRING',
  'hudson.model.BooleanParameterDefinition': 'BOOLEAN',
  'hudson.model.ChoiceParameterDefinition': 'CHOICE',
};

/** The job's string, choice and boolean parameters, in the job's order (others are left out). */
function readParameters(xml: string): ParameterSpec[] {
  const doc = orderedParser.parse(xml) as Ordered;
  const defs = childrenOf(childrenOf(childrenOf(childrenOf(doc, 'flow-definition'), 'properties'), 'hudson.model.ParametersDefinitionProperty'), 'parameterDefinitions');
  return defs.flatMap((el) => {
    const cls = Object.keys(el).find((k) => k !== ':@') ?? '';
    const type = Object.hasOwn(PARAMETER_TYPES, cls) ? PARAMETER_TYPES[cls] : undefined;
    if (!type) return [];
    const body = el[cls] as Ordered;
    const choices = type === 'CHOICE' ? childrenOf(childrenOf(body, 'choices'), 'a').map((c) => ((c.string as Ordered)[0]?.['#text'] as string | undefined) ?? '') : null;
    return [{ name: textOf(body, 'name') ?? '', type, description: textOf(body, 'description') || null, defaultValue: type === 'CHOICE' ? (choices?.[0] ?? null) : textOf(body, 'defaultValue'), choices }];
  });
}

/** Reads a Pipeline job's config.xml; null when the item is not a Pipeline job. */
export function parsePipelineXml(xml: string): PipelineConfig | null {
  const root = obj(parser.parse(xml))['flow-definition'];
  if (!root) return null;
  const job = obj(root);
  const props = obj(job.properties);
  const parameters = readParameters(xml);
  const triggers = obj(obj(props['org.jenkinsci.plugins.workflow.job.properties.PipelineTriggersJobProperty']).triggers);
  const rotator = obj(obj(props['jenkins.model.BuildDiscarderProperty']).strategy);
  const definition = obj(job.definition);
  const scm = obj(definition.scm);
  const remote = asList(obj(scm.userRemoteConfigs)['hudson.plugins.git.UserRemoteConfig'])[0] ?? {};
  const branch = str(asList(obj(scm.branches)['hudson.plugins.git.BranchSpec'])[0]?.name) ?? '*/main';
  const isScm = String(definition['@_class'] ?? '').endsWith('CpsScmFlowDefinition');
  return {
    description: str(job.description) || null,
    ...(isScm
      ? { scm: { url: str(remote.url) ?? '', branch: branch.replace(/^\*\//, ''), credentialId: str(remote.credentialsId) || null, scriptPath: str(definition.scriptPath) ?? 'Jenkinsfile' } }
      : { script: str(definition.script) ?? '' }),
    parameters,
    cron: str(obj(triggers['hudson.triggers.TimerTrigger']).spec),
    pollScm: str(obj(triggers['hudson.triggers.SCMTrigger']).spec),
    webhookToken: str(obj(triggers['org.jenkinsci.plugins.gwt.GenericTrigger']).token) || null,
    discard: Object.keys(rotator).length ? { daysToKeep: num(rotator.daysToKeep), numToKeep: num(rotator.numToKeep) } : null,
  };
}

export type CredentialKind = 'USERNAME_PASSWORD' | 'SSH_KEY' | 'SECRET_TEXT' | 'KUBECONFIG';
export interface CredentialSpec {
  id: string;
  description: string;
  usernamePassword?: { username: string; password: string } | null;
  sshKey?: { username: string; privateKey: string; passphrase?: string | null } | null;
  secretText?: { secret: string } | null;
  kubeconfig?: { content: string } | null;
}

/** The credential as the credentials store's createCredentials takes it. */
export function credentialXml(c: CredentialSpec): string {
  const common = { scope: 'GLOBAL', id: c.id, description: c.description };
  if (c.usernamePassword) {
    return build({ 'com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl': { ...common, username: c.usernamePassword.username, password: c.usernamePassword.password } });
  }
  if (c.sshKey) {
    return build({
      'com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey': {
        '@_plugin': 'ssh-credentials',
        ...common,
        username: c.sshKey.username,
        passphrase: c.sshKey.passphrase ?? '',
        privateKeySource: { '@_class': 'com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource', privateKey: c.sshKey.privateKey },
      },
    });
  }
  if (c.secretText) {
    return build({ 'org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl': { '@_plugin': 'plain-credentials', ...common, secret: c.secretText.secret } });
  }
  if (c.kubeconfig) {
    return build({
      'com.microsoft.jenkins.kubernetes.credentials.KubeconfigCredentials': {
        '@_plugin': 'kubernetes-cd',
        ...common,
        kubeconfigSource: { '@_class': 'com.microsoft.jenkins.kubernetes.credentials.KubeconfigCredentials$DirectEntryKubeconfigSource', content: c.kubeconfig.content },
      },
    });
  }
  throw new Error('a credential needs one of usernamePassword, sshKey, secretText, kubeconfig');
}

/** Jenkins' credential type names (descriptor display names, `typeName` in the store's JSON). */
export const CREDENTIAL_TYPE_NAMES: Record<CredentialKind, string> = {
  USERNAME_PASSWORD: 'Username with password',
  SSH_KEY: 'SSH Username with private key',
  SECRET_TEXT: 'Secret text',
  KUBECONFIG: 'Kubernetes configuration (kubeconfig)',
};

export function credentialKind(typeName: string): CredentialKind | 'OTHER' {
  const hit = Object.entries(CREDENTIAL_TYPE_NAMES).find(([, name]) => name === typeName);
  return hit ? (hit[0] as CredentialKind) : 'OTHER';
}
