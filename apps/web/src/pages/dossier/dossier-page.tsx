import { Card, Descriptions, Empty, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useDossier } from '../../api/dossier';
import { useLiveUpdates } from '../../api/live-updates';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime, formatNumber } from '../../lib/format';
import { TONES } from '../../lib/tones';
import { CHANNEL_NAMES, STATUS_NAMES, unitName } from '../../lib/vocabulary';
import { CommandBar } from './command-bar';
import { DocumentsPanel } from './documents-panel';
import { ProcessPanel } from './process-panel';
import { SlipsPanel } from './slips-panel';
import { Timeline } from './timeline';

/** One dossier: status and deadlines, what may be done now, the timeline, the control slip, files, papers. */
export default function DossierPage() {
  const code = useParams().code ?? '';
  const dossier = useDossier(code);
  useLiveUpdates(['dossier']);
  if (dossier.isPending) return <Skeleton active />;
  if (dossier.error) return <ProblemAlert error={dossier.error} />;
  const d = dossier.data;
  const visit = d.stepVisits.at(-1);
  const step = d.process?.steps.find((s) => s.id === visit?.stepId);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          Hồ sơ {d.dossierCode}
        </Typography.Title>
        <Tag color={d.overdue ? TONES.bad : TONES.info}>{STATUS_NAMES[d.status]}</Tag>
        {d.clockStoppedBy && <Tag color={TONES.warning}>Đang tạm dừng tính thời gian</Tag>}
        {d.overdue && <Tag color={TONES.bad}>Quá hạn</Tag>}
      </Space>
      <CommandBar dossier={d} />
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'procedure', label: 'Thủ tục', children: d.procedure.name, span: 'filled' },
            { key: 'applicant', label: 'Người nộp', children: d.applicant.name },
            { key: 'channel', label: 'Kênh nộp', children: CHANNEL_NAMES[d.channel] },
            { key: 'fee', label: 'Phí, lệ phí', children: `${formatNumber(Number(d.fee ?? 0))} đồng` },
            { key: 'submitted', label: 'Ngày nộp', children: formatDateTime(d.submittedAt) },
            { key: 'accepted', label: 'Ngày tiếp nhận', children: formatDateTime(d.acceptedAt) },
            { key: 'due', label: 'Hẹn trả kết quả', children: formatDateTime(d.dueAt ?? d.acceptanceDeadline) },
            ...(d.rescheduledAt
              ? [{ key: 'rescheduled', label: 'Hẹn lại', children: formatDateTime(d.rescheduledAt) }]
              : []),
            {
              key: 'step',
              label: 'Bước hiện tại',
              children: step ? `${step.name} — ${unitName(step.unit)}` : '—',
            },
            {
              key: 'holder',
              label: 'Người giữ hồ sơ',
              children: visit?.receivedBy ?? visit?.assignee ?? (visit ? 'chưa nhận' : '—'),
            },
            { key: 'supplements', label: 'Số lần yêu cầu bổ sung', children: `${d.supplementCount}/1` },
          ]}
        />
      </Card>
      <Tabs
        items={[
          { key: 'timeline', label: 'Diễn biến', children: <Timeline code={code} /> },
          { key: 'process', label: 'Phiếu kiểm soát', children: <ProcessPanel dossier={d} /> },
          { key: 'documents', label: 'Tài liệu', children: <DocumentsPanel code={code} /> },
          { key: 'slips', label: 'Phiếu đã lập', children: <SlipsPanel code={code} /> },
          {
            key: 'components',
            label: 'Thành phần hồ sơ',
            children: d.components.length ? (
              <ul>
                {d.components.map((c) => (
                  <li key={`${c.code}-${c.name}`}>{c.name}</li>
                ))}
              </ul>
            ) : (
              <Empty />
            ),
          },
        ]}
      />
    </Space>
  );
}
