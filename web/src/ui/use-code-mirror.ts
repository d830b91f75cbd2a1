'use client';

import { useEffect, useRef } from 'react';
import { Annotation, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Marks text replaced from outside (a reload, a save's answer): not an edit to report back. */
const fromOutside = Annotation.define<boolean>();

/**
 * A CodeMirror 6 view in the returned `host` element, made once: `extensions` is called once (it
 * reads later props through refs), each edit typed there goes to the latest `onChange`, and a new
 * `value` from outside (a reload, a revision) replaces the document without being reported back.
 */
export function useCodeMirror(value: string, extensions: () => Extension[], onChange?: (text: string) => void) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          ...extensions(),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((tr) => tr.annotation(fromOutside))) latest.current?.(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Made once; a new value from outside is pushed by the effect below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value }, annotations: fromOutside.of(true) });
  }, [value]);

  return { host, view };
}
