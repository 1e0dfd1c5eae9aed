import type { WorkingCalendarConfig } from '../calendar/calendar-config';
import type { InternalProcess } from '../process/internal-process';
import type { IssuedSlip } from '../slips/issued-slips';
import type { Actor, Applicant, AttachedDocument, Channel, DossierComponent, ProcedureTerms } from './vocabulary';

/** Commands carry the instant they happen and who acts: the domain has no clock. */
interface Base<T extends string> {
  readonly type: T;
  /** Business instant of the command, ISO-8601. */
  readonly at: string;
  readonly actor: Actor;
}

/** A slip or letter given to the applicant (Mẫu 02, 03, 04, stop notice): its file and hash. */
export type Slip = AttachedDocument;

/** Written notice to the applicant that the clock is paused. */
export interface PauseNotice {
  /** How the notice reached the applicant. */
  readonly channel: 'post' | 'email' | 'sms' | 'portal' | 'desk';
  /** Reference of the notice letter (số văn bản). */
  readonly reference: string;
}

/** Why the clock is paused (dừng tính). `FINANCIAL_OBLIGATION` moves the dossier to status 6. */
export type PauseReasonCode = 'FINANCIAL_OBLIGATION' | 'VERIFICATION' | 'CONSULTATION' | 'OTHER_LEGAL_GROUND';

/** A verified digital signature: who signed (certificate subject and issuer), which certificate, when. */
export interface SignatureCheckRecord {
  readonly signer: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly signingTime: string;
  readonly result: 'verified';
}

/** A result document with legal validity (e-result when electronic). */
export interface ResultDocument extends AttachedDocument {
  /** Number or code of the document (số, ký hiệu). */
  readonly code: string;
  /** Carries a digital signature (ký số). */
  readonly eSigned: boolean;
  /** The check of that signature, made when the result was issued: only a verified one is an e-result. */
  readonly signature?: SignatureCheckRecord;
  /** A certified copy (bản sao chứng thực); e-signed and verified, it was certified electronically (4.7). */
  readonly certifiedCopy?: boolean;
}

/**
 * What the national portal acknowledged of a dossier: its record (the first `DongBoHoSoMC`, indicator
 * 1.4) or its e-result in the applicant's personal data store (4.4).
 */
export type PortalAcknowledgement = 'record' | 'personalStore';

