/**
 * Jenkins' `tree=` query parameter: `jobs[name,url,builds[number]{0,10}],description`.
 * Each field may carry a sub-tree in brackets and, for arrays, a range in braces
 * (`{M,N}` = items M..N-1, `{M,}` from M, `{,N}` up to N, `{N}` just item N).
 * Jenkins always keeps `_class` so that clients can tell types apart; we do the same.
 */

export interface TreeField {
  name: string;
  children?: TreeField[];
  range?: { from?: number; to?: number };
}

export function parseTree(spec: string): TreeField[] {
  let pos = 0;
  const fields = (): TreeField[] => {
    const out: TreeField[] = [];
    while (pos < spec.length && spec[pos] !== ']') {
      let name = '';
      while (pos < spec.length && !',[]{'.includes(spec[pos])) name += spec[pos++];
      const field: TreeField = { name: name.trim() };
      if (spec[pos] === '[') {
        pos++;
        field.children = fields();
        if (spec[pos] !== ']') throw new Error(`unbalanced "[" in tree=${spec}`);
        pos++;
      }
      if (spec[pos] === '{') {
        const end = spec.indexOf('}', pos);
        if (end < 0) throw new Error(`unbalanced "{" in tree=${spec}`);
        field.range = parseRange(spec.slice(pos + 1, end));
        pos = end + 1;
      }
      if (field.name) out.push(field);
      if (spec[pos] === ',') pos++;
    }
    return out;
  };
  const parsed = fields();
  if (pos < spec.length) throw new Error(`unexpected "${spec[pos]}" in tree=${spec}`);
  return parsed;
}

function parseRange(text: string): { from?: number; to?: number } {
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  if (!text.includes(',')) {
    const n = Number(text);
    return { from: n, to: n + 1 };
  }
  const [a, b] = text.split(',');
  return { from: num(a), to: num(b) };
}

/** Keeps only the fields the tree asks for, recursively; arrays are filtered element-wise. */
export function applyTree(value: unknown, tree: TreeField[]): unknown {
  if (Array.isArray(value)) return value.map((v) => applyTree(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ('_class' in source) out._class = source._class;
  for (const f of tree) {
    if (!(f.name in source)) continue; // Jenkins silently ignores unknown fields
    let v = source[f.name];
    if (Array.isArray(v) && f.range) v = v.slice(f.range.from ?? 0, f.range.to ?? v.length);
    // A leaf that names an object yields just its _class, as Jenkins does: ask for sub-fields.
    out[f.name] = applyTree(v, f.children ?? []);
  }
  return out;
}
