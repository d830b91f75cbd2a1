import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';

/** util-linux's setpriv (Debian: always installed); it sets the death signal, then execs the command. */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/**
 * Starts a child process that dies with this one, also when this one is killed with SIGKILL and
 * no exit handler runs: on Linux the child is started through `setpriv --pdeathsig SIGTERM`, so
 * the kernel sends it SIGTERM the moment its parent dies (the setting survives setpriv's exec, so
 * it applies to `command` itself, which keeps setpriv's pid). On a normal exit of this process the
 * child gets SIGTERM too. Elsewhere than Linux only the latter holds.
 *
 * The child must be the program itself (`node …/next start`), not a wrapper such as npx that
 * starts it as a grandchild: the death signal reaches the direct child only.
 */
export function spawnTiedToParent(command: string, args: readonly string[], opts: SpawnOptions = {}): ChildProcess {
  if (process.platform === 'linux' && !SETPRIV) throw new Error('setpriv (util-linux) is missing; install it: apt-get install util-linux');
  const child = SETPRIV ? spawn(SETPRIV, ['--pdeathsig', 'SIGTERM', '--', command, ...args], opts) : spawn(command, args, opts);
  const stopChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stopChild);
  child.once('exit', () => process.off('exit', stopChild));
  return child;
}
