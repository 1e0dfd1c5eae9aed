import { Button, Empty, Skeleton, Table } from 'antd';
import { useDossierSlips } from '../../api/dossier';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { printSlip } from './print';

/** The papers motcua issued for the dossier (receipt, requests, apology…), each printable in one click. */
export function SlipsPanel({ code }: { code: string }) {
  const slips = useDossierSlips(code);
  if (slips.isPending) return <Skeleton active />;
  if (slips.error) return <ProblemAlert error={slips.error} />;
  return (
    <Table
      rowKey="documentId"
      size="small"
      pagination={false}
      dataSource={slips.data.issued}
      locale={{ emptyText: <Empty description="Chưa có phiếu nào" /> }}
      columns={[
        { title: 'Phiếu', dataIndex: 'title' },
        { title: 'Số', dataIndex: 'number' },
        { title: 'Ngày lập', dataIndex: 'issuedAt', render: (at: string) => formatDateTime(at) },
        {
          title: '',
          key: 'print',
          render: (_, slip) => (
            <Button size="small" onClick={() => void printSlip(code, slip.slip)} aria-label={`In ${slip.title}`}>
              In phiếu
            </Button>
          ),
        },
      ]}
    />
  );
}
