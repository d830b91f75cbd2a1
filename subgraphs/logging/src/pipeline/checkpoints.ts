/**
 * Where the collector got to in each container's log: the last line Kafka acknowledged (its
 * timestamp and same-timestamp ordinal), kept in a local file like Fluent Bit's tail database.
 * Written atomically (temp file + rename) a few times a second at most; a collector restarted
 * from it resumes without gaps (lines after the checkpoint) and any line sent again keeps its id.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Checkpoint {
  time: string;
  ordinal: number;
}

export class CheckpointFile {
  private readonly points = new Map<string, Checkpoint>();
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly file: string) {
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

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.points)), { mode: 0o600 });
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}
