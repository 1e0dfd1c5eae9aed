import { z } from 'zod';
import { DOSSIER_CODE, FEEDBACK_CODE } from '@motcua/domain';
import { lookupQuery } from '../http/query.schemas';

const text = (max: number) => z.string().trim().min(1).max(max);

export const feedbackCodeSchema = z.string().regex(FEEDBACK_CODE, 'not a feedback code');

const senderSchema = z.strictObject({
  name: text(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,15}$/)
    .optional(),
  email: z.email().max(200).optional(),
  address: z.string().trim().max(500).optional(),
});

const received = {
  agencyCode: z.string().trim().min(1).max(32),
  sender: senderSchema,
  subject: text(300),
  content: text(10_000),
  /** The dossier the feedback is about, if any. */
  dossierCode: z.string().regex(DOSSIER_CODE, 'not a dossier code').optional(),
};

/** Body of `POST /feedback`: received at the desk (an officer) or through the applicant's account. */
export const receiveFeedbackSchema = z.strictObject(received);
export type FeedbackReceipt = z.infer<typeof receiveFeedbackSchema>;

/** Body of `POST /public/feedback`: anyone; feedback about a dossier carries the key printed on its receipt. */
export const publicFeedbackSchema = z.strictObject({ ...received, dossierKey: z.string().trim().max(64).optional() });
export type PublicFeedbackReceipt = z.infer<typeof publicFeedbackSchema>;

/** Bodies of the officers' commands, by route name. */
export const feedbackCommandBodies = {
  classify: z.strictObject({
    category: z.enum(['procedure', 'staff']),
    procedureCode: z
      .string()
      .regex(/^[0-9A-Za-z.]{1,32}$/)
      .optional(),
  }),
  assign: z.strictObject({ assigneeId: text(128), unit: z.string().trim().min(1).max(64).optional() }),
  extend: z.strictObject({ reason: text(2_000) }),
  answer: z.strictObject({ answer: text(20_000) }),
  publish: z.strictObject({}),
} as const;
export type FeedbackCommandRoute = keyof typeof feedbackCommandBodies;

/** Bodies of what the sender may do with the key: rate the published answer, or raise it again. */
export const publicFeedbackBodies = {
  rating: z.strictObject({ rating: z.enum(['satisfied', 'unsatisfied']) }),
  'raise-again': z.strictObject({ reason: text(2_000) }),
} as const;
export type PublicFeedbackRoute = keyof typeof publicFeedbackBodies;

/** `GET /feedback`: the officers' list, nearest due first. */
export const feedbackListQuery = z.strictObject({
  agency: z.string().max(32).optional(),
  stage: z.enum(['handling', 'answered', 'published']).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `next` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type FeedbackListQuery = z.infer<typeof feedbackListQuery>;

export const publicFeedbackQuery = lookupQuery;
