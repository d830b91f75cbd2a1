/** Prometheus text exposition format (0.0.4) for the samples we compute on every scrape. */
export type Labels = Record<string, string>;

export interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: { labels: Labels; value: number }[];
}

const escapeValue = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

export function render(families: Family[]): string {
  const out: string[] = [];
  for (const f of families) {
    out.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) {
      const labels = Object.entries(s.labels)
        .map(([k, v]) => `${k}="${escapeValue(v)}"`)
        .join(',');
      out.push(`${f.name}{${labels}} ${formatNumber(s.value)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** kube-state-metrics' label-name sanitizing: `meridian.io/workspace` → `label_meridian_io_workspace`. */
export function labelName(prefix: 'label' | 'annotation', key: string): string {
  return `${prefix}_${key.replace(/[^a-zA-Z0-9_]/g, '_')}`;
}
