import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Empty, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { answerOf, api } from '../../api/client';
import type { paths } from '../../api/schema';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';

type Message =
  paths['/admin/national-sync/dead-letters']['get']['responses'][200]['content']['application/json']['items'][number];

/** What each service of the portal is, in the admin's words (every service the API names). */
const SERVICE_NAMES: Record<Message['service'], string> = {
  DongBoHoSoMC: 'Đồng bộ hồ sơ',
  CapNhatTienDoHoSoMC: 'Cập nhật tiến độ xử lý',
  DongBoKetQuaKhoDuLieuCaNhan: 'Đưa kết quả điện tử vào kho dữ liệu cá nhân',
};

/**
 * The national portal's dead letters (Cổng Dịch vụ công quốc gia): messages given up on, each held back with
 * the rest of its dossier until an admin, having looked at the payload and the error, sends it again.
 */
export default function NationalSyncPage() {
  const [shown, setShown] = useState<Message>();
  const deadLetters = useQuery({
    queryKey: ['national-sync', 'dead-letters'],
    queryFn: () => answerOf(api.GET('/admin/national-sync/dead-letters', { params: { query: { limit: 200 } } })),
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        Đồng bộ Cổng Dịch vụ công quốc gia
      </Typography.Title>
      <Typography.Paragraph>
        Thông điệp bị dừng gửi (Cổng từ chối hoặc gửi không thành công quá số lần cho phép). Các thông điệp sau của cùng
        hồ sơ chờ đến khi thông điệp này được gửi lại.
      </Typography.Paragraph>
      <ProblemAlert error={deadLetters.error} />
      <Table<Message>
        rowKey="messageId"
        loading={deadLetters.isPending}
        dataSource={deadLetters.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="Không có thông điệp bị dừng gửi" /> }}
        columns={[
          { title: 'Hồ sơ', dataIndex: 'dossierCode' },
          { title: 'Nội dung', render: (_, m) => SERVICE_NAMES[m.service] ?? m.service },
          { title: 'Số lần gửi', dataIndex: 'attempts' },
          { title: 'Lỗi gần nhất', dataIndex: 'lastError' },
          { title: 'Tạo lúc', render: (_, m) => formatDateTime(m.createdAt) },
          {
            title: 'Thao tác',
            render: (_, m) => (
              <Button size="small" onClick={() => setShown(m)} aria-label={`Xem thông điệp ${m.messageId}`}>
                Xem
              </Button>
            ),
          },
        ]}
      />
      {shown && <MessageDialog message={shown} onClose={() => setShown(undefined)} />}
    </>
  );
}

/** One message: its payload and error, and the button that puts it back in the queue. */
function MessageDialog({ message, onClose }: { message: Message; onClose: () => void }) {
  const client = useQueryClient();
  const { notification } = App.useApp();
  const replay = useMutation({
    mutationFn: () =>
      answerOf(
        api.POST('/admin/national-sync/messages/{messageId}/replay', {
          params: { path: { messageId: message.messageId } },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['national-sync'] });
      notification.success({ title: 'Đã đưa thông điệp vào hàng đợi gửi lại', placement: 'bottomRight' });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={`Thông điệp ${message.messageId}`}
      onCancel={onClose}
      width={760}
      footer={
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button type="primary" loading={replay.isPending} onClick={() => replay.mutate()}>
            Gửi lại
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'service', label: 'Dịch vụ', children: `${message.service} (${SERVICE_NAMES[message.service]})` },
          { key: 'error', label: 'Lỗi gần nhất', children: message.lastError },
          { key: 'mapping', label: 'Phiên bản ánh xạ', children: message.mappingVersion },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        Dữ liệu gửi
      </Typography.Title>
      {/* Focusable: a long payload scrolls, and a keyboard must be able to scroll it too. */}
      <pre
        tabIndex={0}
        aria-label="Dữ liệu gửi lên Cổng"
        style={{ maxHeight: 320, overflow: 'auto', background: '#f5f5f5', padding: 12 }}
      >
        {JSON.stringify(message.payload, null, 2)}
      </pre>
      <ProblemAlert error={replay.error} />
    </Modal>
  );
}
