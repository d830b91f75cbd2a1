'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { useVirtualizer } from '@tanstack/react-virtual';
import { graphql, getFragmentData } from '@/gql/index.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { API_URL } from '@/lib/config.ts';
import { getSession } from '@/lib/session.ts';
import { ErrorBanner } from '@/ui/error-banner.tsx';
import { useRunLog } from '@/features/devops/use-run-log.ts';
import { finalLine, toLogLines, type LogLine } from '@/features/devops/ansi-lines.ts';
import { PipelineStageLogsQuery } from '@/features/devops/operations.ts';

const LINE_HEIGHT = 18;

/** Each stage's own log (Jenkins' per-stage log; the end of long ones), read when a stage is chosen. */
export const LogViewerFragment = graphql(`
  fragment LogViewer_pipelineRun on PipelineRun {
    stages {
      id
      name
      log {
        text
        truncated
      }
    }
  }
`);

/**
 * A run's log: the whole console log live (pipelineRunLog), or one stage's own log (read again
 * whenever the run changes: `version`). ANSI colours become classes on text spans
 * (ansi-lines.ts), only the lines in view are in the DOM (TanStack Virtual), "follow" keeps the
 * newest line in view, and Download saves the whole log.
 */
export function LogViewer({
  project,
  pipeline,
  run,
  stages,
  downloadPath,
  version,
  stage,
  onStage,
}: {
  project: string;
  pipeline: string;
  run: number;
  stages: string[];
  downloadPath: string | null | undefined;
  version: string;
  /** The stage whose own log is shown; '' for the whole log. */
  stage: string;
  onStage: (stage: string) => void;
}) {
  const t = useT();
  const [follow, setFollow] = useState(true);
  const whole = useRunLog(project, pipeline, run);
  const [stageRes, refetchStages] = useQuery({ query: PipelineStageLogsQuery, variables: { project, pipeline, run }, pause: !stage, requestPolicy: 'network-only' });
  useEffect(() => {
    if (stage) refetchStages({ requestPolicy: 'network-only' });
  }, [stage, version, refetchStages]);
  const stageRun = getFragmentData(LogViewerFragment, stageRes.data?.devopsProject?.pipeline?.run);
  const stageLog = stageRun?.stages?.find((s) => s.name === stage)?.log;
  const stageLines = useMemo<LogLine[]>(() => {
    if (!stageLog) return [];
    const { lines, pending } = toLogLines(stageLog.text);
    return lines.concat(finalLine(pending));
  }, [stageLog]);
  const lines = stage ? stageLines : whole.log.lines;
  const done = stage ? !!stageLog : whole.log.done;

  const box = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => box.current, estimateSize: () => LINE_HEIGHT, overscan: 30 });
  useEffect(() => {
    if (follow && lines.length) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
  }, [follow, lines.length, virtualizer]);

  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = async () => {
    setDownloadError(null);
    const name = `${project}-${pipeline}-${run}.log`;
    try {
      const blob = downloadPath ? await fetchLog(downloadPath) : new Blob(whole.log.raw, { type: 'text/plain;charset=utf-8' });
      saveBlob(blob, name);
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="run-log">
      <div className="logs-head">
        <h3>{t('devops.log.title')}</h3>
        <select value={stage} onChange={(e) => onStage(e.target.value)} aria-label={t('devops.log.stage')} data-testid="log-stage">
          <option value="">{t('devops.log.whole')}</option>
          {stages.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <span className="muted small" data-testid="run-log-state" data-done={done ? 'true' : 'false'}>
          {done ? t('devops.log.complete', { n: lines.length }) : t('devops.log.streaming', { n: lines.length })}
        </span>
        {stage && stageLog?.truncated && <span className="muted small">{t('devops.log.truncated')}</span>}
        <div className="spacer" />
        <label className="inline">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} data-testid="log-follow" />
          {t('devops.log.follow')}
        </label>
        <button type="button" className="small-button" onClick={download} data-testid="log-download">
          {t('devops.log.download')}
        </button>
      </div>
      <ErrorBanner errors={[stage ? stageRes.error : whole.error]} />
      {downloadError && (
        <p className="banner error" role="alert">
          {t('devops.log.downloadFailed', { detail: downloadError })}
        </p>
      )}
      <div className="logs ansi-log" ref={box} data-testid="run-log" data-lines={lines.length} data-stage={stage}>
        {lines.length === 0 && <span className="muted">{done ? t('devops.log.empty') : t('common.loading')}</span>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div key={item.key} className="log-line" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
              {lines[item.index].map((s, i) =>
                s.className ? (
                  <span key={i} className={s.className}>
                    {s.text}
                  </span>
                ) : (
                  s.text
                ),
              )}
              {lines[item.index].length === 0 && '\u200b'}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** The gateway streams the whole log at `path`, with the same authorization as the API. */
async function fetchLog(path: string): Promise<Blob> {
  const token = getSession()?.token;
  const res = await fetch(new URL(path, API_URL), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.blob();
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
