'use client';

import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatValue } from '@/features/monitoring/format.ts';

// Only what the charts use is bundled (echarts/core, no CDN).
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartLine {
  name: string;
  points: readonly { timestamp: string; value: number }[];
}

/** A time-series line chart (one line per entry) whose axis and tooltip speak `unit`. */
export function MetricChart({ title, unit, value, lines, testId }: { title: string; unit: string; value: number | null; lines: readonly ChartLine[]; testId: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 64, right: 12, top: 12, bottom: lines.length > 1 ? 40 : 24 },
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatValue(Number(v), unit) },
        legend: lines.length > 1 ? { bottom: 0, type: 'scroll' } : { show: false },
        xAxis: { type: 'time', splitNumber: 4, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => formatValue(v, unit) } },
        series: lines.map((l) => ({ name: l.name, type: 'line', showSymbol: false, data: l.points.map((p) => [p.timestamp, p.value]) })),
      },
      { notMerge: true },
    );
  }, [lines, unit]);

  const points = lines.reduce((n, l) => n + l.points.length, 0);
  return (
    <figure className="metric-chart" data-testid={testId} data-points={points}>
      <figcaption>
        <span>{title}</span>
        <strong className="mono">{formatValue(value, unit)}</strong>
      </figcaption>
      <div ref={el} className="metric-chart-canvas" />
    </figure>
  );
}
