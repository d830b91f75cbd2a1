import { migrate } from './migrate.ts';
import { databaseUrl } from './url.ts';

/**
 * For a subgraph that owns tables, run directly (`runWhenMain`): migrate the database first,
 * then start on it. The product launcher migrates once itself and calls `start` directly.
 */
export function migratedStart<T>(start: (opts: { databaseUrl: string }) => Promise<T>): () => Promise<T> {
  return async () => {
    const url = await databaseUrl();
    await migrate(url);
    return start({ databaseUrl: url });
  };
}
