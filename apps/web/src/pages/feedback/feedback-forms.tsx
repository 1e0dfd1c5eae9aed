import { Form, Input, Radio } from 'antd';
import type { ReactNode } from 'react';
import type { OfficerFeedbackCommand } from '../../api/feedback';
import { FEEDBACK_CATEGORY_NAMES } from '../../lib/vocabulary';

type Values = Record<string, unknown>;

/** One officer's command on a feedback: its fields (mirroring the API's validation) and the body they make. */
interface FeedbackForm {
  readonly fields?: ReactNode;
  readonly body: (values: Values) => Record<string, unknown>;
  readonly confirm?: string;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];
const text = (name: string, label: string, message: string, max: number) => (
  <Form.Item name={name} label={label} rules={required(message)}>
    <Input.TextArea rows={name === 'answer' ? 6 : 3} maxLength={max} showCount />
  </Form.Item>
);
const only =
  (...names: string[]) =>
  (values: Values) =>
    Object.fromEntries(names.filter((n) => values[n] !== undefined && values[n] !== '').map((n) => [n, values[n]]));

export const FEEDBACK_FORMS: Record<OfficerFeedbackCommand, FeedbackForm> = {
  ClassifyFeedback: {
    fields: (
      <Form.Item name="category" label="Phân loại" rules={[{ required: true, message: 'Vui lòng chọn phân loại' }]}>
        <Radio.Group
          options={Object.entries(FEEDBACK_CATEGORY_NAMES).map(([value, label]) => ({ value, label }))}
          optionType="button"
        />
      </Form.Item>
    ),
    body: only('category'),
  },
  AssignFeedback: {
    fields: (
      <Form.Item
        name="assigneeId"
        label="Cán bộ được giao trả lời (tài khoản)"
        rules={required('Vui lòng nhập tài khoản cán bộ')}
      >
        <Input maxLength={128} autoComplete="off" />
      </Form.Item>
    ),
    body: only('assigneeId'),
  },
  ExtendFeedbackDeadline: {
    fields: text('reason', 'Lý do gia hạn', 'Vui lòng nêu lý do gia hạn', 2000),
    body: only('reason'),
  },
  AnswerFeedback: {
    fields: text('answer', 'Nội dung văn bản trả lời', 'Vui lòng nhập nội dung trả lời', 20000),
    body: only('answer'),
  },
  PublishFeedbackAnswer: {
    confirm: 'Công khai văn bản trả lời? Người phản ánh sẽ xem được và đánh giá.',
    body: () => ({}),
  },
};
