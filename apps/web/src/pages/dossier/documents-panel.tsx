import { Button, Empty, Modal, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { documentUrl, useDossierDocuments, type DossierDocument } from '../../api/dossier';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime, formatNumber } from '../../lib/format';

const KIND_NAMES: Record<string, string> = {
  component: 'Thành phần hồ sơ',
  supplement: 'Hồ sơ bổ sung',
  pauseGround: 'Căn cứ tạm dừng',
  result: 'Kết quả',
  slip: 'Phiếu do hệ thống lập',
  other: 'Khác',
};

/** The dossier's files, each previewed in the page (PDFs in the browser's viewer, images inline). */
export function DocumentsPanel({ code }: { code: string }) {
  const documents = useDossierDocuments(code);
  const [preview, setPreview] = useState<{ document: DossierDocument; url: string }>();
  const [error, setError] = useState<unknown>();
  if (documents.isPending) return <Skeleton active />;
  if (documents.error) return <ProblemAlert error={documents.error} />;
  const open = async (document: DossierDocument) => {
    try {
      setPreview({ document, url: await documentUrl(code, document.id) });
    } catch (e) {
      setError(e);
    }
  };
  const close = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(undefined);
  };
  return (
    <>
      <ProblemAlert error={error} />
      <Table<DossierDocument>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        dataSource={documents.data.items}
        locale={{ emptyText: <Empty description="Chưa có tài liệu" /> }}
        columns={[
          { title: 'Tệp', dataIndex: 'fileName' },
          { title: 'Loại', dataIndex: 'kind', render: (kind: string) => KIND_NAMES[kind] ?? kind },
          {
            title: 'Dung lượng',
            dataIndex: 'size',
            render: (size: number) => `${formatNumber(Math.ceil(size / 1024))} KB`,
          },
          { title: 'Tải lên', key: 'up', render: (_, d) => `${d.uploadedBy} · ${formatDateTime(d.uploadedAt)}` },
          {
            title: '',
            key: 'open',
            render: (_, d) => (
              <Button size="small" onClick={() => void open(d)} aria-label={`Xem ${d.fileName}`}>
                Xem
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!preview}
        onCancel={close}
        footer={null}
        width="min(960px, 96vw)"
        title={preview?.document.fileName}
      >
        {preview &&
          (preview.document.mediaType.startsWith('image/') ? (
            <img src={preview.url} alt={preview.document.fileName} style={{ maxWidth: '100%' }} />
          ) : (
            <iframe
              src={preview.url}
              title={preview.document.fileName}
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          ))}
      </Modal>
    </>
  );
}
