'use client';

/** Words the kinds' status summaries use, by the colour they deserve. */
const GOOD = new Set(['Running', 'Ready', 'Available', 'Bound', 'Complete', 'Succeeded', 'Active', 'Normal']);
const BAD = new Set(['Failed', 'Error', 'CrashLoopBackOff', 'NotReady', 'Lost', 'Warning', 'ImagePullBackOff']);

export function StatusBadge({ status, message }: { status: string; message?: string | null }) {
  const tone = GOOD.has(status) ? 'good' : BAD.has(status) ? 'bad' : 'neutral';
  return (
    <span className={`status-badge ${tone}`} title={message ?? undefined} data-testid="object-status">
      {status}
    </span>
  );
}
