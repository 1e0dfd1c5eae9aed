import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Table, Tag } from 'antd';
import { answerOf, api } from '../../api/client';
import type { DossierView } from '../../api/dossier';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { TONES } from '../../lib/tones';
import { unitName } from '../../lib/vocabulary';
import { printSlip } from './print';

const RESULT = {
  early: [TONES.good, 'Trước hạn'],
  onTime: [TONES.info, 'Đúng hạn'],
  late: [TONES.bad, 'Quá hạn'],
} as const;

/** The control slip (phiếu kiểm soát): every hand-over between units, who gave, who took, when, on time or not. */
export function ProcessPanel({ dossier }: { dossier: DossierView }) {
  const code = dossier.dossierCode;
  const slip = useQuery({
    queryKey: ['dossier', code, 'process', dossier.version],
    queryFn: () => answerOf(api.GET('/dossiers/{code}/process', { params: { path: { code } } })),
  });
  if (slip.error) return <ProblemAlert error={slip.error} />;
  return (
    <>
      <Table
        rowKey="seq"
        size="small"
        loading={slip.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={slip.data?.rows}
        locale={{ emptyText: <Empty description="Hồ sơ chưa vào quy trình xử lý" /> }}
        columns={[
          { title: 'Bước', dataIndex: 'stepName' },
          { title: 'Đơn vị', dataIndex: 'unit', render: (unit: string) => unitName(unit) },
          {
            title: 'Giao',
            key: 'from',
            render: (_, row) => `${row.handedOverBy ?? '—'} · ${formatDateTime(row.handedOverAt)}`,
          },
          {
            title: 'Nhận',
            key: 'to',
            render: (_, row) =>
              row.receivedBy ? `${row.receivedBy} · ${formatDateTime(row.receivedAt)}` : (row.assignee ?? 'chưa nhận'),
          },
          { title: 'Hạn của bước', dataIndex: 'deadline', render: (at: string) => formatDateTime(at) },
          {
            title: 'Kết quả',
            key: 'result',
            render: (_, row) =>
              row.result ? (
                <Tag color={RESULT[row.result][0]}>{RESULT[row.result][1]}</Tag>
              ) : row.overdue ? (
                <Tag color={TONES.bad}>Đang quá hạn</Tag>
              ) : (
                'Đang xử lý'
              ),
          },
        ]}
      />
      {(slip.data?.rows.length ?? 0) > 0 && (
        <Button style={{ marginTop: 12 }} onClick={() => void printSlip(code, 'controlSlip')}>
          In phiếu kiểm soát
        </Button>
      )}
    </>
  );
}
