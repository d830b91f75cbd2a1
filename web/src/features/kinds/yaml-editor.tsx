'use client';

import { useEffect, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { yaml } from '@codemirror/lang-yaml';
import { useT, type Translate } from '@/lib/i18n/index.tsx';
import type { MessageKey } from '@/lib/i18n/en.ts';
import { useCodeMirror } from '@/ui/use-code-mirror.ts';
import { lintYaml, placeOfField, type YamlProblem } from '@/features/kinds/yaml-lint.ts';

/** A refusal from the API to show in the text: at a line (`extensions.line`) or a field (`extensions.field`). */
export interface ServerProblem {
  message: string;
  line?: number | null;
  field?: string | null;
}

export function problemMessage(t: Translate, p: YamlProblem): string {
  return t(`yaml.problem.${p.code}` as MessageKey, p.params);
}

/**
 * CodeMirror 6 with YAML highlighting and a linter: parse errors and the kind's schema checked
 * as you type (yaml-lint.ts), plus the API's last refusal placed at its line or field until the
 * text changes. Bundled with the console; nothing is loaded from elsewhere.
 */
export function YamlEditor({
  value,
  onChange,
  kind,
  readOnly,
  serverProblems,
  onProblems,
}: {
  value: string;
  onChange: (text: string) => void;
  kind?: string;
  readOnly?: boolean;
  serverProblems: ServerProblem[];
  onProblems?: (problems: YamlProblem[]) => void;
}) {
  const t = useT();
  // The linter reads the latest props through refs: the editor is made once.
  const latest = useRef({ t, kind, serverProblems, onProblems });
  latest.current = { t, kind, serverProblems, onProblems };

  const { host, view } = useCodeMirror(
    value,
    () => {
      const source = (v: EditorView): Diagnostic[] => {
        const text = v.state.doc.toString();
        const { t: tr, kind: k, serverProblems: server, onProblems: report } = latest.current;
        const problems = lintYaml(text, k);
        report?.(problems);
        const own: Diagnostic[] = problems.map((p) => ({ from: clamp(p.from, text), to: clamp(p.to, text), severity: p.severity, message: problemMessage(tr, p), source: 'schema' }));
        const fromServer: Diagnostic[] = server.map((s) => {
          const at = serverPlace(v, text, s);
          return { ...at, severity: 'error', message: s.message, source: 'API' };
        });
        return [...own, ...fromServer];
      };
      return [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        yaml(),
        lintGutter(),
        linter(source, { delay: 300 }),
        EditorState.readOnly.of(!!readOnly),
        EditorView.contentAttributes.of({ 'aria-label': 'YAML', 'data-testid': 'yaml-input' }),
      ];
    },
    onChange,
  );

  // The API answered: show its problems now, not at the next keystroke.
  useEffect(() => {
    if (view.current) forceLinting(view.current);
  }, [serverProblems, t]);

  return <div ref={host} className="yaml-editor" data-testid="yaml-editor" />;
}

const clamp = (n: number, text: string) => Math.max(0, Math.min(n, text.length));

function serverPlace(v: EditorView, text: string, s: ServerProblem): { from: number; to: number } {
  if (s.line && s.line >= 1 && s.line <= v.state.doc.lines) {
    const line = v.state.doc.line(s.line);
    return { from: line.from, to: line.to };
  }
  if (s.field) {
    const at = placeOfField(text, s.field);
    if (at) return { from: clamp(at.from, text), to: clamp(at.to, text) };
  }
  return { from: 0, to: Math.min(text.length, v.state.doc.line(1).to) };
}

/** The API's refusals of a YAML request as editor problems (every cause, or the message). */
export function serverProblemsOf(error: { graphQLErrors: { message: string; extensions?: Record<string, unknown> }[] } | undefined | null): ServerProblem[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((e) => {
    const ext = e.extensions ?? {};
    const causes = Array.isArray(ext.causes) ? (ext.causes as { field?: string | null; message?: string | null }[]) : [];
    if (causes.length) return causes.map((c) => ({ message: `${c.field ?? ''}: ${c.message ?? e.message}`, field: c.field ?? null }));
    return [{ message: e.message, line: typeof ext.line === 'number' ? ext.line : null, field: typeof ext.field === 'string' && ext.field !== 'yaml' ? ext.field : null }];
  });
}
