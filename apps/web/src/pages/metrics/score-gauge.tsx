import { Chart } from '../../components/chart';
import { formatDecimal } from '../../lib/format';

/** The total as a gauge, the 80-point "Tốt" line marked. */
export function ScoreGauge({ total }: { total: number }) {
  return (
    <Chart
      label={`Tổng điểm ${total} trên 100; mốc Tốt là 80 điểm`}
      height={220}
      option={{
        series: [
          {
            type: 'gauge',
            min: 0,
            max: 100,
            axisLine: {
              lineStyle: {
                width: 14,
                color: [
                  [0.5, '#d4380d'],
                  [0.8, '#faad14'],
                  [1, '#389e0d'],
                ],
              },
            },
            splitNumber: 5,
            axisLabel: { formatter: (v: number) => (v === 80 ? '80 Tốt' : String(v)) },
            detail: { formatter: (v: number) => formatDecimal(v), fontSize: 22, offsetCenter: [0, '70%'] },
            data: [{ value: total }],
          },
        ],
      }}
    />
  );
}
