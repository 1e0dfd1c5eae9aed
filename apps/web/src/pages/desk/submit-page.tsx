import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { answerOf, api } from '../../api/client';
import { uploadDocument } from '../../api/dossier';
import { ProblemAlert } from '../../components/problem-alert';
import { formatNumber } from '../../lib/format';
import { useSession } from '../../session/session';

interface ComponentLine {
  code: string;
  name: string;
  copies: number;
  brought: boolean;
  file?: File;
}
interface SubmitForm {
  procedureCode: string;
  channel: 'desk' | 'postal';
  applicantKind: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  phone?: string;
  email?: string;
  address?: string;
  populationData?: boolean;
  components: ComponentLine[];
}

/** Receiving a dossier at the desk: the procedure and its checklist, the applicant, the scanned papers. */
export default function SubmitPage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubmitForm>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // One key per form: a second click (or a retry after a timeout) submits one dossier, not two.
  const [key] = useState(() => crypto.randomUUID());
  const procedures = useQuery({
    queryKey: ['procedures', session?.agency],
    queryFn: () => answerOf(api.GET('/procedures', { params: { query: { agency: session?.agency } } })),
    staleTime: 10 * 60_000,
  });
  const chosen = Form.useWatch('procedureCode', form);
  const procedure = procedures.data?.find((p) => p.value.code === chosen)?.value;
  const pick = (code: string) => {
    const found = procedures.data?.find((p) => p.value.code === code)?.value;
    form.setFieldValue(
      'components',
      (found?.components ?? []).map((c) => ({ ...c, brought: true })),
    );
  };
  const submit = async (values: SubmitForm) => {
    setBusy(true);
    setError(undefined);
    try {
      const lines = values.components.filter((c) => c.brought);
      const dossier = await answerOf(
        api.POST('/dossiers', {
          headers: { 'Idempotency-Key': key },
          body: {
            procedureCode: values.procedureCode,
            agencyCode: session!.agency,
            channel: values.channel,
            applicant: {
              kind: values.applicantKind,
              name: values.name,
              idNumber: values.idNumber,
              ...(values.phone ? { phone: values.phone } : {}),
              ...(values.email ? { email: values.email } : {}),
              ...(values.address ? { address: values.address } : {}),
              ...(values.populationData ? { populationData: true } : {}),
            },
            components: lines.map((c) => ({
              code: c.code,
              name: c.name,
              copies: c.copies,
              digitised: Boolean(c.file),
              reused: false,
            })),
            fee: procedure?.fee ?? 0,
            paidOnline: false,
          },
        }),
      );
      const code = (dossier as { dossierCode: string }).dossierCode;
      for (const line of lines) if (line.file) await uploadDocument(code, 'component', line.file);
      message.success(`Đã nhận hồ sơ ${code}`);
      void navigate(`/ho-so/${code}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ maxWidth: 900 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        Tiếp nhận hồ sơ trực tiếp
      </Typography.Title>
      <Form<SubmitForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 'desk', applicantKind: 'citizen', components: [] }}
        name="submit-dossier"
      >
        <Form.Item
          name="procedureCode"
          label="Thủ tục hành chính"
          rules={[{ required: true, message: 'Vui lòng chọn thủ tục' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={procedures.isPending}
            onChange={pick}
            options={procedures.data?.map((p) => ({ value: p.value.code, label: `${p.value.code} — ${p.value.name}` }))}
          />
        </Form.Item>
        {procedure && (
          <Typography.Paragraph type="secondary">
            Lĩnh vực: {procedure.sector ?? '—'} · Phí, lệ phí: {formatNumber(procedure.fee)} đồng
          </Typography.Paragraph>
        )}
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item name="channel" label="Hình thức nộp">
            <Select
              style={{ width: 200 }}
              options={[
                { value: 'desk', label: 'Trực tiếp' },
                { value: 'postal', label: 'Bưu chính công ích' },
              ]}
            />
          </Form.Item>
          <Form.Item name="applicantKind" label="Người nộp là">
            <Select
              style={{ width: 200 }}
              options={[
                { value: 'citizen', label: 'Cá nhân' },
                { value: 'organisation', label: 'Tổ chức' },
              ]}
            />
          </Form.Item>
        </Space>
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item
            name="name"
            label="Họ tên / tên tổ chức"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ tên' }]}
          >
            <Input style={{ width: 320 }} maxLength={200} />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="Số định danh / mã số"
            rules={[
              { required: true, message: 'Vui lòng nhập số định danh' },
              { pattern: /^[0-9A-Za-z-]{6,20}$/, message: 'Từ 6 đến 20 chữ số, chữ cái hoặc dấu gạch' },
            ]}
          >
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            name="phone"
            label="Điện thoại"
            rules={[{ pattern: /^\+?[0-9 ]{8,15}$/, message: 'Số điện thoại chưa đúng' }]}
          >
            <Input style={{ width: 180 }} inputMode="tel" />
          </Form.Item>
        </Space>
        <Form.Item name="populationData" valuePropName="checked">
          <Checkbox>Thông tin người nộp khai thác từ Cơ sở dữ liệu quốc gia về dân cư (VNeID)</Checkbox>
        </Form.Item>
        <Form.Item name="address" label="Địa chỉ">
          <Input maxLength={500} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          Thành phần hồ sơ
        </Typography.Title>
        <Form.List
          name="components"
          rules={[
            {
              validator: async (_, lines?: ComponentLine[]) => {
                if (!lines?.some((l) => l.brought)) throw new Error('Hồ sơ cần ít nhất một thành phần');
              },
            },
          ]}
        >
          {(fields, { add }, { errors }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[field.name, 'code']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'brought']} valuePropName="checked" noStyle>
                    <Checkbox aria-label="Có thành phần này" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    noStyle
                    rules={[{ required: true, message: 'Tên thành phần' }]}
                  >
                    <Input style={{ width: 420 }} aria-label="Tên thành phần" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'copies']} noStyle>
                    <InputNumber min={1} max={100} aria-label="Số bản" style={{ width: 80 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'file']}
                    noStyle
                    valuePropName="file"
                    getValueFromEvent={(e: { file: File }) => e.file}
                  >
                    <ScanPicker />
                  </Form.Item>
                </Space>
              ))}
              <Button onClick={() => add({ code: `TP${fields.length + 1}`, name: '', copies: 1, brought: true })}>
                Thêm thành phần
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <ProblemAlert error={error} />
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          Nhận hồ sơ
        </Button>
      </Form>
    </Card>
  );
}

/** Picks the scan of one component (uploaded once the dossier exists). */
function ScanPicker({ file, onChange }: { file?: File; onChange?: (event: { file: File }) => void }) {
  return (
    <Upload
      accept=".pdf,.jpg,.jpeg,.png,.xml,.docx"
      maxCount={1}
      showUploadList={false}
      beforeUpload={(picked) => {
        onChange?.({ file: picked });
        return false;
      }}
    >
      <Button size="small">{file ? `Bản quét: ${file.name}` : 'Đính kèm bản quét'}</Button>
    </Upload>
  );
}
