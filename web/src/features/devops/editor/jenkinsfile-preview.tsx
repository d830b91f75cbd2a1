'use client';

import { useMemo } from 'react';
import { graphProblems, toJenkinsfile } from '@meridian/core/jenkinsfile/index';
import { useT } from '@/lib/i18n/index.tsx';
import type { PipelineDraft } from '@/features/devops/editor/editor-model.ts';
import { graphOf } from '@/features/devops/editor/graph-input.ts';
import { CodeView } from '@/features/devops/editor/code-view.tsx';

/** The Jenkinsfile the editor's graph becomes, written by the converter the API uses; updated as you edit. */
export function JenkinsfilePreview({ draft }: { draft: PipelineDraft }) {
  const t = useT();
  const { text, problems } = useMemo(() => {
    const graph = graphOf(draft);
    const found = graphProblems(graph);
    return { text: found.length ? null : toJenkinsfile(graph), problems: found };
  }, [draft]);
  return (
    <div className="jenkinsfile-preview" data-testid="jenkinsfile-preview">
      <h3>{t('devops.editor.preview')}</h3>
      {text != null ? (
        <CodeView value={text} label="Jenkinsfile" testId="jenkinsfile-text" />
      ) : (
        <p className="muted small" data-testid="jenkinsfile-incomplete">
          {t('devops.editor.previewIncomplete', { n: problems.length })}
        </p>
      )}
    </div>
  );
}
