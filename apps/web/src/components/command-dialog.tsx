import { Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ProblemAlert } from './problem-alert';

/** What a command's dialog shows and does; the sending is the caller's (dossier, feedback…). */
export interface CommandDialogProps {
  readonly title: string;
  /** The command's name, on the confirming button. */
  readonly commandName: string;
  /** What the person confirms, above the fields. */
  readonly confirm?: string;
  readonly fields?: ReactNode;
  /** The form's name (its fields' ids). */
  readonly formName: string;
  readonly initialValues?: Record<string, unknown>;
  /** Sends the command with the form's values under the dialog's idempotency key; throws its problem. */
  readonly send: (values: Record<string, unknown>, idempotencyKey: string) => Promise<void>;
  /** After a refusal, beside showing it (e.g. refetch what a version conflict made stale). */
  readonly onRefused?: (error: unknown) => Promise<void> | void;
  readonly onClose: () => void;
}

/**
 * A command's form in a dialog: one idempotency key per opening (a retried click sends the same
 * command, applied once), busy while it is sent, closed when it is recorded, its problem shown in place.
 */
export function CommandDialog(props: CommandDialogProps) {
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => crypto.randomUUID());
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await props.send(values, key);
      props.onClose();
    } catch (e) {
      setError(e);
      await props.onRefused?.(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      okText={props.commandName}
      cancelText="Hủy bỏ"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.confirm && <p>{props.confirm}</p>}
      <Form form={form} layout="vertical" onFinish={submit} name={props.formName} initialValues={props.initialValues}>
        {props.fields}
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
