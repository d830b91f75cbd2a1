/**
 * Credentials of a DevOps project, kept in its Jenkins folder's store. Their values go to
 * Jenkins once and are never answered, logged or held beyond the request.
 */
import { badInput, conflict, notFound } from '@meridian/core';
import type { MutationResolvers } from '../generated/resolvers.ts';
import type { DevOpsContext } from '../context.ts';
import { editableProject } from '../access.ts';
import { fromJenkins } from '../upstream.ts';
import { createCredential, CredentialExistsError, deleteCredential } from '../sources/jenkins-credentials.ts';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const Mutation: MutationResolvers<DevOpsContext> = {
  async createCredential(_parent, { project: projectName, input }, ctx) {
    const project = await editableProject(ctx, projectName);
    if (!ID.test(input.id)) throw badInput(`"${input.id}" is not a valid credential id: letters, digits, '.', '_', '-', at most 128.`, 'input.id');
    const given = (['usernamePassword', 'sshKey', 'secretText', 'kubeconfig'] as const).filter((k) => input[k]);
    if (given.length !== 1) throw badInput('Give exactly one of usernamePassword, sshKey, secretText, kubeconfig.', 'input');
    const type = ({ usernamePassword: 'USERNAME_PASSWORD', sshKey: 'SSH_KEY', secretText: 'SECRET_TEXT', kubeconfig: 'KUBECONFIG' } as const)[given[0]];
    const empty =
      (input.usernamePassword && (!input.usernamePassword.username || !input.usernamePassword.password)) ||
      (input.sshKey && (!input.sshKey.username || !input.sshKey.privateKey.includes('PRIVATE KEY'))) ||
      (input.secretText && !input.secretText.secret) ||
      (input.kubeconfig && !/\bclusters\s*:/.test(input.kubeconfig.content));
    if (empty) throw badInput(`The ${type.toLowerCase().replace('_', ' ')} credential is incomplete (an SSH key is a PEM private key, a kubeconfig has clusters).`, `input.${given[0]}`);
    await fromJenkins(null, () =>
      createCredential(ctx.sources.jenkins, project.name, { ...input, description: input.description ?? '' }).catch((err: unknown) => {
        if (err instanceof CredentialExistsError) throw conflict(`Project "${project.name}" already has a credential "${input.id}".`);
        throw err;
      }),
    );
    // The id and type only: the values stay out of every log line.
    ctx.log.info({ project: project.name, credential: input.id, type, user: ctx.identity.username }, 'credential created');
    return { project: project.name, id: input.id, type, description: input.description || null };
  },

  async deleteCredential(_parent, { project: projectName, id }, ctx) {
    const project = await editableProject(ctx, projectName);
    if (!ID.test(id)) throw badInput(`"${id}" is not a valid credential id.`, 'id');
    const deleted = await fromJenkins(null, () => deleteCredential(ctx.sources.jenkins, project.name, id));
    if (!deleted) throw notFound('Credential', id);
    ctx.log.info({ project: project.name, credential: id, user: ctx.identity.username }, 'credential deleted');
    return true;
  },
};
