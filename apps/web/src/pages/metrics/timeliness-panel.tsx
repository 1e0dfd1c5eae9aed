import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row } from 'antd';
import { answerOf, api } from '../../api/client';
import { Chart } from '../../components/chart';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDecimal, formatNumber } from '../../lib/format';
import { downloadCsv } from './csv';

const FIGURE_NAMES: [string, string][] = [
  ['carriedOver', 'Tồn kỳ trước'],
  ['received', 'Tiếp nhận trong kỳ'],
  ['early', 'Giải quyết trước hạn'],
  ['onTime', 'Giải quyết đúng hạn'],
  ['late', 'Giải quyết trễ hạn'],
  ['inTime', 'Đang giải quyết trong hạn'],
  ['overdue', 'Đang giải quyết quá hạn'],
];

/** Timeliness: the period's breakdown, the on-time rate month by month; and the agencies ranked by their 766 total. */
export function TimelinessPanel({ query, figures }: { query: object; figures: Record<string, number> }) {
  const byMonth = useQuery({
    queryKey: ['index766', 'timeliness', 'month', query],
    queryFn: () =>
      answerOf(api.GET('/index-766/timeliness', { params: { query: { ...(query as object), groupBy: 'month' } } })),
  });
  const ranking = useQuery({
    queryKey: ['index766', 'ranking', query],
    queryFn: () => answerOf(api.GET('/index-766/ranking', { params: { query: query as object } })),
  });
  // The chart's category axis runs upwards: the best agency last, so it is drawn on top.
  const ranked = [...(ranking.data?.rows ?? [])].reverse();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Card
          title="Tiến độ giải quyết"
          extra={
            <Button size="small" onClick={() => void downloadCsv('/index-766/timeliness', query, 'tien-do.csv')}>
              CSV
            </Button>
          }
        >
          <Descriptions
            size="small"
            column={1}
            items={[
              ...FIGURE_NAMES.map(([key, label]) => ({ key, label, children: formatNumber(figures[key]) })),
              { key: 'rate', label: 'Tỷ lệ đúng hạn', children: `${formatDecimal(figures.onTimeRate)} %` },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title="Tỷ lệ đúng hạn theo tháng">
          <ProblemAlert error={byMonth.error} />
          <Chart
            label="Tỷ lệ giải quyết đúng hạn theo tháng"
            option={{
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: byMonth.data?.rows.map((r) => r.group) ?? [] },
              yAxis: { type: 'value', min: 0, max: 100 },
              series: [{ type: 'line', name: 'Đúng hạn (%)', data: byMonth.data?.rows.map((r) => r.onTimeRate) ?? [] }],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card
          title="Xếp hạng cơ quan theo tổng điểm"
          extra={
            <Button size="small" onClick={() => void downloadCsv('/index-766/ranking', query, 'xep-hang.csv')}>
              CSV
            </Button>
          }
        >
          <ProblemAlert error={ranking.error} />
          <Chart
            label="Các cơ quan xếp theo tổng điểm Bộ chỉ số 766"
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 80 },
              xAxis: { type: 'value', min: 0, max: 100 },
              yAxis: { type: 'category', data: ranked.map((r) => `${r.rank}. ${r.agency}`) },
              series: [
                {
                  type: 'bar',
                  name: 'Tổng điểm',
                  data: ranked.map((r) => r.total),
                  markLine: { symbol: 'none', data: [{ xAxis: 80, name: 'Tốt' }], label: { formatter: 'Tốt' } },
                },
              ],
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
