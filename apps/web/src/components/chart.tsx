import { BarChart, GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the charts and parts the pages draw (keeps the metrics page's script small).
echarts.use([
  BarChart,
  GaugeChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** The page's sans-serif faces (the charts' default would fall back to a serif one). */
const CHART_FONT = "'Segoe UI', Roboto, 'Open Sans', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** People who ask their system for less motion get the charts drawn at once, without growing bars. */
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** An Apache ECharts chart, redrawn when its option changes and resized with its box. */
export function Chart({ option, height = 260, label }: { option: ChartOption; height?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);
  useEffect(() => {
    if (!box.current) return undefined;
    chart.current = echarts.init(box.current, undefined, { renderer: 'svg', locale: 'EN' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: CHART_FONT }, animation: !reducedMotion(), ...option }, true);
    box.current?.setAttribute('data-rendered', 'true');
  }, [option]);
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
