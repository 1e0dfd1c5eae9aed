import type { ResultDocument } from '../dossier/commands';
import { isVerifiedEResult } from '../dossier/e-result';
import type { DossierState } from '../dossier/state';
import { portalDate } from '../slips/vietnamese-dates';
import { PORTAL_MAPPING_2020, type PortalMapping } from './portal-mapping';

/** `DongBoHoSoMC`: the dossier as the portal keeps it (created once, then updated). */
export interface PortalDossierRecord {
  readonly MaHoSo: string;
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  readonly MaCoQuan: string;
  readonly KenhThucHien: number;
  readonly ChuHoSo: string;
  readonly LoaiDoiTuong: number;
  readonly SoGiayTo: string;
  readonly NgayNopHoSo: string;
  readonly NgayTiepNhan: string;
  readonly NgayHenTra: string;
  readonly TrangThaiHoSo: number;
  readonly NgayKetThucXuLy: string;
  readonly NgayTra: string;
}

/** `CapNhatTienDoHoSoMC`: one handling step (who, their title, when, which department, what, status, dates). */
export interface PortalProgressStep {
  readonly MaHoSo: string;
  readonly NguoiXuLy: string;
  readonly ChucDanh: string;
  readonly ThoiDiemXuLy: string;
  readonly PhongBanXuLy: string;
  readonly NoiDungXuLy: string;
  readonly TrangThai: number;
  readonly NgayBatDau: string;
  readonly NgayKetThucTheoQuyDinh: string;
}

/**
 * An e-result for the applicant's personal data store on the portal (Kho quản lý dữ liệu điện tử của tổ
 * chức, cá nhân; indicator 4.4). The service's name and fields are not documented in national-sync.md:
 * ours, in the style of the documented ones, to be mapped when the portal's specification is known.
 */
export interface PortalPersonalStoreResult {
  readonly MaHoSo: string;
  readonly SoGiayTo: string;
  readonly KetQua: readonly {
    readonly SoKyHieu: string;
    readonly TenTep: string;
    readonly MaBam: string;
    readonly NguoiKy: string;
    readonly NgayKy: string;
  }[];
}

/** Service name of the personal-store push (ours, see {@link PortalPersonalStoreResult}). */
export const PERSONAL_STORE_SERVICE = 'DongBoKetQuaKhoDuLieuCaNhan';

export type PortalMessage =
  | { readonly service: 'DongBoHoSoMC'; readonly isUpdating: boolean; readonly data: PortalDossierRecord }
  | { readonly service: 'CapNhatTienDoHoSoMC'; readonly data: PortalProgressStep }
  | { readonly service: typeof PERSONAL_STORE_SERVICE; readonly data: PortalPersonalStoreResult };

/** Every service a message goes to. */
export const PORTAL_SERVICES = [
  'DongBoHoSoMC',
  'CapNhatTienDoHoSoMC',
  PERSONAL_STORE_SERVICE,
] as const satisfies readonly PortalMessage['service'][];

/** The event a message answers: its type, business instant and who acted. */
export interface PortalMoment {
  readonly type: string;
  readonly at: string;
  readonly actorId: string;
  readonly actorRole: string;
  /** The event's data (the result's documents, for the personal-store push). */
  readonly data?: unknown;
}

/**
 * What each handling step is called on the portal (`NoiDungXuLy`). Events absent here (timers, papers,
 * verdicts, recomputed deadlines) are not handling steps: they report nothing of their own, though a
 * change they make to the dossier's record (a due date) is still sent.
 */
export const PORTAL_STEP_TEXTS: Readonly<Record<string, string>> = {
  DossierSubmitted: 'Nộp hồ sơ',
  DossierAccepted: 'Tiếp nhận hồ sơ',
  CompletionRequested: 'Hướng dẫn hoàn thiện hồ sơ',
  DossierRefused: 'Từ chối tiếp nhận hồ sơ',
  DossierCancelled: 'Hủy hồ sơ',
  SupplementRequested: 'Yêu cầu bổ sung hồ sơ',
  SupplementReceived: 'Nhận hồ sơ bổ sung',
  ProcessingPaused: 'Tạm dừng tính thời gian giải quyết',
  ProcessingResumed: 'Tiếp tục tính thời gian giải quyết',
  ApologyIssued: 'Xin lỗi và hẹn lại ngày trả kết quả',
  DossierHandedOver: 'Chuyển hồ sơ',
  DossierReceived: 'Nhận hồ sơ để xử lý',
  DossierReassigned: 'Giao lại cán bộ xử lý',
  DossierSentBack: 'Trả lại bước trước',
  ResultIssued: 'Có kết quả giải quyết',
  ResultReturned: 'Trả kết quả',
  WithdrawalRequested: 'Công dân yêu cầu rút hồ sơ',
  DossierStopped: 'Dừng xử lý hồ sơ',
};

