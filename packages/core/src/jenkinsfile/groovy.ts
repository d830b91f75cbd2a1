/** Groovy single-quoted string literals (no interpolation), written and read back exactly. */

export function groovyString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', $: '$' };

/** Reads a single-quoted literal at the start of `text`; null when there is none. */
export function readGroovyString(text: string): { value: string; rest: string } | null {
  if (text[0] !== "'") return null;
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === "'") return { value, rest: text.slice(i + 1) };
    if (c === '\\') {
      const e = text[++i];
      if (e === undefined || !Object.hasOwn(ESCAPES, e)) return null;
      value += ESCAPES[e];
    } else if (c === '\n') return null;
    else value += c;
  }
  return null;
}
