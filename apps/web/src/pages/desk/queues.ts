import type { QueueQuery } from '../../api/queue';

/** A tab of the officer's desk: which open dossiers it lists (a work-queue query). */
export interface DeskQueue {
  readonly key: string;
  readonly label: string;
  readonly query: Omit<QueueQuery, 'q' | 'limit' | 'cursor'>;
}

/**
 * The queues as one-stop officers know them, in the order a dossier meets them; the first is where an
 * officer starts: the desk's officers at the dossiers waiting for acceptance, a department's at its own.
 */
export function deskQueues(unit: string | undefined): readonly DeskQueue[] {
  const atUnit: DeskQueue = { key: 'tai-don-vi', label: 'Tại đơn vị của tôi', query: { unit: unit ?? 'desk' } };
  return !unit || unit === 'desk' ? [...DESK_QUEUES, atUnit] : [atUnit, ...DESK_QUEUES];
}

const DESK_QUEUES: readonly DeskQueue[] = [
  { key: 'cho-tiep-nhan', label: 'Chờ tiếp nhận', query: { status: 1, breached: 'false' } },
  { key: 'qua-8-gio', label: 'Quá 8 giờ chưa tiếp nhận', query: { status: 1, breached: 'true' } },
  { key: 'moi-tiep-nhan', label: 'Mới tiếp nhận', query: { status: 2 } },
  { key: 'cua-toi', label: 'Giao cho tôi', query: { assignee: 'me' } },
  { key: 'dang-xu-ly', label: 'Đang xử lý', query: { status: 4, paused: 'false' } },
  { key: 'cho-bo-sung', label: 'Chờ bổ sung', query: { status: 5 } },
  { key: 'tam-dung', label: 'Tạm dừng', query: { paused: 'true' } },
  { key: 'qua-han', label: 'Quá hạn', query: { overdue: 'true' } },
  { key: 'tra-ket-qua', label: 'Chờ trả kết quả', query: { status: 9 } },
];

export const queueByKey = (queues: readonly DeskQueue[], key: string | null): DeskQueue =>
  queues.find((q) => q.key === key) ?? queues[0];
