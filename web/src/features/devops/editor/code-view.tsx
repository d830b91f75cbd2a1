'use client';

import { useEffect, useRef } from 'react';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { groovy } from '@codemirror/legacy-modes/mode/groovy';

const fromOutside = Annotation.define<boolean>();

/**
 * A Jenkinsfile in CodeMirror 6 with Groovy highlighting (bundled, like the YAML editor):
 * read-only for the editor's preview, editable for an inline Jenkinsfile (`onChange`).
 */
export function CodeView({ value, onChange, label, testId }: { value: string; onChange?: (text: string) => void; label: string; testId: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  latest.current = onChange;
  const editable = !!onChange;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          StreamLanguage.define(groovy),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          EditorState.readOnly.of(!editable),
          EditorView.editable.of(editable),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((tr) => tr.annotation(fromOutside))) latest.current?.(u.state.doc.toString());
          }),
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': testId }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Made once; new text from outside is pushed below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value }, annotations: fromOutside.of(true) });
  }, [value]);

  return <div ref={host} className="code-view yaml-editor" />;
}
