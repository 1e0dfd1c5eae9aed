import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Form, Input, List, Space, Timeline, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { answerOf, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { EVENT_NAMES } from '../../lib/vocabulary';

interface LookupForm {
  code: string;
  key: string;
}

/** Saves a file the applicant may download (their papers, the e-result) under its name. */
function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * The applicant's lookup (the receipt's QR code opens it with code and key): status, appointment,
 * the history without anyone's personal data, and their own papers and e-result to download.
 */
export default function LookupPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('ma') ?? '';
  const key = params.get('khoa') ?? '';
  const lookup = useQuery({
    queryKey: ['public', code, key],
    enabled: code !== '' && key !== '',
    queryFn: () => answerOf(api.GET('/public/dossiers/{code}', { params: { path: { code }, query: { key } } })),
  });
  const downloadPaper = async (slip: string, name: string) => {
    const blob = await answerOf(
      api.GET('/public/dossiers/{code}/slips/{slip}', {
        params: { path: { code, slip: slip as never }, query: { key } },
        parseAs: 'blob',
      }),
    );
    save(blob as Blob, name);
  };
  const downloadResult = async (documentId: string, name: string) => {
    const blob = await answerOf(
      api.GET('/public/dossiers/{code}/e-results/{documentId}', {
        params: { path: { code, documentId }, query: { key } },
        parseAs: 'blob',
      }),
    );
    save(blob as Blob, name);
  };
  const d = lookup.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        Tra cứu hồ sơ
      </Typography.Title>
      <Card size="small">
        <Form<LookupForm>
          layout="vertical"
          initialValues={{ code, key }}
          onFinish={(v) => setParams({ ma: v.code.trim(), khoa: v.key.trim().toUpperCase() })}
          name="lookup"
        >
          <Form.Item name="code" label="Mã hồ sơ" rules={[{ required: true, message: 'Vui lòng nhập mã hồ sơ' }]}>
            <Input placeholder="VD: STP-KH-261201-000001" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="key"
            label="Mã tra cứu (in trên Giấy tiếp nhận)"
            rules={[{ required: true, message: 'Vui lòng nhập mã tra cứu' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={lookup.isFetching}>
            Tra cứu
          </Button>
        </Form>
      </Card>
      <ProblemAlert error={lookup.error} />
      {d && (
        <Card title={`Hồ sơ ${d.dossierCode}`}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'procedure', label: 'Thủ tục', children: d.procedure.name },
              { key: 'status', label: 'Tình trạng', children: <strong>{d.statusName}</strong> },
              { key: 'submitted', label: 'Ngày nộp', children: formatDateTime(d.submittedAt) },
              { key: 'due', label: 'Ngày hẹn trả kết quả', children: formatDateTime(d.rescheduledAt ?? d.dueAt) },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            Quá trình giải quyết
          </Typography.Title>
          <Timeline
            items={d.history.map((h, i) => ({
              key: i,
              content: `${formatDateTime(h.at)} — ${EVENT_NAMES[h.type] ?? h.type}`,
            }))}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            Giấy tờ của bạn
          </Typography.Title>
          {d.papers.length + d.eResults.length === 0 ? (
            <Empty description="Chưa có giấy tờ để tải về" />
          ) : (
            <List
              dataSource={[
                ...d.papers.map((p) => ({
                  key: p.slip,
                  title: `${p.title} (số ${p.number})`,
                  open: () => downloadPaper(p.slip, `${d.dossierCode}-${p.slip}.pdf`),
                })),
                ...d.eResults.map((r) => ({
                  key: r.documentId,
                  title: `Kết quả điện tử: ${r.fileName}`,
                  open: () => downloadResult(r.documentId, r.fileName),
                })),
              ]}
              renderItem={(item) => (
                <List.Item
                  actions={[
                    <Button key="get" onClick={() => void item.open()}>
                      Tải về
                    </Button>,
                  ]}
                >
                  {item.title}
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
