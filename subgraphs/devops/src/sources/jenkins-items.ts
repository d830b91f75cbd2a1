/**
 * Jenkins items over the REST API: folders (`POST createItem?name=` with a Folder config.xml),
 * Pipeline jobs (`createItem` / `POST config.xml` / `GET config.xml`), deleting (`doDelete`).
 */
import { JenkinsHttpError, jobPath, withoutAnswerText, type JenkinsClient } from './jenkins.ts';
import { folderXml, parsePipelineXml, pipelineXml, type PipelineConfig } from './jenkins-xml.ts';

const XML = 'application/xml';

/** Jenkins refuses an existing name with 400 "A job already exists with the name …". */
export class JenkinsItemExistsError extends Error {}

async function createItem(jenkins: JenkinsClient, parent: string | null, name: string, xml: string): Promise<void> {
  const path = `${parent ? `${jobPath(parent)}/` : ''}createItem?name=${encodeURIComponent(name)}`;
  try {
    const res = await jenkins.post(path, { contentType: XML, text: xml });
    await res.arrayBuffer();
  } catch (err) {
    if (err instanceof JenkinsHttpError && err.status === 400 && /already exists/i.test(err.message)) throw new JenkinsItemExistsError(name);
    throw withoutAnswerText(err);
  }
}

export const createFolder = (jenkins: JenkinsClient, name: string, description: string) => createItem(jenkins, null, name, folderXml(description));

export const createPipelineJob = (jenkins: JenkinsClient, folder: string, name: string, config: PipelineConfig) =>
  createItem(jenkins, folder, name, pipelineXml(config));

/** Replaces a Pipeline job's config.xml. */
export async function updatePipelineJob(jenkins: JenkinsClient, folder: string, name: string, config: PipelineConfig): Promise<void> {
  const res = await jenkins.post(`${jobPath(folder, name)}/config.xml`, { contentType: XML, text: pipelineXml(config) }).catch((err: unknown) => Promise.reject(withoutAnswerText(err)));
  await res.arrayBuffer();
}

/** The job's definition; null when the item is not a Pipeline job. Holds the webhook token: never log it. */
export async function readPipelineJob(jenkins: JenkinsClient, folder: string, name: string): Promise<PipelineConfig | null> {
  const res = await jenkins.request('GET', `${jobPath(folder, name)}/config.xml`).catch((err: unknown) => Promise.reject(withoutAnswerText(err)));
  return parsePipelineXml(await res.text());
}

/** Deletes a folder or job (Jenkins answers 302). */
export async function deleteItem(jenkins: JenkinsClient, ...path: string[]): Promise<void> {
  const res = await jenkins.post(`${jobPath(...path)}/doDelete`);
  await res.arrayBuffer();
}

export async function folderDescription(jenkins: JenkinsClient, folder: string): Promise<string | null> {
  const data = await jenkins.json<{ description?: string | null }>(jobPath(folder), 'description');
  return data.description || null;
}
