import { badInput } from '@meridian/core';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Workspace and project names become Kubernetes label values and namespace names. */
export function assertDns1123Label(value: string, field: string): void {
  if (value.length > 63 || !DNS1123_LABEL.test(value)) {
    throw badInput(
      `"${value}" is not a valid name: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit.`,
      field,
    );
  }
}
