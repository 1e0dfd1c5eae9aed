/**
 * Shared vocabulary of dossiers (domain.md §3, §7). Values of national codes follow the national
 * public-service portal (Cổng DVCQG), which every synced system uses.
 */

/** Submission channel (KenhThucHien): 1 desk, 2 online, 3 public postal service. */
export type Channel = 'desk' | 'online' | 'postal';
export const CHANNEL_CODES: Readonly<Record<Channel, 1 | 2 | 3>> = { desk: 1, online: 2, postal: 3 };

/** Dossier status (TrangThaiHoSo). */
export const STATUS = {
  /** Mới đăng ký: submitted, not yet accepted. */
  submitted: 1,
  /** Được tiếp nhận: accepted. */
  accepted: 2,
  /** Không được tiếp nhận: refused at receipt. */
  refusedAtReceipt: 3,
  /** Đang xử lý: processing. */
  processing: 4,
  /** Yêu cầu bổ sung: supplement (or completion) requested. */
  supplementRequested: 5,
  /** Nghĩa vụ tài chính: waiting for fees or taxes. */
  awaitingFinancialObligation: 6,
  /** Công dân yêu cầu rút: withdrawal requested. */
  withdrawalRequested: 7,
  /** Dừng xử lý: processing stopped. */
  stopped: 8,
  /** Đã xử lý xong: result issued. */
  resultIssued: 9,
  /** Đã trả kết quả: result returned. */
  resultReturned: 10,
} as const;
export type StatusName = keyof typeof STATUS;
export type StatusCode = (typeof STATUS)[StatusName];

/** Who acts. Every command carries one; it lands in the event metadata. */
export type ActorRole = 'applicant' | 'officer' | 'leader' | 'supervisor' | 'admin' | 'metrics' | 'system';
export interface Actor {
  readonly id: string;
  readonly role: ActorRole;
  /**
   * The units of the agency the actor works in (`desk`, a department, `leadership`): who may take and
   * move a dossier between the steps of its internal process. Absent: the desk (a leader: leadership).
   */
  readonly units?: readonly string[];
}

/** The engine itself, for facts recorded by timers (window breached, overdue). */
export const SYSTEM_ACTOR: Actor = { id: 'motcua', role: 'system' };

/**
 * A legal duration. `workingDays`/`workingHours` count session time on the unit's calendar;
 * `calendarDays` end at the next working instant when they fall outside working time; `sameDay`
 * ends at the close of the working day, or the next one when received after `cutoff` (HH:MM).
 */
export type Duration =
  | { readonly unit: 'workingDays' | 'workingHours' | 'calendarDays'; readonly value: number }
  | { readonly unit: 'sameDay'; readonly cutoff?: string };

/** The terms of a procedure that govern one dossier, copied into its first event. */
export interface ProcedureTerms {
  /** Procedure code in the national catalogue, e.g. `2.000815`. */
  readonly code: string;
  readonly name: string;
  /** Legal processing time by channel; online may be shorter. */
  readonly durations: { readonly desk: Duration; readonly online: Duration };
  /** Whether the result is a document (counts toward e-result indicators). */
  readonly returnsResultDocument: boolean;
  /** Applicant's time to supplement, when the procedure sets one. */
  readonly supplementDeadline?: Duration;
  /** When true, a received supplement restarts the processing clock instead of resuming it. */
  readonly supplementRestartsClock?: boolean;
}

/** A component (thành phần hồ sơ) of a dossier. */
export interface DossierComponent {
  readonly code: string;
  readonly name: string;
  readonly copies: number;
  /** Scanned or born-digital (số hóa). */
  readonly digitised: boolean;
  /** Taken from the shared data store instead of being supplied again (tái sử dụng). */
  readonly reused: boolean;
  /**
   * Its information was taken from the national population database through VNeID instead of a paper
   * (khai thác dữ liệu dân cư; indicators 4.5 and 4.6). Absent in dossiers recorded before it existed.
   */
  readonly populationData?: boolean;
  readonly fileName?: string;
  /** `sha256:<hex>` of the file. */
  readonly contentHash?: string;
  /** The stored document of the dossier's files holding it, when supplied as a file. */
  readonly documentId?: string;
}

export interface Applicant {
  readonly kind: 'citizen' | 'organisation';
  readonly name: string;
  readonly idNumber: string;
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
  /** The applicant's identity and details were taken from the national population database (VNeID). */
  readonly populationData?: boolean;
}

/** An attached document (pause ground, result, slip): name and content hash. */
export interface AttachedDocument {
  readonly fileName: string;
  /** `sha256:<hex>` of the file. */
  readonly contentHash: string;
  /** The stored document of the dossier's files it is (absent in events recorded before files were stored). */
  readonly documentId?: string;
}
