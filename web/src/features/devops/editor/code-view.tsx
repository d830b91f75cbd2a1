'use client';

import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { groovy } from '@codemirror/legacy-modes/mode/groovy';
import { useCodeMirror } from '@/ui/use-code-mirror.ts';

/**
 * A Jenkinsfile in CodeMirror 6 with Groovy highlighting (bundled, like the YAML editor):
 * read-only for the editor's preview, editable for an inline Jenkinsfile (`onChange`).
 */
export function CodeView({ value, onChange, label, testId }: { value: string; onChange?: (text: string) => void; label: string; testId: string }) {
  const editable = !!onChange;
  const { host } = useCodeMirror(
    value,
    () => [
      lineNumbers(),
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      StreamLanguage.define(groovy),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      EditorState.readOnly.of(!editable),
      EditorView.editable.of(editable),
      EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': testId }),
    ],
    onChange,
  );

  return <div ref={host} className="code-view yaml-editor" />;
}
