import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { manifestSchema, QUANTITY, type Schema } from '@/features/kinds/yaml-schema.ts';

/** A problem at a place in the text; `code` and `params` are translated by the editor. */
export interface YamlProblem {
  from: number;
  to: number;
  line: number;
  severity: 'error' | 'warning';
  code: 'syntax' | 'required' | 'type' | 'enum' | 'min' | 'max' | 'pattern' | 'unknown' | 'quantity' | 'kind' | 'empty';
  params: Record<string, string | number>;
}

type Place = { from: number; to: number };

/**
 * Parse errors at their line, then each document checked against the compact schema of its
 * `kind` (or `expectKind` when it has none): what a Kubernetes API server would refuse first.
 */
export function lintYaml(text: string, expectKind?: string): YamlProblem[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const out: YamlProblem[] = [];
  const lineOf = (pos: number) => lines.linePos(pos).line;
  const add = (p: Place, severity: YamlProblem['severity'], code: YamlProblem['code'], params: YamlProblem['params'] = {}) =>
    out.push({ from: p.from, to: Math.max(p.to, p.from), line: lineOf(p.from), severity, code, params });

  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    for (const e of doc.errors) add({ from: e.pos[0], to: e.pos[1] }, 'error', 'syntax', { detail: e.message.split('\n')[0] });
    if (doc.errors.length) continue;
    const root = doc.contents as YamlNode | null;
    if (!root) continue;
    const kindNode = isMap(root) ? root.get('kind', true) : undefined;
    const kind = isScalar(kindNode) && typeof kindNode.value === 'string' ? kindNode.value : expectKind;
    if (expectKind && kind && kind !== expectKind) add(placeOf(kindNode as YamlNode), 'error', 'kind', { expected: expectKind, found: kind });
    check(root, manifestSchema(kind ?? ''), '', add);
  }
  if (list.every((d) => !d.contents) && !out.length) add({ from: 0, to: 0 }, 'error', 'empty');
  return out;
}

function placeOf(node: YamlNode | null | undefined): Place {
  const r = node?.range;
  return r ? { from: r[0], to: r[1] } : { from: 0, to: 0 };
}

function check(node: YamlNode | null, schema: Schema, path: string, add: (p: Place, s: YamlProblem['severity'], c: YamlProblem['code'], params?: YamlProblem['params']) => void) {
  if (!node || schema.t === 'any') return;
  const at = placeOf(node);
  const field = path || '(root)';
  if (isScalar(node) && node.value === null) return; // `key:` with nothing: the API treats it as absent
  switch (schema.t) {
    case 'object': {
      if (!isMap(node)) return add(at, 'error', 'type', { field, expected: 'object' });
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        seen.add(key);
        const sub = schema.props && Object.hasOwn(schema.props, key) ? schema.props[key] : schema.values;
        if (!sub) {
          if (schema.closed) add(placeOf(keyNode), 'warning', 'unknown', { field: path ? `${path}.${key}` : key });
          continue;
        }
        check(pair.value as YamlNode, sub, path ? `${path}.${key}` : key, add);
      }
      for (const r of schema.required ?? []) {
        if (!seen.has(r)) add({ from: at.from, to: Math.min(at.to, at.from + 1) }, 'error', 'required', { field: path ? `${path}.${r}` : r });
      }
      return;
    }
    case 'array': {
      if (!isSeq(node)) return add(at, 'error', 'type', { field, expected: 'list' });
      node.items.forEach((item, i) => check(item as YamlNode, schema.items, `${path}[${i}]`, add));
      return;
    }
    case 'string':
    case 'quantity':
    case 'integer':
    case 'boolean':
    case 'intOrString': {
      if (!isScalar(node)) return add(at, 'error', 'type', { field, expected: schema.t === 'intOrString' ? 'integer or string' : schema.t });
      const v = node.value;
      if (schema.t === 'boolean' && typeof v !== 'boolean') return add(at, 'error', 'type', { field, expected: 'boolean' });
      if (schema.t === 'integer') {
        if (typeof v !== 'number' || !Number.isInteger(v)) return add(at, 'error', 'type', { field, expected: 'integer' });
        if (schema.min !== undefined && v < schema.min) add(at, 'error', 'min', { field, min: schema.min });
        if (schema.max !== undefined && v > schema.max) add(at, 'error', 'max', { field, max: schema.max });
      }
      if (schema.t === 'quantity' && !QUANTITY.test(String(v))) add(at, 'error', 'quantity', { field, value: String(v) });
      if (schema.t === 'string') {
        if (typeof v !== 'string') return add(at, 'error', 'type', { field, expected: 'string' });
        if (schema.enum && !schema.enum.includes(v)) add(at, 'error', 'enum', { field, allowed: schema.enum.join(', ') });
        if (schema.pattern && !schema.pattern.test(v)) add(at, 'error', 'pattern', { field, hint: schema.hint ?? String(schema.pattern) });
      }
      return;
    }
  }
}

/**
 * Where a field the API server named is in the text (`spec.template.spec.containers[0].image`):
 * the deepest part of the path that exists, so the marker lands as close as it can.
 */
export function placeOfField(text: string, field: string): { from: number; to: number } | null {
  const docs = parseAllDocuments(text);
  const doc = Array.isArray(docs) ? docs[0] : docs;
  if (!doc || !doc.contents) return null;
  const parts = field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let node = doc.contents as YamlNode;
  let place = placeOf(node);
  for (const part of parts) {
    const next = isMap(node) || isSeq(node) ? (node.get(part, true) as YamlNode | undefined) : undefined;
    if (!next) break;
    if (isMap(node) && typeof part === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      place = placeOf((pair?.key as YamlNode) ?? next);
    } else place = placeOf(next);
    node = next;
  }
  return place;
}
