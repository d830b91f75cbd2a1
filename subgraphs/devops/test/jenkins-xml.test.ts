/** The config.xml and credential XML Meridian sends Jenkins: Jenkins' own element names and classes, read back as written. */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { credentialKind, credentialXml, folderXml, parsePipelineXml, pipelineXml, type PipelineConfig } from '../src/sources/jenkins-xml.ts';

const inline: PipelineConfig = {
  description: 'a <b> & "c"',
  script: "pipeline {\n  agent any\n  stages { stage('A') { steps { sh 'echo <&> \"q\"' } } }\n}",
  parameters: [
    { name: 'S', type: 'STRING', description: 'str', defaultValue: 'x' },
    { name: 'C', type: 'CHOICE', description: null, defaultValue: 'b', choices: ['b', 'a'] },
    { name: 'B', type: 'BOOLEAN', description: null, defaultValue: 'true' },
  ],
  cron: 'H 2 * * *',
  pollScm: 'H/5 * * * *',
  webhookToken: 'token-0123456789abcdef',
  discard: { daysToKeep: null, numToKeep: 5 },
};

test('an inline pipeline: flow-definition with CpsFlowDefinition, parameters, triggers and LogRotator; read back as written', () => {
  const xml = pipelineXml(inline);
  assert.match(xml, /^<\?xml version="1.1" encoding="UTF-8"\?>\n<flow-definition plugin="workflow-job">/);
  assert.match(xml, /<definition class="org\.jenkinsci\.plugins\.workflow\.cps\.CpsFlowDefinition" plugin="workflow-cps">/);
  assert.match(xml, /<hudson\.model\.ChoiceParameterDefinition>[\s\S]*<choices class="java\.util\.Arrays\$ArrayList">\s*<a class="string-array">\s*<string>b<\/string>\s*<string>a<\/string>/);
  assert.match(xml, /<hudson\.triggers\.TimerTrigger>\s*<spec>H 2 \* \* \*<\/spec>/);
  assert.match(xml, /<org\.jenkinsci\.plugins\.gwt\.GenericTrigger plugin="generic-webhook-trigger">[\s\S]*<token>token-0123456789abcdef<\/token>/);
  assert.match(xml, /<strategy class="hudson\.tasks\.LogRotator">\s*<daysToKeep>-1<\/daysToKeep>\s*<numToKeep>5<\/numToKeep>/);
  assert.match(xml, /&lt;&amp;&gt;/, 'the script is escaped');
  assert.deepEqual(parsePipelineXml(xml), { ...inline, parameters: inline.parameters.map((p) => ({ ...p, choices: p.choices ?? null })) });
});

test('parameters of different classes keep their order', () => {
  const order: PipelineConfig['parameters'] = [
    { name: 'A', type: 'BOOLEAN', defaultValue: 'false' },
    { name: 'B', type: 'STRING', defaultValue: '' },
    { name: 'C', type: 'BOOLEAN', defaultValue: 'true' },
  ];
  assert.deepEqual(parsePipelineXml(pipelineXml({ ...inline, parameters: order }))!.parameters.map((p) => p.name), ['A', 'B', 'C']);
});

test('an SCM pipeline: CpsScmFlowDefinition with GitSCM (url, credentialsId, */branch) and scriptPath', () => {
  const scm: PipelineConfig = { ...inline, script: undefined, scm: { url: 'https://git.example.com/a.git', branch: 'dev', credentialId: 'git', scriptPath: 'ci/Jenkinsfile' }, parameters: [], cron: null, pollScm: null, webhookToken: null, discard: null };
  const xml = pipelineXml(scm);
  assert.match(xml, /<definition class="org\.jenkinsci\.plugins\.workflow\.cps\.CpsScmFlowDefinition" plugin="workflow-cps">\s*<scm class="hudson\.plugins\.git\.GitSCM" plugin="git">/);
  assert.match(xml, /<hudson\.plugins\.git\.BranchSpec>\s*<name>\*\/dev<\/name>/);
  const { script: _s, ...expected } = scm;
  assert.deepEqual(parsePipelineXml(xml), expected);
  assert.equal(parsePipelineXml(folderXml('x')), null, 'a folder is not a pipeline');
});

test('credentials as the credentials plugin classes, and their type names mapped back', () => {
  assert.match(credentialXml({ id: 'a', description: '', usernamePassword: { username: 'u', password: 'p' } }), /^<\?xml[^>]*\?>\n<com\.cloudbees\.plugins\.credentials\.impl\.UsernamePasswordCredentialsImpl>\s*<scope>GLOBAL<\/scope>\s*<id>a<\/id>/);
  assert.match(credentialXml({ id: 'b', description: '', sshKey: { username: 'git', privateKey: 'K' } }), /BasicSSHUserPrivateKey\$DirectEntryPrivateKeySource">\s*<privateKey>K<\/privateKey>/);
  assert.match(credentialXml({ id: 'c', description: '', secretText: { secret: 's' } }), /<org\.jenkinsci\.plugins\.plaincredentials\.impl\.StringCredentialsImpl plugin="plain-credentials">[\s\S]*<secret>s<\/secret>/);
  assert.match(credentialXml({ id: 'd', description: '', kubeconfig: { content: 'k' } }), /KubeconfigCredentials\$DirectEntryKubeconfigSource">\s*<content>k<\/content>/);
  assert.throws(() => credentialXml({ id: 'e', description: '' }));
  assert.equal(credentialKind('Username with password'), 'USERNAME_PASSWORD');
  assert.equal(credentialKind('SSH Username with private key'), 'SSH_KEY');
  assert.equal(credentialKind('Secret text'), 'SECRET_TEXT');
  assert.equal(credentialKind('Kubernetes configuration (kubeconfig)'), 'KUBECONFIG');
  assert.equal(credentialKind('Certificate'), 'OTHER');
});
