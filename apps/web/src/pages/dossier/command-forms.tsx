import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { CommandRoute, DossierView } from '../../api/dossier';
import { unitName } from '../../lib/vocabulary';
import { DocumentField } from './document-field';

type Values = Record<string, unknown>;

/** One command's form: its fields (mirroring the API's validation) and the body they make. */
interface CommandForm {
  readonly fields?: (dossier: DossierView) => ReactNode;
  readonly body?: (values: Values, dossier: DossierView) => Record<string, unknown>;
  /** Asked before sending a command without fields. */
  readonly confirm?: string;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];
const reason = (label = 'Lý do', message = 'Vui lòng nêu rõ lý do') => (
  <Form.Item name="reason" label={label} rules={required(message)}>
    <Input.TextArea rows={3} maxLength={2000} showCount />
  </Form.Item>
);
const missing = (
  <Form.Item
    name="missingComponents"
    label="Thành phần cần bổ sung, hoàn thiện"
    rules={[{ required: true, message: 'Vui lòng liệt kê thành phần cần bổ sung' }]}
  >
    <Select mode="tags" open={false} placeholder="Nhập tên thành phần rồi nhấn Enter" />
  </Form.Item>
);
const just =
  (...names: string[]) =>
  (values: Values) =>
    Object.fromEntries(names.filter((n) => values[n] !== undefined && values[n] !== '').map((n) => [n, values[n]]));

