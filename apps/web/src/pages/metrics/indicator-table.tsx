import { useQuery } from '@tanstack/react-query';
import { Button, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { answerOf, api } from '../../api/client';
import type { paths } from '../../api/schema';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime, formatDecimal, formatNumber } from '../../lib/format';

type Indicator =
  paths['/index-766/scorecard']['get']['responses'][200]['content']['application/json']['scorecard']['indicators'][number];
type IndicatorId = NonNullable<
  paths['/index-766/indicators/{indicator}/dossiers']['get']['parameters']['path']
>['indicator'];

/** Every indicator with numerator, denominator, ratio and points; the figures open the dossiers behind them. */
export function IndicatorTable({ indicators, query }: { indicators: readonly Indicator[]; query: object }) {
  const [drill, setDrill] = useState<{ indicator: Indicator; part: 'numerator' | 'denominator' }>();
  const figure = (indicator: Indicator, part: 'numerator' | 'denominator') => {
    const value = indicator[part];
    if (value === null) return '—';
    return (
      <Button
        type="link"
        size="small"
        onClick={() => setDrill({ indicator, part })}
        aria-label={`${formatNumber(value)} hồ sơ: ${part === 'numerator' ? 'tử số' : 'mẫu số'} chỉ tiêu ${indicator.id}`}
      >
        {formatNumber(value)}
      </Button>
    );
  };
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        Các chỉ tiêu
      </Typography.Title>
      <Table<Indicator>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={[...indicators]}
        columns={[
          { title: 'Mã', dataIndex: 'id', width: 60 },
          { title: 'Chỉ tiêu', dataIndex: 'name' },
          { title: 'Tử số', key: 'n', render: (_, i) => figure(i, 'numerator') },
          { title: 'Mẫu số', key: 'd', render: (_, i) => figure(i, 'denominator') },
          { title: 'Tỷ lệ (%)', dataIndex: 'ratio', render: (r: number | null) => formatDecimal(r) },
          {
            title: 'Điểm',
            key: 'points',
            render: (_, i) =>
              i.points === null ? (
                <Typography.Text type="secondary">không có số liệu</Typography.Text>
              ) : (
                `${formatDecimal(i.points)} / ${i.maxPoints}`
              ),
          },
          { title: 'Ghi chú', dataIndex: 'note', render: (note?: string) => note ?? '' },
        ]}
      />
      {drill && <DossiersBehind drill={drill} query={query} onClose={() => setDrill(undefined)} />}
    </>
  );
}

function DossiersBehind(props: {
  drill: { indicator: Indicator; part: 'numerator' | 'denominator' };
  query: object;
  onClose: () => void;
}) {
  const { indicator, part } = props.drill;
  const dossiers = useQuery({
    queryKey: ['index766', 'dossiers', indicator.id, part, props.query],
    queryFn: () =>
      answerOf(
        api.GET('/index-766/indicators/{indicator}/dossiers', {
          params: {
            path: { indicator: indicator.id as IndicatorId },
            query: { ...(props.query as object), part, limit: 200 },
          },
        }),
      ),
  });
  return (
    <Modal
      open
      onCancel={props.onClose}
      footer={null}
      width="min(900px, 96vw)"
      title={`${indicator.id} ${indicator.name} — ${part === 'numerator' ? 'tử số' : 'mẫu số'}`}
    >
      <ProblemAlert error={dossiers.error} />
      <Table
        rowKey="dossierCode"
        size="small"
        loading={dossiers.isPending}
        dataSource={dossiers.data?.items}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: 'Mã hồ sơ',
            dataIndex: 'dossierCode',
            render: (code: string) => <Link to={`/ho-so/${code}`}>{code}</Link>,
          },
          { title: 'Thủ tục', dataIndex: 'procedureCode' },
          { title: 'Thời điểm', dataIndex: 'factAt', render: (at: string) => formatDateTime(at) },
          { title: 'Hạn', dataIndex: 'statisticalDueAt', render: (at: string | null) => formatDateTime(at) },
          { title: 'Xong', dataIndex: 'finishedAt', render: (at: string | null) => formatDateTime(at) },
        ]}
      />
    </Modal>
  );
}
