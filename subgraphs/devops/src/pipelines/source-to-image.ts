/**
 * "Build an image from source": a three-stage pipeline graph. The source is checked out, s2i
 * turns it and the builder image into a Dockerfile (`s2i build --as-dockerfile`), and the
 * image is built and pushed like any BUILD_IMAGE step, so its runs, stages and logs are those of
 * any pipeline.
 */
import { badInput } from '@meridian/core';
import type { PipelineGraph } from '@meridian/core/jenkinsfile/index';
import type { SourceToImageInput } from '../generated/resolvers.ts';

const IMAGE = /^[a-z0-9]+([._\-/:][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function sourceToImageGraph(input: SourceToImageInput): PipelineGraph {
  if (!IMAGE.test(input.builderImage.replace(/:[A-Za-z0-9_.-]+$/, ''))) throw badInput(`"${input.builderImage}" is not an image reference.`, 'input.builderImage');
  if (!IMAGE.test(input.targetImage)) throw badInput(`"${input.targetImage}" is not an image repository (without tag).`, 'input.targetImage');
  const tag = input.tag ?? 'latest';
  if (!TAG.test(tag)) throw badInput(`"${tag}" is not an image tag.`, 'input.tag');
  const target = `${input.targetImage}:${tag}`;
  return {
    agent: null,
    stages: [
      { name: 'Checkout', steps: [{ kind: 'CHECKOUT', url: input.gitUrl, branch: input.branch ?? 'main', credentialId: input.gitCredentialId }], parallel: [] },
      { name: 'Generate Dockerfile', steps: [{ kind: 'SHELL', script: `s2i build . ${input.builderImage} ${target} --as-dockerfile Dockerfile.s2i` }], parallel: [] },
      { name: 'Build image', steps: [{ kind: 'BUILD_IMAGE', image: target, dockerfile: 'Dockerfile.s2i', context: '.', credentialId: input.registryCredentialId }], parallel: [] },
    ],
  };
}
