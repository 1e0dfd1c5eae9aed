import type { StatusCode } from '../dossier/vocabulary';

/**
 * How our vocabulary is written in the national portal's payloads (national-sync.md): channel and
 * applicant-kind codes, and the national status table. Versioned configuration: a new portal version is a
 * new mapping, chosen per installation; messages record the version they were written with.
 */
export interface PortalMapping {
  readonly version: string;
  /** `KenhThucHien`: how the dossier came in. */
  readonly channels: Readonly<Record<'desk' | 'online' | 'postal', number>>;
  /** `LoaiDoiTuong`: who applied. */
  readonly applicantKinds: Readonly<Record<'citizen' | 'organisation', number>>;
  /** `TrangThai` / `TrangThaiHoSo` for each of our national status codes (1–10). */
  readonly statuses: Readonly<Record<StatusCode, number>>;
  /** `ChucDanh` (the handler's title) for each role that acts on a dossier. */
  readonly titles: Readonly<Record<string, string>>;
  /** `PhongBanXuLy` for the units our processes name; a department's own code otherwise. */
  readonly units: Readonly<Record<string, string>>;
}

/**
 * The mapping of the portal adapter seen in OpenCPS v2 (2020) and a Thanh Hóa system: our status codes are
 * the national ones already, so the table is the identity; channels 1 desk, 2 online, 3 post.
 */
export const PORTAL_MAPPING_2020: PortalMapping = {
  version: 'dvcqg-2020',
  channels: { desk: 1, online: 2, postal: 3 },
  applicantKinds: { citizen: 1, organisation: 2 },
  statuses: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10 },
  titles: {
    officer: 'Chuyên viên',
    leader: 'Lãnh đạo',
    applicant: 'Người nộp hồ sơ',
    supervisor: 'Cán bộ giám sát',
    system: 'Hệ thống',
  },
  units: { desk: 'Bộ phận Một cửa', processing: 'Phòng chuyên môn', leadership: 'Lãnh đạo đơn vị' },
};
