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

/** Timeliness: the period's breakdown, the on-time rate month by month, and agencies ranked by it. */
export function TimelinessPanel({ query, figures }: { query: object; figures: Record<string, number> }) {
  const byMonth = useQuery({
    queryKey: ['index766', 'timeliness', 'month', query],
    queryFn: () =>
      answerOf(api.GET('/index-766/timeliness', { params: { query: { ...(query as object), groupBy: 'month' } } })),
  });
  const byAgency = useQuery({
    queryKey: ['index766', 'timeliness', 'agency', query],
    queryFn: () =>
      answerOf(api.GET('/index-766/timeliness', { params: { query: { ...(query as object), groupBy: 'agency' } } })),
  });
  const ranked = [...(byAgency.data?.rows ?? [])].sort((a, b) => a.onTimeRate - b.onTimeRate);
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
        <Card title="Xếp hạng cơ quan theo tỷ lệ đúng hạn">
          <ProblemAlert error={byAgency.error} />
          <Chart
            label="Các cơ quan xếp theo tỷ lệ giải quyết đúng hạn"
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 80 },
              xAxis: { type: 'value', min: 0, max: 100 },
              yAxis: { type: 'category', data: ranked.map((r) => r.group) },
              series: [{ type: 'bar', name: 'Đúng hạn (%)', data: ranked.map((r) => r.onTimeRate) }],
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
