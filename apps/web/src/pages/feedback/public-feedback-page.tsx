import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { answerOf, api } from '../../api/client';
import type { PublicFeedbackView } from '../../api/feedback';
import { useSettings } from '../../api/settings';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { FEEDBACK_STAGE_NAMES } from '../../lib/vocabulary';

interface SendForm {
  agencyCode: string;
  name: string;
  phone?: string;
  email?: string;
  subject: string;
  content: string;
  dossierCode?: string;
  dossierKey?: string;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];
const blankless = <T extends object>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v !== 'string' || v.trim() !== '')) as T;

/**
 * Anyone raises feedback here (phản ánh, kiến nghị), without an account: the answer gives its code and the
 * key to follow it with. With code and key, the page shows where it stands and the published answers, and
 * lets the sender rate the answer or raise it again.
 */
export default function PublicFeedbackPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('ma') ?? '';
  const key = params.get('khoa') ?? '';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        Phản ánh, kiến nghị
      </Typography.Title>
      <SendCard onSent={(sent) => setParams({ ma: sent.code, khoa: sent.key })} />
      <LookupCard code={code} feedbackKey={key} onLookup={(c, k) => setParams({ ma: c, khoa: k })} />
    </Space>
  );
}

function SendCard({ onSent }: { onSent: (sent: { code: string; key: string }) => void }) {
  const settings = useSettings();
  const [form] = Form.useForm<SendForm>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState<{ code: string; key: string }>();
  const send = useMutation({
    mutationFn: (v: SendForm) => {
      const { name, phone, email, dossierCode, dossierKey, ...rest } = blankless(v);
      return answerOf(
        api.POST('/public/feedback', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            ...rest,
            sender: blankless({ name, phone, email }),
            ...(dossierCode ? { dossierCode: dossierCode.trim(), dossierKey: dossierKey?.trim().toUpperCase() } : {}),
          } as never,
        }),
      );
    },
    onSuccess: (answer) => {
      const received = { code: answer.feedbackCode, key: answer.lookupKey ?? '' };
      setSent(received);
      onSent(received);
      form.resetFields();
      setIdempotencyKey(crypto.randomUUID());
    },
  });
  return (
    <Card title="Gửi phản ánh, kiến nghị" size="small">
      {sent && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title="Đã tiếp nhận phản ánh, kiến nghị của bạn"
          description={
            <>
              Mã phản ánh: <strong>{sent.code}</strong> · Mã tra cứu: <strong>{sent.key}</strong>. Vui lòng ghi lại để
              theo dõi kết quả trả lời.
            </>
          }
        />
      )}
      <Form<SendForm> form={form} layout="vertical" name="send-feedback" onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="agencyCode"
          label="Cơ quan tiếp nhận"
          rules={[{ required: true, message: 'Vui lòng chọn cơ quan' }]}
        >
          <Select
            options={(settings.data?.agencies ?? []).map((a) => ({ value: a.code, label: a.name }))}
            loading={settings.isPending}
          />
        </Form.Item>
        <Form.Item name="name" label="Họ và tên" rules={required('Vui lòng nhập họ và tên')}>
          <Input maxLength={200} autoComplete="name" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="phone" label="Số điện thoại">
            <Input maxLength={15} autoComplete="tel" />
          </Form.Item>
          <Form.Item name="email" label="Thư điện tử" rules={[{ type: 'email', message: 'Thư điện tử chưa đúng' }]}>
            <Input maxLength={200} autoComplete="email" />
          </Form.Item>
        </Space>
        <Form.Item name="subject" label="Tiêu đề" rules={required('Vui lòng nhập tiêu đề')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="content" label="Nội dung phản ánh, kiến nghị" rules={required('Vui lòng nhập nội dung')}>
          <Input.TextArea rows={5} maxLength={10000} showCount />
        </Form.Item>
        <Space wrap>
          <Form.Item name="dossierCode" label="Mã hồ sơ liên quan (nếu có)">
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="dossierKey" label="Mã tra cứu của hồ sơ">
            <Input autoComplete="off" />
          </Form.Item>
        </Space>
        <ProblemAlert error={send.error} />
        <Button type="primary" htmlType="submit" loading={send.isPending} style={{ marginTop: 8 }}>
          Gửi phản ánh
        </Button>
      </Form>
    </Card>
  );
}

