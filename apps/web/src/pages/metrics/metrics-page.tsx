import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { answerOf, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDate, formatDateTime, formatDecimal } from '../../lib/format';
import { TONES } from '../../lib/tones';
import { IndicatorTable } from './indicator-table';
import { PeriodPicker, queryOf, type PeriodChoice } from './period-picker';
import { ScoreGauge } from './score-gauge';
import { TimelinessPanel } from './timeliness-panel';
import { downloadCsv } from './csv';

const BAND_COLOURS: Record<string, string> = {
  'Xuất sắc': TONES.good,
  Tốt: TONES.good,
  Khá: TONES.info,
  'Trung bình': TONES.warning,
  Yếu: TONES.bad,
};

/** The 766 scorecard: the total and its band, the groups, every indicator, trends and rankings. */
export default function MetricsPage() {
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'year', day: dayjs() });
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const query = { ...queryOf(choice), ...(asOf ? { asOf: asOf.toISOString() } : {}) };
  const report = useQuery({
    queryKey: ['index766', 'scorecard', query],
    queryFn: () => answerOf(api.GET('/index-766/scorecard', { params: { query } })),
  });
  const card = report.data?.scorecard;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)
      </Typography.Title>
      <Space wrap>
        <PeriodPicker value={choice} onChange={setChoice} />
        <DatePicker
          aria-label="Số liệu tại thời điểm"
          placeholder="Số liệu tại thời điểm (mặc định: hiện tại)"
          showTime={{ format: 'HH:mm' }}
          format="DD/MM/YYYY HH:mm"
          value={asOf}
          onChange={setAsOf}
          style={{ width: 280 }}
        />
        <Button onClick={() => void downloadCsv('/index-766/scorecard', query, 'diem-766.csv')}>Xuất CSV</Button>
      </Space>
      <ProblemAlert error={report.error} />
      {report.isPending && <Skeleton active />}
      {report.data && card && (
        <>
          <Typography.Text type="secondary">
            Kỳ {formatDate(report.data.period.from)} – {formatDate(report.data.period.to)} · số liệu tại{' '}
            {formatDateTime(report.data.asOf)} · cấu hình {card.configVersion}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Card title="Tổng điểm">
                <ScoreGauge total={card.total} />
                <Space>
                  <Statistic title="Điểm" value={formatDecimal(card.total)} suffix="/ 100" />
                  <Tag color={BAND_COLOURS[card.band] ?? TONES.neutral} style={{ fontSize: 16, padding: 6 }}>
                    {card.band}
                  </Tag>
                </Space>
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Row gutter={[12, 12]}>
                {Object.entries(card.groups).map(([id, group]) => (
                  <Col xs={12} md={8} key={id}>
                    <Card size="small" title={group.name}>
                      <Statistic value={formatDecimal(group.points)} suffix={`/ ${group.max}`} />
                    </Card>
                  </Col>
                ))}
              </Row>
            </Col>
          </Row>
          <IndicatorTable indicators={card.indicators} query={query} />
          <TimelinessPanel query={query} figures={report.data.figures} />
        </>
      )}
    </Space>
  );
}
