import { z } from 'zod';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * An instant with an explicit offset (ISO-8601), normalised to UTC. Offsets beyond ±14:00 exist in
 * no time zone (and PostgreSQL refuses them), so they are a 400 here rather than a database error.
 */
export const instant = z.iso
  .datetime({ offset: true })
  .refine((v) => {
    const offset = /([+-])(\d{2}):?(\d{2})$/.exec(v);
    return !offset || Number(offset[2]) * 60 + Number(offset[3]) <= 14 * 60;
  }, 'offset must be within ±14:00')
  .refine((v) => Number.isFinite(Date.parse(v)), 'not a valid instant')
  .transform((v) => new Date(v).toISOString());
const limit = z.coerce.number().int().min(1).max(200).default(50);

/**
 * `GET /dossiers/{code}`: `atLeast` is a version the caller knows exists (their command's answer): a read
 * model still behind it is passed over and the workflow answers (read-your-writes).
 */
export const dossierQuery = z.strictObject({
  atLeast: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
});

/** `GET /dossiers`: the officer's work queue. */
export const queueQuery = z.strictObject({
  status: z.coerce.number().int().min(1).max(10).optional(),
  agency: z.string().max(32).optional(),
  procedure: z.string().max(32).optional(),
  channel: z.enum(['desk', 'online', 'postal']).optional(),
  overdue: bool.optional(),
  breached: bool.optional(),
  paused: bool.optional(),
  dueBefore: instant.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** `me`: the dossiers the caller holds at their current step, or that were handed to them. */
  assignee: z.literal('me').optional(),
  unit: z.string().trim().min(1).max(64).optional(),
  step: z.string().trim().min(1).max(64).optional(),
  limit,
  cursor: z.string().max(500).optional(),
});
export type QueueQuery = z.infer<typeof queueQuery>;

/** What supervisors audit: clock stops, requests, cancellations, and moves inside the internal process. */
const auditedKind = z.enum([
  'pause',
  'supplementRequest',
  'completionRequest',
  'cancellation',
  'reassignment',
  'sendBack',
]);

/** `GET /audit/actions`: the supervisors' audit queue. */
export const auditQuery = z.strictObject({
  kind: auditedKind.optional(),
  verdict: z.enum(['justified', 'unjustified', 'pending']).optional(),
  agency: z.string().max(32).optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit,
  cursor: z.string().max(500).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** `GET /audit/sample`: a reproducible random spot check. */
export const auditSampleQuery = z.strictObject({
  kind: auditedKind.optional(),
  size: z.coerce.number().int().min(1).max(200).default(10),
  seed: z.string().trim().min(1).max(64).optional(),
  agency: z.string().max(32).optional(),
  from: instant.optional(),
  to: instant.optional(),
});
export type AuditSampleQuery = z.infer<typeof auditSampleQuery>;

/** `GET /audit/steps`: lateness of the steps of internal processes, by unit, officer or step. */
export const stepsQuery = z.strictObject({
  groupBy: z.enum(['unit', 'officer', 'step']).default('unit'),
  agency: z.string().max(32).optional(),
  from: instant.optional(),
  to: instant.optional(),
});
export type StepsQuery = z.infer<typeof stepsQuery>;

export const reviewBody = z.strictObject({
  verdict: z.enum(['justified', 'unjustified']),
  note: z.string().max(2000).optional(),
});

export const lookupQuery = z.strictObject({ key: z.string().trim().min(1).max(64) });