export type DossierCommand =
  /** The engine records what the portal acknowledged (relayed from the outbox by the worker). */
  | (Base<'RecordPortalAcknowledgement'> & {
      readonly acknowledged: PortalAcknowledgement;
      readonly messageId: string;
      readonly acknowledgedAt: string;
    })
  | (Base<'SubmitDossier'> & {
      readonly dossierCode: string;
      readonly agencyCode: string;
      readonly channel: Channel;
      readonly procedure: ProcedureTerms;
      readonly applicant: Applicant;
      readonly components: readonly DossierComponent[];
      /** Fee due in VND (0 when free). */
      readonly fee: number;
      readonly paidOnline?: boolean;
    })
  /**
   * Tiếp nhận: starts the processing clock (Mẫu 01) and the dossier's internal process — the one in
   * force now, as the catalogue gives it (the default process when none is given).
   */
  | (Base<'AcceptDossier'> & { readonly process?: InternalProcess })
  /** Hướng dẫn hoàn thiện before acceptance (Mẫu 02); counts toward the supplementation limit. */
  | (Base<'RequestCompletion'> & {
      readonly reason: string;
      readonly missingComponents: readonly string[];
      readonly slip?: Slip;
    })
  /** Từ chối tiếp nhận (Mẫu 03). */
  | (Base<'RefuseDossier'> & { readonly reason: string; readonly slip?: Slip })
  /** Yêu cầu bổ sung after acceptance (Mẫu 02): stops the clock until the supplement arrives. */
  | (Base<'RequestSupplement'> & {
      readonly reason: string;
      readonly missingComponents: readonly string[];
      readonly slip?: Slip;
    })
  /** The applicant's supplement (or completed dossier, before acceptance) arrives. */
  | (Base<'ReceiveSupplement'> & { readonly components: readonly DossierComponent[] })
  /** Dừng tính: pause the processing clock, with a concrete reason, the ground document and a notice. */
  | (Base<'PauseProcessing'> & {
      readonly reasonCode?: PauseReasonCode;
      readonly reason?: string;
      readonly attachment?: Partial<AttachedDocument>;
      readonly notice?: Partial<PauseNotice>;
    })
  | Base<'ResumeProcessing'>
  /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): motcua issues it; `slip` is an optional signed scan. */
  | (Base<'IssueApology'> & { readonly reason: string; readonly rescheduledAt: string; readonly slip?: Slip })
  /** Kết quả giải quyết: approved with documents, or refused with a reason. */
  | (Base<'IssueResult'> & {
      readonly decision: 'approved' | 'refused';
      readonly documents: readonly ResultDocument[];
      readonly reason?: string;
    })
  | (Base<'ReturnResult'> & { readonly method: 'desk' | 'post' | 'online' })
  | (Base<'RequestWithdrawal'> & { readonly reason: string })
  | (Base<'StopProcessing'> & { readonly reason: string; readonly slip?: Slip })
  /** Hủy an unaccepted dossier (audited). */
  | (Base<'CancelDossier'> & { readonly reason: string })
  | (Base<'RateSatisfaction'> & { readonly satisfied: boolean; readonly comment?: string })
  /** Chuyển hồ sơ: the holder hands the dossier to the next step's unit, optionally to a named officer. */
  | (Base<'HandOverDossier'> & { readonly toUnit: string; readonly toOfficer?: string; readonly note?: string })
  /** Nhận hồ sơ: an officer of the step's unit takes the dossier and holds it. */
  | Base<'ReceiveDossier'>
  /** Giao lại: the step's work goes to another officer of the unit (audited). */
  | (Base<'ReassignDossier'> & { readonly toOfficer: string; readonly reason: string })
  /** Trả lại bước trước: the holder sends the dossier back to an earlier step (audited). */
  | (Base<'SendBackDossier'> & { readonly toStep: string; readonly reason: string })
  /** A supervisor's verdict on an audited action (pause, supplementation request, cancellation). */
  | (Base<'ReviewAuditedAction'> & {
      readonly actionId: string;
      readonly verdict: 'justified' | 'unjustified';
      readonly note: string;
    })
  // Facts the engine records by itself at their deadline instant (actor: system).
  | Base<'RecordAcceptanceWindowBreach'>
  | Base<'RemindApology'>
  | Base<'MarkOverdue'>
  | Base<'MarkAppointmentMissed'>
  | Base<'StopForMissedSupplementDeadline'>
  | Base<'MarkStepOverdue'>
  /** A paper the workflow had numbered, rendered and stored (actor: system). */
  | (Base<'RecordIssuedSlip'> & { readonly slip: IssuedSlip })
  /** A revised unit calendar (e.g. a year confirmed): recompute the deadlines still pending. */
  | (Base<'RecomputeDeadlines'> & { readonly calendar: WorkingCalendarConfig; readonly revision: string });

export type DossierCommandType = DossierCommand['type'];
export type CommandOf<T extends DossierCommandType> = Extract<DossierCommand, { type: T }>;

/** Commands that people send. Timer facts and calendar revisions are the engine's own. */
export const PERSON_COMMANDS = [
  'SubmitDossier',
  'AcceptDossier',
  'RequestCompletion',
  'RefuseDossier',
  'RequestSupplement',
  'ReceiveSupplement',
  'PauseProcessing',
  'ResumeProcessing',
  'IssueApology',
  'IssueResult',
  'ReturnResult',
  'RequestWithdrawal',
  'StopProcessing',
  'CancelDossier',
  'RateSatisfaction',
  'ReviewAuditedAction',
  'HandOverDossier',
  'ReceiveDossier',
  'ReassignDossier',
  'SendBackDossier',
] as const satisfies readonly DossierCommandType[];
export type PersonCommandType = (typeof PERSON_COMMANDS)[number];
