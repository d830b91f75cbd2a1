/**
 * Whether an active silence covers an alert, decided from Alertmanager's silences instead of its
 * alerts' `suppressed` status: Alertmanager 0.25 marks an alert that fired moments before the
 * silence as suppressed only when Prometheus sends it again (its resend delay, a minute), so a
 * silence made in the console showed on the alert a minute late. Matchers are read as
 * Alertmanager reads them: a missing label is "", a regex must match the whole value, `isEqual:
 * false` negates.
 */
import type { AmMatcher, AmSilence } from './alertmanager-client.ts';

function matches(m: AmMatcher, labels: Record<string, string>): boolean {
  const value = Object.hasOwn(labels, m.name) ? labels[m.name] : '';
  let hit: boolean;
  if (m.isRegex) {
    try {
      hit = new RegExp(`^(?:${m.value})$`).test(value);
    } catch {
      return false; // Alertmanager refuses such a silence; never treat it as matching
    }
  } else {
    hit = value === m.value;
  }
  return m.isEqual === false ? !hit : hit;
}

/** Is `labels` covered by one of `silences` that is active now? */
export const silencedBy = (silences: AmSilence[], labels: Record<string, string>): boolean =>
  silences.some((s) => s.status.state === 'active' && s.matchers.length > 0 && s.matchers.every((m) => matches(m, labels)));
