import { useQuery } from '@tanstack/react-query';
import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { answerOf, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { formatNumber } from '../../lib/format';
import { unitName } from '../../lib/vocabulary';

type GroupBy = 'unit' | 'officer' | 'step';

/** Lateness of the internal process's steps: finished early, on time, late; in progress and overdue. */
export function StepLateness() {
  const [groupBy, setGroupBy] = useState<GroupBy>('unit');
  const steps = useQuery({
    queryKey: ['audit', 'steps', groupBy],
    queryFn: () => answerOf(api.GET('/audit/steps', { params: { query: { groupBy } } })),
  });
  const count = (n: number) => formatNumber(n);
  return (
    <>
      <Segmented<GroupBy>
        value={groupBy}
        onChange={setGroupBy}
        options={[
          { value: 'unit', label: 'Theo đơn vị' },
          { value: 'officer', label: 'Theo cán bộ' },
          { value: 'step', label: 'Theo bước' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <ProblemAlert error={steps.error} />
      <Table
        rowKey="group"
        size="small"
        loading={steps.isPending}
        pagination={false}
        dataSource={steps.data?.items}
        columns={[
          {
            title: groupBy === 'unit' ? 'Đơn vị' : groupBy === 'officer' ? 'Cán bộ' : 'Bước',
            dataIndex: 'group',
            render: (g: string) => (groupBy === 'unit' ? unitName(g) : g || 'chưa nhận'),
          },
          { title: 'Đã xong', dataIndex: 'finished', render: count },
          { title: 'Trước hạn', dataIndex: 'early', render: count },
          { title: 'Đúng hạn', dataIndex: 'onTime', render: count },
          { title: 'Trễ hạn', dataIndex: 'late', render: count },
          { title: 'Đang xử lý', dataIndex: 'inProgress', render: count },
          { title: 'Đang quá hạn', dataIndex: 'overdue', render: count },
        ]}
      />
    </>
  );
}
