import Anser from 'anser';

/** A run of log text with one style; colours are anser's class names (`ansi-red-fg`), never HTML. */
export interface LogSegment {
  text: string;
  className: string;
}

export type LogLine = LogSegment[];

/**
 * Splits console text into lines of styled segments. Escape codes never reach the page: anser
 * parses SGR codes (colours, bold, underline) into class names, drops cursor moves, and the text
 * is rendered by React as text (escaped), so a log cannot inject markup.
 *
 * A chunk may end mid-line or even mid-escape: `pending` is what to carry into the next chunk.
 */
export function toLogLines(text: string): { lines: LogLine[]; pending: string } {
  const cut = text.lastIndexOf('\n');
  const complete = cut < 0 ? '' : text.slice(0, cut);
  const pending = cut < 0 ? text : text.slice(cut + 1);
  if (cut < 0) return { lines: [], pending };
  return { lines: complete.split('\n').map(styleLine), pending };
}

/** The last, unterminated line of a finished log. */
export function finalLine(pending: string): LogLine[] {
  return pending ? [styleLine(pending)] : [];
}

function styleLine(line: string): LogLine {
  const entries = Anser.ansiToJson(line.replace(/\r$/, ''), { json: true, use_classes: true, remove_empty: true });
  return entries.map((e) => ({ text: e.content, className: classOf(e) }));
}

function classOf(e: Anser.AnserJsonEntry): string {
  const names: string[] = [];
  if (e.fg) names.push(`${e.fg}-fg`);
  if (e.bg) names.push(`${e.bg}-bg`);
  for (const d of e.decorations ?? []) names.push(`ansi-${d}`);
  return names.join(' ');
}

/** The text without escape codes (the download keeps the raw log; search and tests read this). */
export const plainText = (text: string) => Anser.ansiToText(text);
