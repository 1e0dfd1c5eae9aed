/**
 * The register of dossiers (Sổ theo dõi hồ sơ, Mẫu 06 under Decree 61 / 07 under Decree 118; shared/forms.md):
 * one line per dossier a unit received in a period. Reading of ours where forms.md is silent: "Nhận hồ
 * sơ" is the submission (the register is kept by the date a dossier came in), "Ngày có kết quả" when
 * processing finished, "Ngày trả kết quả" when the result went back; the signature columns stay blank
 * for the paper copy.
 */
import type { DossierState } from '../dossier/state';
import { STATUS } from '../dossier/vocabulary';
import { shortDate, timeAndDate } from './vietnamese-dates';

export const REGISTER_COLUMNS: readonly { readonly title: string; readonly width: number }[] = [
  { title: 'STT', width: 6 },
  { title: 'Mã hồ sơ', width: 24 },
  { title: 'Nội dung', width: 40 },
  { title: 'Số lượng (bộ)', width: 9 },
  { title: 'Người nộp hồ sơ', width: 24 },
  { title: 'Địa chỉ', width: 30 },
  { title: 'Số điện thoại', width: 14 },
  { title: 'Nhận hồ sơ', width: 20 },
  { title: 'Hẹn trả kết quả', width: 20 },
  { title: 'Ngày có kết quả', width: 20 },
  { title: 'Ngày trả kết quả', width: 20 },
  { title: 'Bên giao (ký)', width: 14 },
  { title: 'Bên nhận (ký)', width: 14 },
  { title: 'Ghi chú', width: 30 },
];

/** The register's line for the `n`-th dossier of the period. */
export function registerLineOf(n: number, state: DossierState): string[] {
  const when = (iso: string | undefined) => (iso ? timeAndDate(iso) : '');
  return [
    String(n),
    state.dossierCode ?? '',
    state.procedure?.name ?? '',
    '01',
    state.applicant?.name ?? '',
    state.applicant?.address ?? '',
    state.applicant?.phone ?? '',
    when(state.submittedAt),
    when(state.originalDueAt),
    when(state.finishedAt),
    when(state.returnedAt),
    '',
    '',
    remarkOf(state),
  ];
}

/** What the register notes beside the dates: refusals, stops, delays and new appointments. */
function remarkOf(state: DossierState): string {
  const notes: string[] = [];
  if (state.status === STATUS.refusedAtReceipt) notes.push('Từ chối tiếp nhận');
  if (state.cancelled) notes.push('Đã hủy');
  if (state.status === STATUS.stopped) notes.push('Dừng xử lý');
  if (state.rescheduledAt) notes.push(`Đã xin lỗi, hẹn lại ${shortDate(state.rescheduledAt)}`);
  if (state.timeliness === 'late' || (state.overdue && !state.finishedAt)) notes.push('Quá hạn');
  return notes.join('; ');
}
