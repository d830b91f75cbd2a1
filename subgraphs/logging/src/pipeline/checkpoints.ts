/**
 * Where the collector got to in each container's log: the last line Kafka acknowledged (its
 * timestamp and same-timestamp ordinal), kept in a local file like Fluent Bit's tail database.
 * Written atomically (temp file + rename) a few times a second at most; a collector restarted
 * from it resumes without gaps (lines after the checkpoint) and any line sent again keeps its id.
 * A write that fails (disk full, the folder gone) is tried again a second later; it never takes
 * the process down. One collector per file: a second one on the same file overwrites its points.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Checkpoint {
  time: string;
  ordinal: number;
}

export class CheckpointFile {
  private readonly points = new Map<string, Checkpoint>();
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly onWriteError: (err: Error) => void = () => undefined,
  ) {
    if (existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Checkpoint>;
      for (const [key, point] of Object.entries(saved)) this.points.set(key, point);
    }
  }

  get(key: string): Checkpoint | undefined {
    return this.points.get(key);
  }

  set(key: string, point: Checkpoint): void {
    this.points.set(key, point);
    this.dirty = true;
    this.timer ??= setTimeout(() => this.flush(), 250);
  }

  delete(key: string): void {
    if (this.points.delete(key)) this.dirty = true;
  }

  keys(): IterableIterator<string> {
    return this.points.keys();
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    // A temp name of this write's own: two writers never rename each other's file away.
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.points)), { mode: 0o600 });
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch (err) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written there
      }
      this.onWriteError(err as Error);
      this.timer = setTimeout(() => this.flush(), 1000).unref();
    }
  }
}