/**
 * The messages one event owes the national portal, from the dossier's state before and after it
 * (national-sync.md). Only a dossier with a receipt date is sent: the first such event creates it
 * (`isUpdating` False), and every later change of its record updates it (True); each handling step
 * adds a progress row. Pure: the projector stores these in its outbox in the same transaction as the
 * read models, so a replay derives the very same messages.
 */
export function portalMessagesOf(
  before: DossierState,
  after: DossierState,
  moment: PortalMoment,
  mapping: PortalMapping = PORTAL_MAPPING_2020,
): PortalMessage[] {
  if (!after.submittedAt || after.status === 0) return [];
  const record = dossierRecordOf(after, mapping);
  const created = !before.submittedAt || before.status === 0;
  const changed = created || JSON.stringify(dossierRecordOf(before, mapping)) !== JSON.stringify(record);
  const step = PORTAL_STEP_TEXTS[moment.type];
  const messages: PortalMessage[] = [];
  if (changed) messages.push({ service: 'DongBoHoSoMC', isUpdating: !created, data: record });
  if (step) messages.push({ service: 'CapNhatTienDoHoSoMC', data: progressOf(after, moment, step, mapping) });
  const eResults = moment.type === 'ResultIssued' ? eResultsOf(moment.data) : [];
  if (eResults.length > 0) {
    const data = { MaHoSo: record.MaHoSo, SoGiayTo: record.SoGiayTo, KetQua: eResults };
    messages.push({ service: PERSONAL_STORE_SERVICE, data });
  }
  return messages;
}

/** The verified e-results among an issued result's documents, as the personal store takes them. */
function eResultsOf(data: unknown): PortalPersonalStoreResult['KetQua'] {
  const documents = (data as { documents?: readonly ResultDocument[] } | undefined)?.documents ?? [];
  return documents.filter(isVerifiedEResult).map((d) => ({
    SoKyHieu: d.code,
    TenTep: d.fileName,
    MaBam: d.contentHash,
    NguoiKy: d.signature!.signer,
    NgayKy: portalDate(d.signature!.signingTime),
  }));
}

const date = (iso: string | undefined) => (iso ? portalDate(iso) : '');

function dossierRecordOf(s: DossierState, mapping: PortalMapping): PortalDossierRecord {
  return {
    MaHoSo: s.dossierCode ?? '',
    MaTTHC: s.procedure?.code ?? '',
    TenTTHC: s.procedure?.name ?? '',
    MaCoQuan: s.agencyCode ?? '',
    KenhThucHien: s.channel ? mapping.channels[s.channel] : 0,
    ChuHoSo: s.applicant?.name ?? '',
    LoaiDoiTuong: s.applicant ? mapping.applicantKinds[s.applicant.kind] : 0,
    SoGiayTo: s.applicant?.idNumber ?? '',
    NgayNopHoSo: date(s.submittedAt),
    NgayTiepNhan: date(s.acceptedAt),
    NgayHenTra: date(s.dueAt),
    TrangThaiHoSo: s.status === 0 ? 0 : mapping.statuses[s.status],
    NgayKetThucXuLy: date(s.finishedAt),
    NgayTra: date(s.returnedAt),
  };
}

function progressOf(s: DossierState, moment: PortalMoment, text: string, mapping: PortalMapping): PortalProgressStep {
  const unit = s.stepVisits[s.stepVisits.length - 1]?.unit ?? 'desk';
  return {
    MaHoSo: s.dossierCode ?? '',
    NguoiXuLy: moment.actorId,
    ChucDanh: mapping.titles[moment.actorRole] ?? moment.actorRole,
    ThoiDiemXuLy: date(moment.at),
    PhongBanXuLy: mapping.units[unit] ?? unit,
    NoiDungXuLy: text,
    TrangThai: s.status === 0 ? 0 : mapping.statuses[s.status],
    NgayBatDau: date(s.acceptedAt ?? s.submittedAt),
    NgayKetThucTheoQuyDinh: date(s.dueAt ?? s.acceptanceDeadline),
  };
}
