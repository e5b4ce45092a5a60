import { useEffect, useRef, useState } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { api } from '../api/client.js';
import type { TopicTrend } from '../api/types.js';
import { ErrorNote } from '../ui.js';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkPointComponent,
  SVGRenderer,
]);

/** Per-topic charts of volume, sentiment and alerts per hour; suppressed cells say so. */
export function Trends() {
  const [data, setData] = useState<{ minAuthorsPerCell: number; topics: TopicTrend[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.trends().then(setData, (e: Error) => setError(e.message));
  }, []);
  return (
    <section aria-labelledby="trends-h">
      <h1 id="trends-h">Trends</h1>
      <p className="muted">
        Counts per topic and hour, never per person. An hour with fewer than {data?.minAuthorsPerCell ?? 50}{' '}
        distinct authors is suppressed and shown as “&lt; {data?.minAuthorsPerCell ?? 50} authors”.
      </p>
      <ErrorNote error={error} />
      {data?.topics.length === 0 && <p className="empty">No posts counted yet.</p>}
      {data?.topics.map((t) => (
        <TopicChart key={t.topic} t={t} min={data.minAuthorsPerCell} />
      ))}
    </section>
  );
}

function TopicChart({ t, min }: { t: TopicTrend; min: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(ref.current!, undefined, { renderer: 'svg' });
    const hours = t.cells.map((c) => c.hour.slice(5, 16).replace('T', ' '));
    const val = (f: (c: Extract<(typeof t.cells)[number], { suppressed: false }>) => number) =>
      t.cells.map((c) => (c.suppressed ? null : f(c)));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: hours },
      yAxis: [
        { type: 'value', name: 'posts' },
        { type: 'value', name: 'negative share', min: 0, max: 1 },
      ],
      series: [
        {
          name: 'posts',
          type: 'bar',
          data: val((c) => c.posts),
          itemStyle: { color: '#4c6ef5' },
          markPoint: {
            symbol: 'pin',
            data: t.volumeSpikes.map((s) => ({
              name: 'spike',
              coord: [s.hour.slice(5, 16).replace('T', ' '), s.value],
            })),
          },
        },
        {
          name: 'alerts (medium+)',
          type: 'bar',
          data: val((c) => c.alerts.medium + c.alerts.high + c.alerts.critical),
          itemStyle: { color: '#c92a2a' },
        },
        {
          name: 'negative share',
          type: 'line',
          yAxisIndex: 1,
          data: val((c) => c.negativeShare),
          itemStyle: { color: '#e67700' },
        },
      ],
    });
    const onResize = (): void => chart.resize();
    addEventListener('resize', onResize);
    return () => {
      removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [t]);
  return (
    <section className="panel" aria-labelledby={`topic-${t.topic}`}>
      <h2 id={`topic-${t.topic}`}>{t.topic === '*' ? 'All posts' : t.topic}</h2>
      <div
        ref={ref}
        className="chart"
        role="img"
        aria-label={`Posts, alerts and negative share per hour for ${t.topic === '*' ? 'all posts' : t.topic}`}
      />
      <table className="cells">
        <caption className="muted small">
          {t.suppressedCells} of {t.cells.length} hours suppressed; {t.volumeSpikes.length} volume spike(s).
        </caption>
        <thead>
          <tr>
            <th scope="col">Hour (UTC)</th>
            <th scope="col">Posts</th>
            <th scope="col">Authors</th>
            <th scope="col">Negative</th>
            <th scope="col">Alerts</th>
          </tr>
        </thead>
        <tbody>
          {t.cells.slice(-12).map((c) => (
            <tr key={c.hour}>
              <td>{c.hour.replace('T', ' ')}</td>
              {c.suppressed ? (
                <td colSpan={4} className="muted">
                  &lt; {min} authors
                </td>
              ) : (
                <>
                  <td>{c.posts}</td>
                  <td>{c.authors}</td>
                  <td>{(c.negativeShare * 100).toFixed(0)}%</td>
                  <td>{c.alerts.medium + c.alerts.high + c.alerts.critical}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
