import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { answerOf, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { AUDITED_KIND_NAMES } from '../../lib/vocabulary';
import { AuditedActionsTable, type AuditedAction } from './audited-actions-table';
import { VerdictForm } from './verdict-form';

type Kind = 'pause' | 'supplementRequest' | 'completionRequest' | 'cancellation' | 'reassignment' | 'sendBack';
type Verdict = 'justified' | 'unjustified' | 'pending';

/** The audit queue: the actions still to judge first, filtered by kind and verdict. */
export function AuditQueue() {
  const [kind, setKind] = useState<Kind>();
  const [verdict, setVerdict] = useState<Verdict>('pending');
  const [judging, setJudging] = useState<AuditedAction>();
  const query = { ...(kind ? { kind } : {}), ...(verdict ? { verdict } : {}) };
  const actions = useInfiniteQuery({
    queryKey: ['audit', 'actions', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      answerOf(
        api.GET('/audit/actions', {
          params: { query: { ...query, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<Kind>
          aria-label="Loại thao tác"
          placeholder="Loại thao tác"
          allowClear
          value={kind}
          onChange={setKind}
          style={{ width: 220 }}
          options={Object.entries(AUDITED_KIND_NAMES).map(([value, label]) => ({ value: value as Kind, label }))}
        />
        <Select<Verdict>
          aria-label="Kết luận"
          value={verdict}
          onChange={setVerdict}
          style={{ width: 200 }}
          options={[
            { value: 'pending', label: 'Chưa kết luận' },
            { value: 'justified', label: 'Có căn cứ' },
            { value: 'unjustified', label: 'Không có căn cứ' },
          ]}
        />
      </Space>
      <ProblemAlert error={actions.error} />
      <AuditedActionsTable
        items={actions.data?.pages.flatMap((p) => p.items) ?? []}
        loading={actions.isPending}
        onJudge={setJudging}
      />
      {actions.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void actions.fetchNextPage()}>
          Xem thêm
        </Button>
      )}
      {judging && <VerdictForm action={judging} onClose={() => setJudging(undefined)} />}
    </>
  );
}
