import { Tabs, Typography } from 'antd';
import { useLiveUpdates } from '../../api/live-updates';
import { AuditQueue } from './audit-queue';
import { SpotCheck } from './spot-check';
import { StepLateness } from './step-lateness';

/** The supervisor's office: actions to judge, a reproducible spot check, lateness by step and officer. */
export default function SupervisorPage() {
  useLiveUpdates(['audit']);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        Giám sát
      </Typography.Title>
      <Tabs
        items={[
          { key: 'queue', label: 'Thao tác cần kết luận', children: <AuditQueue /> },
          { key: 'sample', label: 'Kiểm tra ngẫu nhiên', children: <SpotCheck /> },
          { key: 'lateness', label: 'Trễ hạn theo bước, cán bộ', children: <StepLateness /> },
        ]}
      />
    </>
  );
}
