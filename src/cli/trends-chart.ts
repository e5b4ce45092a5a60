import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { TopicTrend } from '../pipeline/trends.js';

/**
 * Renders the trends as a PNG on the server: ECharts draws SVG without a browser, resvg rasterises
 * it. Volume per topic as lines, mean sentiment dashed on a second axis; suppressed hours are gaps.
 */
export async function renderTrendsPng(trends: readonly TopicTrend[], k: number): Promise<Buffer> {
  const hours = [...new Set(trends.flatMap((t) => t.cells.map((c) => c.hour)))].sort();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1000, height: 520 });
  const series = trends.flatMap((t) => {
    const by = new Map(t.cells.map((c) => [c.hour, c]));
    const name = t.topic === '*' ? 'all posts' : t.topic;
    const vol = hours.map((h) => {
      const c = by.get(h);
      return c && !c.suppressed ? c.posts : null;
    });
    const sent = hours.map((h) => {
      const c = by.get(h);
      return c && !c.suppressed ? Number(c.meanCompound.toFixed(3)) : null;
    });
    const spikes = t.volumeSpikes.map((s) => ({ coord: [hours.indexOf(s.hour), s.value], value: 'spike' }));
    return [
      { name: `${name}: posts`, type: 'line', data: vol, connectNulls: false, markPoint: { data: spikes } },
      {
        name: `${name}: sentiment`,
        type: 'line',
        yAxisIndex: 1,
        data: sent,
        lineStyle: { type: 'dashed' },
        connectNulls: false,
      },
    ];
  });
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: 'Brightline trends',
      subtext: `hourly, UTC; gaps are hours with fewer than ${k} authors (suppressed)`,
    },
    legend: { top: 62 },
    grid: { top: 110, left: 60, right: 60, bottom: 60 },
    xAxis: { type: 'category', data: hours.map((h) => h.slice(5, 13).replace('T', ' ')) },
    yAxis: [
      { type: 'value', name: 'posts' },
      { type: 'value', name: 'sentiment', min: -1, max: 1 },
    ],
    series,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const png = new Resvg(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return png;
}
