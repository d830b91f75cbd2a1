/**
 * Who approved or aborted an input step. Meridian talks to Jenkins as one service account, so
 * Jenkins' own "Approved by" names that account; the Meridian user is recorded as one line per
 * decision in the run's description (`submitDescription`), which Jenkins keeps with the run.
 */

export interface InputDecision {
  id: string;
  state: 'APPROVED' | 'ABORTED';
  by: string;
  at: string;
  message: string;
}

const MARK = '[meridian-input] ';

export function readDecisions(description: string | null): InputDecision[] {
  const out: InputDecision[] = [];
  for (const line of (description ?? '').split('\n')) {
    if (!line.startsWith(MARK)) continue;
    try {
      const d = JSON.parse(line.slice(MARK.length)) as Partial<InputDecision>;
      if (typeof d.id === 'string' && (d.state === 'APPROVED' || d.state === 'ABORTED') && typeof d.by === 'string') {
        out.push({ id: d.id, state: d.state, by: d.by, at: String(d.at ?? ''), message: String(d.message ?? '') });
      }
    } catch {
      // Someone edited the description by hand: that line is not ours.
    }
  }
  return out;
}

export function withDecision(description: string | null, decision: InputDecision): string {
  const line = `${MARK}${JSON.stringify(decision)}`;
  return description ? `${description.replace(/\n+$/, '')}\n${line}` : line;
}
