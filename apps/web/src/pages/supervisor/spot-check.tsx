import { useQuery } from '@tanstack/react-query';
import { Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { answerOf, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { AuditedActionsTable, type AuditedAction } from './audited-actions-table';
import { VerdictForm } from './verdict-form';

/** A random sample of audited actions; the same seed draws the same sample (a check others can repeat). */
export function SpotCheck() {
  const [size, setSize] = useState(10);
  const [seed, setSeed] = useState<string>();
  const [judging, setJudging] = useState<AuditedAction>();
  const sample = useQuery({
    queryKey: ['audit', 'sample', size, seed],
    queryFn: () => answerOf(api.GET('/audit/sample', { params: { query: { size, ...(seed ? { seed } : {}) } } })),
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          Cỡ mẫu <InputNumber min={1} max={200} value={size} onChange={(v) => setSize(v ?? 10)} aria-label="Cỡ mẫu" />
        </label>
        <Input.Search
          aria-label="Mã mẫu (seed)"
          placeholder="Mã mẫu để lấy lại đúng mẫu cũ"
          allowClear
          onSearch={(v) => setSeed(v.trim() || undefined)}
          style={{ width: 280 }}
        />
        {sample.data && (
          <Typography.Text>
            Mã mẫu:{' '}
            <Typography.Text code copyable>
              {sample.data.seed}
            </Typography.Text>
          </Typography.Text>
        )}
      </Space>
      <ProblemAlert error={sample.error} />
      <AuditedActionsTable items={sample.data?.items ?? []} loading={sample.isPending} onJudge={setJudging} />
      {judging && <VerdictForm action={judging} onClose={() => setJudging(undefined)} />}
    </>
  );
}
