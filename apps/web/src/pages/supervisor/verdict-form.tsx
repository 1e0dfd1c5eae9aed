import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { answerOf, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { AUDITED_KIND_NAMES } from '../../lib/vocabulary';
import type { AuditedAction } from './audited-actions-table';

/** The supervisor's verdict on one action: justified or not, with a note (an unjustified pause counts against 766). */
export function VerdictForm({ action, onClose }: { action: AuditedAction; onClose: () => void }) {
  const [form] = Form.useForm<{ verdict: 'justified' | 'unjustified'; note?: string }>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => crypto.randomUUID());
  const submit = async (values: { verdict: 'justified' | 'unjustified'; note?: string }) => {
    setBusy(true);
    try {
      await answerOf(
        api.POST('/audit/actions/{id}/review', {
          params: { path: { id: action.id } },
          headers: { 'Idempotency-Key': key },
          body: { verdict: values.verdict, ...(values.note ? { note: values.note } : {}) },
        }),
      );
      await client.invalidateQueries({ queryKey: ['audit'] });
      await client.invalidateQueries({ queryKey: ['index766'] });
      message.success('Đã ghi nhận kết luận');
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`Kết luận: ${AUDITED_KIND_NAMES[action.kind] ?? action.kind} — ${action.dossierCode}`}
      okText="Ghi nhận kết luận"
      cancelText="Hủy bỏ"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <p>Lý do đã nêu: {action.reason}</p>
      <Form form={form} layout="vertical" onFinish={submit} name="verdict">
        <Form.Item name="verdict" label="Kết luận" rules={[{ required: true, message: 'Vui lòng chọn kết luận' }]}>
          <Radio.Group
            options={[
              { value: 'justified', label: 'Có căn cứ' },
              { value: 'unjustified', label: 'Không có căn cứ' },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