function LookupCard({
  code,
  feedbackKey,
  onLookup,
}: {
  code: string;
  feedbackKey: string;
  onLookup: (code: string, key: string) => void;
}) {
  const queryKey = ['public-feedback', code, feedbackKey];
  const lookup = useQuery({
    queryKey,
    enabled: code !== '' && feedbackKey !== '',
    queryFn: () =>
      answerOf(
        api.GET('/public/feedback/{feedbackCode}', {
          params: { path: { feedbackCode: code }, query: { key: feedbackKey } },
        }),
      ),
  });
  return (
    <Card title="Tra cứu phản ánh, kiến nghị" size="small">
      <Form
        layout="inline"
        name="lookup-feedback"
        initialValues={{ code, key: feedbackKey }}
        key={`${code}/${feedbackKey}`}
        onFinish={(v: { code: string; key: string }) => onLookup(v.code.trim(), v.key.trim().toUpperCase())}
      >
        <Form.Item name="code" label="Mã phản ánh" rules={required('Vui lòng nhập mã phản ánh')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="key" label="Mã tra cứu" rules={required('Vui lòng nhập mã tra cứu')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" loading={lookup.isFetching}>
          Tra cứu
        </Button>
      </Form>
      <ProblemAlert error={lookup.error} />
      {lookup.data && <FeedbackStatus feedback={lookup.data} feedbackKey={feedbackKey} queryKey={queryKey} />}
    </Card>
  );
}

/** Where the feedback stands, its published answers, and what the sender may do now. */
function FeedbackStatus({
  feedback,
  feedbackKey,
  queryKey,
}: {
  feedback: PublicFeedbackView;
  feedbackKey: string;
  queryKey: string[];
}) {
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: (action: { route: 'rating' | 'raise-again'; body: Record<string, string> }) =>
      answerOf(
        api.POST(`/public/feedback/{feedbackCode}/${action.route}`, {
          params: { path: { feedbackCode: feedback.feedbackCode }, query: { key: feedbackKey } },
          body: action.body as never,
        }),
      ),
    onSuccess: (after) => client.setQueryData(queryKey, after),
  });
  const may = (command: string) => feedback.allowedCommands.includes(command as never);
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'subject', label: 'Tiêu đề', children: feedback.subject },
          { key: 'stage', label: 'Tình trạng', children: <strong>{FEEDBACK_STAGE_NAMES[feedback.stage]}</strong> },
          { key: 'received', label: 'Ngày tiếp nhận', children: formatDateTime(feedback.receivedAt) },
          { key: 'due', label: 'Hạn trả lời', children: formatDateTime(feedback.answerDueAt) },
          ...(feedback.rating
            ? [
                {
                  key: 'rating',
                  label: 'Bạn đã đánh giá',
                  children: feedback.rating === 'satisfied' ? 'Hài lòng' : 'Không hài lòng',
                },
              ]
            : []),
        ]}
      />
      {feedback.answers.length === 0 ? (
        <Empty description="Chưa có văn bản trả lời được công khai" />
      ) : (
        feedback.answers.map((a) => (
          <Typography.Paragraph key={a.round} style={{ whiteSpace: 'pre-wrap' }}>
            <strong>
              Trả lời lần {a.round} ({formatDateTime(a.publishedAt)}):
            </strong>{' '}
            {a.answer}
          </Typography.Paragraph>
        ))
      )}
      {may('RateFeedbackAnswer') && (
        <Space wrap aria-label="Đánh giá văn bản trả lời">
          <Button onClick={() => act.mutate({ route: 'rating', body: { rating: 'satisfied' } })}>Hài lòng</Button>
          <Button danger onClick={() => act.mutate({ route: 'rating', body: { rating: 'unsatisfied' } })}>
            Không hài lòng
          </Button>
        </Space>
      )}
      {may('RaiseFeedbackAgain') && (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label="Lý do phản ánh lại"
            placeholder="Lý do phản ánh lại"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
          />
          <Button
            disabled={reason.trim() === ''}
            onClick={() => act.mutate({ route: 'raise-again', body: { reason: reason.trim() } })}
          >
            Phản ánh lại
          </Button>
        </Space.Compact>
      )}
      <ProblemAlert error={act.error} />
    </Space>
  );
}
