import { z } from 'zod';
import { instant } from '../http/query.schemas';
import { componentSchema } from './dossier.schemas';

/**
 * Request bodies of the command routes. They check shape and types (400 VALIDATION_FAILED); the
 * business rules (a reason, an attachment, a slip…) are the decider's, with their own codes (422).
 */
const text = z.string().max(2000);
/** A file of the dossier, uploaded first (`POST /dossiers/{code}/documents`), named by its id. */
const document = z.strictObject({ documentId: z.uuid('not a document id') });
/** The paper as signed (a scan), when the desk keeps one. */
const slip = document.optional();
/** A supplement's component, its file (if any) a document of the dossier. */
const suppliedComponent = componentSchema
  .omit({ fileName: true, contentHash: true })
  .extend({ documentId: z.uuid('not a document id').optional() });
/** A unit of the agency (`desk`, a department's code, `leadership`). */
const unit = z.string().trim().min(1).max(64);
/** An officer, by the subject of their token. */
const officerId = z.string().trim().min(1).max(128);

export const commandBodies = {
  accept: z.strictObject({}),
  'request-completion': z.strictObject({
    reason: text.optional(),
    missingComponents: z.array(z.string().max(200)).max(100).default([]),
    slip,
  }),
  refuse: z.strictObject({ reason: text.optional(), slip }),
  'request-supplement': z.strictObject({
    reason: text.optional(),
    missingComponents: z.array(z.string().max(200)).max(100).default([]),
    slip,
  }),
  'receive-supplement': z.strictObject({ components: z.array(suppliedComponent).max(100).default([]) }),
  pause: z.strictObject({
    reasonCode: z.enum(['FINANCIAL_OBLIGATION', 'VERIFICATION', 'CONSULTATION', 'OTHER_LEGAL_GROUND']).optional(),
    reason: text.optional(),
    attachment: document.partial().optional(),
    notice: z
      .strictObject({ channel: z.enum(['post', 'email', 'sms', 'portal', 'desk']), reference: z.string().max(100) })
      .partial()
      .optional(),
  }),
  resume: z.strictObject({}),
  apology: z.strictObject({ reason: text.optional(), rescheduledAt: instant, slip }),
  result: z.strictObject({
    decision: z.enum(['approved', 'refused']),
    documents: z
      .array(
        document.extend({
          code: z.string().max(100),
          eSigned: z.boolean().default(false),
          /** A certified copy (bản sao chứng thực): e-signed, it was certified electronically. */
          certifiedCopy: z.boolean().optional(),
        }),
      )
      .max(50)
      .default([]),
    reason: text.optional(),
  }),
  return: z.strictObject({ method: z.enum(['desk', 'post', 'online']) }),
  withdrawal: z.strictObject({ reason: text.optional() }),
  stop: z.strictObject({ reason: text.optional(), slip }),
  cancel: z.strictObject({ reason: text.optional() }),
  rating: z.strictObject({ satisfied: z.boolean(), comment: z.string().max(2000).optional() }),
  handover: z.strictObject({
    toUnit: unit,
    toOfficer: officerId.optional(),
    note: text.optional(),
  }),
  receive: z.strictObject({}),
  reassign: z.strictObject({ toOfficer: officerId, reason: text.optional() }),
  'send-back': z.strictObject({ toStep: z.string().trim().min(1).max(64), reason: text.optional() }),
} as const;

export type CommandRoute = keyof typeof commandBodies;

/** The domain command each route sends. */
export const COMMAND_TYPES = {
  accept: 'AcceptDossier',
  'request-completion': 'RequestCompletion',
  refuse: 'RefuseDossier',
  'request-supplement': 'RequestSupplement',
  'receive-supplement': 'ReceiveSupplement',
  pause: 'PauseProcessing',
  resume: 'ResumeProcessing',
  apology: 'IssueApology',
  result: 'IssueResult',
  return: 'ReturnResult',
  withdrawal: 'RequestWithdrawal',
  stop: 'StopProcessing',
  cancel: 'CancelDossier',
  rating: 'RateSatisfaction',
  handover: 'HandOverDossier',
  receive: 'ReceiveDossier',
  reassign: 'ReassignDossier',
  'send-back': 'SendBackDossier',
} as const satisfies Record<CommandRoute, string>;

/** A document id in the examples (upload a file to get a real one). */
const DOCUMENT_ID = '0f8b8a54-3c1e-4c57-9a57-2b1d6f1e9c01';

/** An example body per command route (OpenAPI, docs, fuzzing seeds). */
export const COMMAND_EXAMPLES: Record<CommandRoute, unknown> = {
  accept: {},
  'request-completion': { reason: 'Thiếu bản sao CCCD', missingComponents: ['Bản sao CCCD'] },
  refuse: { reason: 'Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp' },
  'request-supplement': { reason: 'Giấy khai sinh không rõ nét', missingComponents: ['Giấy khai sinh'] },
  'receive-supplement': {
    components: [
      { code: 'GKS', name: 'Giấy khai sinh', copies: 1, digitised: true, reused: false, documentId: DOCUMENT_ID },
    ],
  },
  pause: {
    reasonCode: 'VERIFICATION',
    reason: 'Chờ kết quả xác minh của Công an tỉnh',
    attachment: { documentId: DOCUMENT_ID },
    notice: { channel: 'post', reference: '125/TB-STP' },
  },
  resume: {},
  apology: {
    reason: 'Chờ kết quả xác minh',
    rescheduledAt: '2026-12-15T17:00:00+07:00',
    slip: { documentId: DOCUMENT_ID },
  },
  result: {
    decision: 'approved',
    documents: [{ documentId: DOCUMENT_ID, code: '1234/LLTP', eSigned: true }],
  },
  return: { method: 'online' },
  withdrawal: { reason: 'Không còn nhu cầu' },
  stop: { reason: 'Dừng xử lý theo đề nghị rút hồ sơ', slip: { documentId: DOCUMENT_ID } },
  cancel: { reason: 'Công dân không phản hồi yêu cầu hoàn thiện' },
  rating: { satisfied: true, comment: 'Cán bộ hướng dẫn tận tình' },
  handover: { toUnit: 'P-HCTP', toOfficer: 'chuyen-vien-lan', note: 'Hồ sơ đầy đủ, chuyển thẩm định' },
  receive: {},
  reassign: { toOfficer: 'chuyen-vien-minh', reason: 'Chuyên viên thụ lý nghỉ phép' },
  'send-back': { toStep: 'tiep-nhan', reason: 'Thiếu xác nhận của UBND xã' },
};
