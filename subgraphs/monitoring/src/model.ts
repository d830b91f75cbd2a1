/** What the metrics resolvers pass down: which pod/project is measured, plus instant values. */

export interface PodMetricsModel {
  namespace: string;
  pod: string;
  cpu: number | null;
  memory: number | null;
  networkReceiveBytesPerSecond: number | null;
  networkTransmitBytesPerSecond: number | null;
}

export interface ProjectMetricsModel {
  namespace: string;
  cpu: number | null;
  memory: number | null;
  podCount: number | null;
}

/** What a level's `metrics { series }` object carries: which object it measures. */
export interface MetricsScopeModel {
  level: import('./metrics/levels.ts').MetricLevel;
  object: import('./metrics/levels.ts').ObjectKey;
}
