import { Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { uploadDocument, type DocumentKind, type DossierDocument } from '../../api/dossier';
import { ProblemAlert } from '../../components/problem-alert';

/**
 * A file field of a command form: the file is uploaded to the dossier when chosen (the API hashes and
 * checks it), and the form keeps the stored document's id. Antd's Form passes value/onChange.
 */
export function DocumentField(props: {
  code: string;
  kind: DocumentKind;
  label: string;
  value?: string;
  onChange?: (documentId: string | undefined) => void;
}) {
  const [stored, setStored] = useState<DossierDocument>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload
        accept=".pdf,.jpg,.jpeg,.png,.xml,.docx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          setBusy(true);
          setError(undefined);
          uploadDocument(props.code, props.kind, file)
            .then((document) => {
              setStored(document);
              props.onChange?.(document.id);
            })
            .catch((e: unknown) => {
              setError(e);
              props.onChange?.(undefined);
            })
            .finally(() => setBusy(false));
          return false;
        }}
      >
        <Button loading={busy}>{props.label}</Button>
      </Upload>
      {stored && props.value === stored.id && (
        <Typography.Text type="success">Đã tải lên: {stored.fileName}</Typography.Text>
      )}
      <ProblemAlert error={error} />
    </Space>
  );
}
