import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { answerOf, api } from '../../api/client';
import type { QueueItem } from '../../api/queue';
import { useLiveUpdates } from '../../api/live-updates';
import { ProblemAlert } from '../../components/problem-alert';
import { RemainingTimeTag } from '../../components/remaining-time-tag';
import { formatDateTime } from '../../lib/format';
import { CHANNEL_NAMES, STATUS_NAMES, unitName } from '../../lib/vocabulary';
import { useSession } from '../../session/session';
import { deskQueues, queueByKey } from './queues';

const PAGE = 50;

const columns: ColumnsType<QueueItem> = [
  {
    title: 'Mã hồ sơ',
    dataIndex: 'dossierCode',
    render: (code: string) => <Link to={`/ho-so/${code}`}>{code}</Link>,
  },
  { title: 'Người nộp', dataIndex: 'applicantName', render: (name: string | null) => name ?? '—' },
  { title: 'Thủ tục', dataIndex: 'procedureName', ellipsis: true },
  {
    title: 'Tiếp nhận',
    key: 'received',
    render: (_, item) => (
      <>
        {formatDateTime(item.submittedAt)}
        <br />
        <Typography.Text type="secondary">{CHANNEL_NAMES[item.channel]}</Typography.Text>
      </>
    ),
  },
  {
    title: 'Hạn',
    key: 'due',
    render: (_, item) => formatDateTime(item.dueAt ?? item.acceptanceDeadline),
  },
  {
    title: 'Bước / người giữ',
    key: 'step',
    render: (_, item) =>
      item.currentStep ? (
        <>
          {unitName(item.currentUnit)}
          <br />
          <Typography.Text type="secondary">{item.holder ?? item.assignee ?? 'chưa nhận'}</Typography.Text>
        </>
      ) : (
        STATUS_NAMES[item.status]
      ),
  },
  {
    title: 'Thời gian còn lại',
    key: 'remaining',
    render: (_, item) => <RemainingTimeTag minutes={item.remainingWorkingMinutes} overdue={item.overdue} />,
  },
];

/** The officer's desk: the queues as tabs, search and filters, nearest deadline first. */
export default function DeskPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const queues = deskQueues(session?.unit);
  const queue = queueByKey(queues, params.get('hang'));
  const q = params.get('q') ?? undefined;
  const channel = (params.get('kenh') ?? undefined) as QueueItem['channel'] | undefined;
  const procedure = params.get('thu-tuc') ?? undefined;
  const query = {
    ...queue.query,
    ...(q ? { q } : {}),
    ...(channel ? { channel } : {}),
    ...(procedure ? { procedure } : {}),
  };
  useLiveUpdates(['queue']);
  const procedures = useQuery({
    queryKey: ['procedures', session?.agency],
    queryFn: () => answerOf(api.GET('/procedures', { params: { query: { agency: session?.agency } } })),
    staleTime: 10 * 60_000,
  });
  const lines = useInfiniteQuery({
    queryKey: ['queue', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      answerOf(
        api.GET('/dossiers', {
          params: { query: { ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = lines.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          Bàn làm việc
        </Typography.Title>
        {session?.role === 'officer' && (
          <Button type="primary" onClick={() => void navigate('/ban-lam-viec/tiep-nhan')}>
            Tiếp nhận hồ sơ trực tiếp
          </Button>
        )}
      </Space>
      <Tabs
        activeKey={queue.key}
        onChange={(key) => set('hang', key)}
        items={queues.map((d) => ({ key: d.key, label: d.label }))}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="Tìm theo mã hồ sơ, người nộp, thủ tục"
          placeholder="Mã hồ sơ, người nộp, thủ tục"
          defaultValue={q}
          allowClear
          onSearch={(value) => set('q', value.trim() || undefined)}
          style={{ width: 300 }}
        />
        <Select
          aria-label="Kênh nộp"
          placeholder="Kênh nộp"
          allowClear
          value={channel}
          onChange={(value?: string) => set('kenh', value)}
          options={Object.entries(CHANNEL_NAMES).map(([value, label]) => ({ value, label }))}
          style={{ width: 180 }}
        />
        <Select
          aria-label="Thủ tục"
          placeholder="Thủ tục"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={procedure}
          onChange={(value?: string) => set('thu-tuc', value)}
          options={procedures.data?.map((p) => ({ value: p.value.code, label: p.value.name }))}
          style={{ width: 320 }}
        />
      </Space>
      <ProblemAlert error={lines.error} />
      <Table<QueueItem>
        rowKey="dossierCode"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={lines.isPending}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: <Empty description="Không có hồ sơ trong hàng này" /> }}
        onRow={(item) => ({
          tabIndex: 0,
          'aria-label': `Hồ sơ ${item.dossierCode}`,
          onKeyDown: (event) => {
            if (event.key === 'Enter') void navigate(`/ho-so/${item.dossierCode}`);
            const row = event.currentTarget;
            if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
            if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
          },
        })}
      />
      {lines.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void lines.fetchNextPage()} loading={lines.isFetchingNextPage}>
          Xem thêm
        </Button>
      )}
    </>
  );
}
