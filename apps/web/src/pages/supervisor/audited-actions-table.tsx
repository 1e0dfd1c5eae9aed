import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { paths } from '../../api/schema';
import { formatDateTime, formatWorkingTime } from '../../lib/format';
import { TONES } from '../../lib/tones';
import { AUDITED_KIND_NAMES, VERDICT_NAMES } from '../../lib/vocabulary';

export type AuditedAction =
  paths['/audit/actions']['get']['responses'][200]['content']['application/json']['items'][number];

/** Audited actions (pauses, requests, cancellations, moves), each with its verdict or a button to judge it. */
export function AuditedActionsTable(props: {
  items: readonly AuditedAction[];
  loading: boolean;
  onJudge: (action: AuditedAction) => void;
}) {
  return (
    <Table<AuditedAction>
      rowKey="id"
      size="small"
      loading={props.loading}
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={[...props.items]}
      columns={[
        {
          title: 'Hồ sơ',
          dataIndex: 'dossierCode',
          render: (code: string) => <Link to={`/ho-so/${code}`}>{code}</Link>,
        },
        { title: 'Thao tác', dataIndex: 'kind', render: (kind: string) => AUDITED_KIND_NAMES[kind] ?? kind },
        { title: 'Thời điểm', dataIndex: 'at', render: (at: string) => formatDateTime(at) },
        { title: 'Người thực hiện', dataIndex: 'actorId', render: (id: string | null) => id ?? '—' },
        { title: 'Lý do', dataIndex: 'reason', ellipsis: true },
        {
          title: 'Thời gian dừng',
          dataIndex: 'stoppedWorkingMinutes',
          render: (m: number | null) => (m === null ? '—' : formatWorkingTime(m)),
        },
        {
          title: 'Kết luận',
          key: 'verdict',
          render: (_, action) =>
            action.verdict ? (
              <Tag color={action.verdict === 'justified' ? TONES.good : TONES.bad}>{VERDICT_NAMES[action.verdict]}</Tag>
            ) : (
              <Button size="small" type="primary" onClick={() => props.onJudge(action)}>
                Kết luận
              </Button>
            ),
        },
      ]}
    />
  );
}
