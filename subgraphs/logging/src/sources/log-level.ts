/**
 * A line's level, read from its first word at query time (lines are stored as written): in
 * TypeScript for hits and live lines, as a query on the first token for the level filter. `INFO  http: …`, `[WARN] …`, `error: …` and `WARNING …` all have a level.
 */
export type LogLevelName = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

const ALIASES = new Map<string, LogLevelName>([
  ['DEBUG', 'DEBUG'],
  ['TRACE', 'DEBUG'],
  ['INFO', 'INFO'],
  ['WARN', 'WARN'],
  ['WARNING', 'WARN'],
  ['ERROR', 'ERROR'],
  ['FATAL', 'ERROR'],
]);

export function levelOf(message: string): LogLevelName | null {
  const first = message.trimStart().split(/[\s:]/, 1)[0] ?? '';
  return ALIASES.get(first.replace(/^\[|\]$/g, '').toUpperCase()) ?? null;
}

/**
 * The level filter as a query on the analysed `log` text: the line's first token (position 0) is
 * one of the level's words. A span query rather than a runtime field: it needs no scripting
 * (the lab's node has no Painless) and reaches lines longer than `log.keyword` keeps.
 */
export function levelQuery(field: string, levels: LogLevelName[]) {
  const words = [...ALIASES].filter(([, level]) => levels.includes(level)).map(([word]) => word.toLowerCase());
  return { bool: { should: words.map((w) => ({ span_first: { match: { span_term: { [field]: w } }, end: 1 } })), minimum_should_match: 1 } };
}
