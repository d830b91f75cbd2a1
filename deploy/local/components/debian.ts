/**
 * Helpers shared by the lab components that run Debian-packaged servers (Postgres, slapd):
 * checking the package is installed and running a server as an unprivileged system user.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Throws a clear message naming the package when one of its files is missing. */
export function requireDebianFiles(pkg: string, files: string[]): void {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(`missing ${missing.join(', ')} (Debian package ${pkg}); install the prerequisites with "sudo scripts/install-prereqs.sh"`);
  }
}

/** True when we can switch to another user (needed to run servers that refuse to run as root). */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Command and arguments that run `command` as `user` without a shell or a parent process left
 * behind: setpriv execs in place, so the pid the lab records is the server's own pid.
 * When we are not root we already are an unprivileged user and run the command directly.
 */
export function asUser(user: string, command: string, args: string[]): [string, string[]] {
  if (!isRoot()) return [command, args];
  return ['setpriv', ['--reuid', user, '--regid', user, '--init-groups', '--', command, ...args]];
}

/** True when `pid` is a live process whose program name is `name` (for stale pid/lock files). */
export function processIs(pid: number, name: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
  } catch {
    return false;
  }
}
