import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Empty, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  sendFeedbackCommand,
  useFeedback,
  useFeedbackList,
  type FeedbackFilter,
  type FeedbackSummary,
  type FeedbackView,
  type OfficerFeedbackCommand,
} from '../../api/feedback';
import { CommandDialog } from '../../components/command-dialog';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import {
  FEEDBACK_CATEGORY_NAMES,
  FEEDBACK_CHANNEL_NAMES,
  FEEDBACK_COMMAND_NAMES,
  FEEDBACK_STAGE_NAMES,
} from '../../lib/vocabulary';
import { useSession } from '../../session/session';
import { claimsOf } from '../../session/token-claims';
import { FEEDBACK_FORMS } from './feedback-forms';

/** The tabs of the list: what each shows. */
const TABS: { key: string; label: string; filter: FeedbackFilter }[] = [
  { key: 'handling', label: 'Đang xử lý', filter: { stage: 'handling' } },
  { key: 'overdue', label: 'Quá hạn trả lời', filter: { stage: 'handling', overdue: true } },
  { key: 'answered', label: 'Chờ công khai', filter: { stage: 'answered' } },
  { key: 'published', label: 'Đã công khai', filter: { stage: 'published' } },
];

/**
 * Phản ánh, kiến nghị of the officer's agency: the list by where each stands, nearest due first, and one
 * feedback with what the API says the officer may do with it now (classify, assign, extend, answer, publish).
 */
export default function FeedbackPage() {
  const [tab, setTab] = useState(TABS[0].key);
  const [open, setOpen] = useState<string>();
  const list = useFeedbackList(TABS.find((t) => t.key === tab)!.filter);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        Phản ánh, kiến nghị
      </Typography.Title>
      <Tabs activeKey={tab} onChange={setTab} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
      <ProblemAlert error={list.error} />
      <Table<FeedbackSummary>
        rowKey="feedbackCode"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="Không có phản ánh, kiến nghị" /> }}
        columns={[
          {
            title: 'Mã',
            render: (_, f) => (
              <Button type="link" onClick={() => setOpen(f.feedbackCode)} style={{ padding: 0 }}>
                {f.feedbackCode}
              </Button>
            ),
          },
          { title: 'Nội dung', dataIndex: 'subject' },
          { title: 'Người phản ánh', dataIndex: 'senderName' },
          {
            title: 'Phân loại',
            render: (_, f) => (f.category ? FEEDBACK_CATEGORY_NAMES[f.category] : 'Chưa phân loại'),
          },
          {
            title: 'Hạn trả lời',
            render: (_, f) => (
              <Space size={4}>
                {formatDateTime(f.answerDueAt)}
                {f.overdue && <Tag color="red">Quá hạn</Tag>}
                {f.round > 1 && <Tag color="orange">Phản ánh lại</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {open && <FeedbackDialog code={open} onClose={() => setOpen(undefined)} />}
    </>
  );
}

/** One feedback: who raised it, about what, its answers, and the buttons of the commands allowed now. */
function FeedbackDialog({ code, onClose }: { code: string; onClose: () => void }) {
  const feedback = useFeedback(code);
  const [command, setCommand] = useState<OfficerFeedbackCommand>();
  const f = feedback.data;
  return (
    <Modal open title={`Phản ánh, kiến nghị ${code}`} onCancel={onClose} footer={null} width={760}>
      <ProblemAlert error={feedback.error} />
      {f && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} items={descriptionsOf(f)} />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{f.content}</Typography.Paragraph>
          {f.answers.map((a) => (
            <Typography.Paragraph key={a.round} style={{ whiteSpace: 'pre-wrap' }}>
              <strong>
                Trả lời lần {a.round} ({formatDateTime(a.at)}
                {a.onTime ? '' : ', quá hạn'}
                {a.publishedAt ? `, công khai ${formatDateTime(a.publishedAt)}` : ''}):
              </strong>{' '}
              {a.answer}
            </Typography.Paragraph>
          ))}
          <Space wrap aria-label="Thao tác với phản ánh">
            {(f.allowedCommands ?? []).map((c) => (
              <Button key={c} onClick={() => setCommand(c as OfficerFeedbackCommand)}>
                {FEEDBACK_COMMAND_NAMES[c] ?? c}
              </Button>
            ))}
          </Space>
        </Space>
      )}
      {f && command && <FeedbackCommandDialog feedback={f} command={command} onClose={() => setCommand(undefined)} />}
    </Modal>
  );
}

function descriptionsOf(f: FeedbackView) {
  return [
    { key: 'subject', label: 'Tiêu đề', children: f.subject },
    { key: 'sender', label: 'Người phản ánh', children: [f.sender.name, f.sender.phone].filter(Boolean).join(' · ') },
    {
      key: 'channel',
      label: 'Tiếp nhận',
      children: `${FEEDBACK_CHANNEL_NAMES[f.channel]}, ${formatDateTime(f.receivedAt)}`,
    },
    { key: 'stage', label: 'Tình trạng', children: FEEDBACK_STAGE_NAMES[f.stage] ?? f.stage },
    {
      key: 'due',
      label: 'Hạn trả lời',
      children: `${formatDateTime(f.answerDueAt)}${f.overdueAt ? ' (đã quá hạn)' : ''}${
        f.extensions.length > 0 ? ' — đã gia hạn' : ''
      }`,
    },
    {
      key: 'category',
      label: 'Phân loại',
      children: f.category ? FEEDBACK_CATEGORY_NAMES[f.category] : 'Chưa phân loại',
    },
    { key: 'assignee', label: 'Cán bộ trả lời', children: f.assigneeId ?? 'Chưa phân công' },
    ...(f.dossierCode
      ? [
          {
            key: 'dossier',
            label: 'Hồ sơ liên quan',
            children: <Link to={`/ho-so/${f.dossierCode}`}>{f.dossierCode}</Link>,
          },
        ]
      : []),
    ...f.raisedAgain.map((r, i) => ({
      key: `again-${i}`,
      label: 'Phản ánh lại',
      children: `${formatDateTime(r.at)}: ${r.reason}`,
    })),
  ];
}

function FeedbackCommandDialog({
  feedback,
  command,
  onClose,
}: {
  feedback: FeedbackView;
  command: OfficerFeedbackCommand;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const { notification } = App.useApp();
  const { session } = useSession();
  const spec = FEEDBACK_FORMS[command];
  const send = async (values: Record<string, unknown>, key: string) => {
    const after = await sendFeedbackCommand(feedback.feedbackCode, command, spec.body(values), key);
    // The answer carries the feedback after the command and what may follow (read-your-writes).
    client.setQueryData(['feedback', 'one', feedback.feedbackCode], after);
    await client.invalidateQueries({ queryKey: ['feedback', 'list'] });
    notification.success({ title: `${FEEDBACK_COMMAND_NAMES[command]}: đã ghi nhận`, placement: 'bottomRight' });
  };
  return (
    <CommandDialog
      title={`${FEEDBACK_COMMAND_NAMES[command]} — ${feedback.feedbackCode}`}
      commandName={FEEDBACK_COMMAND_NAMES[command]}
      confirm={spec.confirm}
      fields={spec.fields}
      formName={`feedback-${command}`}
      initialValues={{ assigneeId: session ? claimsOf(session.token).sub : undefined, category: feedback.category }}
      send={send}
      onClose={onClose}
    />
  );
}
