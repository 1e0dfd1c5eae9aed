import { z } from 'zod';
import { DOSSIER_CODE } from '@motcua/domain';

const contentHash = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256:<64 hex digits>');

export const componentSchema = z.strictObject({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(500),
  copies: z.number().int().min(1).max(100).default(1),
  digitised: z.boolean().default(false),
  reused: z.boolean().default(false),
  /** Its information was taken from the national population database (VNeID) instead of a paper. */
  populationData: z.boolean().optional(),
  fileName: z.string().trim().min(1).max(255).optional(),
  contentHash: contentHash.optional(),
});

export const applicantSchema = z.strictObject({
  kind: z.enum(['citizen', 'organisation']),
  name: z.string().trim().min(1).max(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{6,20}$/, 'must be 6–20 letters, digits or dashes'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,15}$/)
    .optional(),
  email: z.email().optional(),
  address: z.string().trim().max(500).optional(),
  /** The applicant's identity and details were taken from the national population database (VNeID). */
  populationData: z.boolean().optional(),
});

/** Body of `POST /dossiers`. */
export const submissionSchema = z.strictObject({
  procedureCode: z.string().trim().min(1).max(32),
  agencyCode: z.string().trim().min(1).max(32),
  channel: z.enum(['desk', 'online', 'postal']),
  applicant: applicantSchema,
  components: z.array(componentSchema).min(1).max(100),
  /** Fee due in VND. */
  fee: z.number().int().min(0).max(1_000_000_000).default(0),
  paidOnline: z.boolean().default(false),
});
export type Submission = z.infer<typeof submissionSchema>;

/** Dossier codes: `<agency>-<yymmdd>-<number>`. */
export const dossierCodeSchema = z.string().regex(DOSSIER_CODE, 'not a dossier code');
