/**
 * A folder's credentials store (credentials plugin REST API):
 * `job/<folder>/credentials/store/folder/domain/_/` — `api/json` lists them (id, typeName,
 * description; Jenkins never exports secrets there), `createCredentials` takes the XML,
 * `credential/<id>/doDelete` deletes. Errors from a create never carry Jenkins' answer text,
 * which could echo what was sent.
 */
import { JenkinsHttpError, JenkinsNotFoundError, jobPath, withoutAnswerText, type JenkinsClient } from './jenkins.ts';
import { credentialKind, credentialXml, type CredentialKind, type CredentialSpec } from './jenkins-xml.ts';

export interface JenkinsCredential {
  id: string;
  type: CredentialKind | 'OTHER';
  description: string | null;
}

export class CredentialExistsError extends Error {}

const store = (folder: string) => `${jobPath(folder)}/credentials/store/folder/domain/_`;

/** The store's credentials in its own order: the order they were added (Jenkins appends). */
export async function listCredentials(jenkins: JenkinsClient, folder: string): Promise<JenkinsCredential[]> {
  const data = await jenkins.json<{ credentials?: { id: string; typeName: string; description?: string | null }[] }>(store(folder), 'credentials[id,typeName,description]');
  return (data.credentials ?? []).map((c) => ({ id: c.id, type: credentialKind(c.typeName), description: c.description || null }));
}

export async function createCredential(jenkins: JenkinsClient, folder: string, spec: CredentialSpec): Promise<void> {
  try {
    const res = await jenkins.post(`${store(folder)}/createCredentials`, { contentType: 'application/xml', text: credentialXml(spec) });
    await res.arrayBuffer();
  } catch (err) {
    if (err instanceof JenkinsHttpError && err.status === 409) throw new CredentialExistsError(spec.id);
    throw withoutAnswerText(err);
  }
}

/** False when there was no such credential. */
export async function deleteCredential(jenkins: JenkinsClient, folder: string, id: string): Promise<boolean> {
  try {
    const res = await jenkins.post(`${store(folder)}/credential/${encodeURIComponent(id)}/doDelete`);
    await res.arrayBuffer();
    return true;
  } catch (err) {
    if (err instanceof JenkinsNotFoundError) return false;
    throw err;
  }
}