export const COMMAND_FORMS: Record<CommandRoute, CommandForm> = {
  accept: { confirm: 'Tiếp nhận hồ sơ và lập Giấy tiếp nhận, hẹn trả kết quả?' },
  'request-completion': {
    fields: () => (
      <>
        {reason()}
        {missing}
      </>
    ),
    body: just('reason', 'missingComponents'),
  },
  refuse: { fields: () => reason('Lý do từ chối tiếp nhận'), body: just('reason') },
  cancel: { fields: () => reason('Lý do hủy hồ sơ'), body: just('reason') },
  'request-supplement': {
    fields: () => (
      <>
        {reason('Nội dung yêu cầu bổ sung')}
        {missing}
      </>
    ),
    body: just('reason', 'missingComponents'),
  },
  'receive-supplement': {
    fields: (dossier) => (
      <>
        <Form.Item name="name" label="Thành phần nhận bổ sung" rules={required('Vui lòng nhập tên thành phần')}>
          <Input />
        </Form.Item>
        <Form.Item name="documentId" label="Tệp bổ sung">
          <DocumentField code={dossier.dossierCode} kind="supplement" label="Chọn tệp" />
        </Form.Item>
      </>
    ),
    body: (values) => ({
      components: [
        {
          code: 'BS',
          name: values.name,
          copies: 1,
          digitised: Boolean(values.documentId),
          reused: false,
          ...(values.documentId ? { documentId: values.documentId } : {}),
        },
      ],
    }),
  },
  pause: {
    fields: (dossier) => (
      <>
        <Form.Item
          name="reasonCode"
          label="Căn cứ tạm dừng"
          rules={[{ required: true, message: 'Vui lòng chọn căn cứ' }]}
        >
          <Select
            options={[
              { value: 'VERIFICATION', label: 'Chờ xác minh' },
              { value: 'CONSULTATION', label: 'Lấy ý kiến cơ quan liên quan' },
              { value: 'FINANCIAL_OBLIGATION', label: 'Chờ thực hiện nghĩa vụ tài chính' },
              { value: 'OTHER_LEGAL_GROUND', label: 'Căn cứ pháp lý khác' },
            ]}
          />
        </Form.Item>
        {reason('Lý do tạm dừng', 'Vui lòng nêu lý do tạm dừng')}
        <Form.Item
          name="attachment"
          label="Văn bản làm căn cứ"
          rules={[{ required: true, message: 'Vui lòng đính kèm văn bản làm căn cứ' }]}
        >
          <DocumentField code={dossier.dossierCode} kind="pauseGround" label="Tải văn bản lên" />
        </Form.Item>
        <Form.Item
          name="noticeChannel"
          label="Hình thức thông báo cho người nộp"
          rules={[{ required: true, message: 'Vui lòng chọn' }]}
        >
          <Select
            options={[
              { value: 'post', label: 'Bưu chính' },
              { value: 'email', label: 'Thư điện tử' },
              { value: 'sms', label: 'Tin nhắn' },
              { value: 'portal', label: 'Cổng dịch vụ công' },
              { value: 'desk', label: 'Tại Bộ phận Một cửa' },
            ]}
          />
        </Form.Item>
        <Form.Item name="noticeReference" label="Số văn bản thông báo" rules={required('Vui lòng nhập số văn bản')}>
          <Input maxLength={100} />
        </Form.Item>
      </>
    ),
    body: (values) => ({
      reasonCode: values.reasonCode,
      reason: values.reason,
      attachment: { documentId: values.attachment },
      notice: { channel: values.noticeChannel, reference: values.noticeReference },
    }),
  },
  resume: { confirm: 'Tiếp tục tính thời gian giải quyết? Hạn trả kết quả được lùi theo thời gian đã tạm dừng.' },
  apology: {
    fields: () => (
      <>
        {reason('Lý do chậm trả kết quả')}
        <Form.Item
          name="rescheduledAt"
          label="Ngày hẹn trả mới"
          rules={[{ required: true, message: 'Vui lòng chọn ngày hẹn' }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" />
        </Form.Item>
      </>
    ),
    body: (values) => ({ reason: values.reason, rescheduledAt: (values.rescheduledAt as Dayjs).toISOString() }),
  },
  result: {
    fields: (dossier) => (
      <>
        <Form.Item name="decision" label="Kết quả" initialValue="approved" rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'approved', label: 'Giải quyết (cấp kết quả)' },
              { value: 'refused', label: 'Từ chối giải quyết' },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.decision !== b.decision}>
          {({ getFieldValue }) =>
            getFieldValue('decision') === 'refused' ? (
              reason('Lý do từ chối giải quyết')
            ) : (
              <>
                <Form.Item
                  name="documentId"
                  label="Văn bản kết quả"
                  rules={[{ required: true, message: 'Vui lòng tải văn bản kết quả' }]}
                >
                  <DocumentField code={dossier.dossierCode} kind="result" label="Tải văn bản kết quả" />
                </Form.Item>
                <Form.Item name="code" label="Số, ký hiệu văn bản" rules={required('Vui lòng nhập số, ký hiệu')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="eSigned" valuePropName="checked" initialValue>
                  <Checkbox>Kết quả điện tử có chữ ký số</Checkbox>
                </Form.Item>
                <Form.Item name="certifiedCopy" valuePropName="checked">
                  <Checkbox>Là bản sao chứng thực</Checkbox>
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </>
    ),
    body: (values) =>
      values.decision === 'refused'
        ? { decision: 'refused', reason: values.reason }
        : {
            decision: 'approved',
            documents: [
              {
                documentId: values.documentId,
                code: values.code,
                eSigned: Boolean(values.eSigned),
                ...(values.certifiedCopy ? { certifiedCopy: true } : {}),
              },
            ],
          },
  },
  return: {
    fields: () => (
      <Form.Item name="method" label="Hình thức trả" initialValue="desk" rules={[{ required: true }]}>
        <Select
          options={[
            { value: 'desk', label: 'Trực tiếp tại Bộ phận Một cửa' },
            { value: 'post', label: 'Qua bưu chính' },
            { value: 'online', label: 'Trực tuyến' },
          ]}
        />
      </Form.Item>
    ),
    body: just('method'),
  },
  withdrawal: { fields: () => reason('Lý do rút hồ sơ'), body: just('reason') },
  stop: { fields: () => reason('Lý do dừng xử lý'), body: just('reason') },
  rating: {
    fields: () => (
      <Form.Item name="satisfied" valuePropName="checked" initialValue>
        <Checkbox>Hài lòng</Checkbox>
      </Form.Item>
    ),
    body: (values) => ({ satisfied: Boolean(values.satisfied) }),
  },
  receive: { confirm: 'Nhận hồ sơ ở bước hiện tại?' },
  handover: {
    fields: (dossier) => (
      <>
        <Form.Item
          name="toUnit"
          label="Chuyển đến đơn vị"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị' }]}
        >
          <Select options={unitsAfterCurrent(dossier).map((u) => ({ value: u, label: unitName(u) }))} />
        </Form.Item>
        <Form.Item name="toOfficer" label="Cán bộ nhận (không bắt buộc)">
          <Input maxLength={128} />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </>
    ),
    body: just('toUnit', 'toOfficer', 'note'),
  },
  reassign: {
    fields: () => (
      <>
        <Form.Item name="toOfficer" label="Giao cho cán bộ" rules={required('Vui lòng nhập cán bộ')}>
          <Input maxLength={128} />
        </Form.Item>
        {reason('Lý do giao lại')}
      </>
    ),
    body: just('toOfficer', 'reason'),
  },
  'send-back': {
    fields: (dossier) => (
      <>
        <Form.Item name="toStep" label="Trả lại bước" rules={[{ required: true, message: 'Vui lòng chọn bước' }]}>
          <Select options={stepsBeforeCurrent(dossier).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        {reason('Lý do trả lại')}
      </>
    ),
    body: just('toStep', 'reason'),
  },
};

/** The step the dossier is at: its last visit's. */
function currentStepIndex(dossier: DossierView): number {
  const steps = dossier.process?.steps ?? [];
  const current = dossier.stepVisits.at(-1)?.stepId;
  return steps.findIndex((s) => s.id === current);
}

function unitsAfterCurrent(dossier: DossierView): string[] {
  const steps = dossier.process?.steps ?? [];
  return [...new Set(steps.slice(currentStepIndex(dossier) + 1, currentStepIndex(dossier) + 2).map((s) => s.unit))];
}

function stepsBeforeCurrent(dossier: DossierView): { id: string; name: string }[] {
  return (dossier.process?.steps ?? []).slice(0, Math.max(0, currentStepIndex(dossier)));
}
