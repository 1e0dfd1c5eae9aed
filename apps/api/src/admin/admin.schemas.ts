import { z } from 'zod';
import type { Weekday } from '@motcua/domain';

const duration = z.union([
  z.strictObject({
    unit: z.enum(['workingDays', 'workingHours', 'calendarDays']),
    value: z.number().positive().max(1000),
  }),
  z.strictObject({
    unit: z.literal('sameDay'),
    cutoff: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
  }),
]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** One step of a procedure's internal process. */
const processStep = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().min(1).max(64),
  role: z.enum(['officer', 'leader']),
  share: z.strictObject({ unit: z.enum(['workingHours', 'workingDays']), value: z.number().positive().max(10_000) }),
});

/** Body of `PUT /admin/procedures/{procedureCode}`: the whole new version of a catalogue entry. */
export const procedureBody = z.strictObject({
  name: z.string().trim().min(1).max(500),
  sector: z.string().trim().min(1).max(200),
  agencyCodes: z.array(z.string().trim().min(1).max(32)).min(1).max(500),
  durations: z.strictObject({ desk: duration, online: duration }),
  returnsResultDocument: z.boolean(),
  supplementDeadline: duration.optional(),
  supplementRestartsClock: z.boolean().optional(),
  fee: z.number().int().min(0).max(1_000_000_000),
  onlineLevel: z.enum(['full', 'partial', 'none']),
  onlinePayment: z.boolean(),
  publishedAt: isoDate.optional(),
  effectiveFrom: isoDate.optional(),
  components: z
    .array(
      z.strictObject({
        code: z.string().trim().min(1).max(64),
        name: z.string().trim().min(1).max(500),
        copies: z.number().int().min(1).max(100),
      }),
    )
    .max(100)
    .optional(),
  process: z.strictObject({ steps: z.array(processStep).min(2).max(30) }).optional(),
});

const session = z.strictObject({
  start: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/),
  end: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/),
});
const weekday = z.union(
  [0, 1, 2, 3, 4, 5, 6].map((d) => z.literal(d as Weekday)) as [z.ZodLiteral<Weekday>, ...z.ZodLiteral<Weekday>[]],
);

/** Body of `PUT /admin/calendars/{agency}`: the unit's name and its whole working calendar. */
export const calendarBody = z.strictObject({
  agencyName: z.string().trim().min(1).max(300),
  calendar: z.strictObject({
    timeZone: z.string().min(1).max(64),
    sessions: z.array(session).min(1).max(6).optional(),
    weekendDays: z.array(weekday).max(7).optional(),
    sessionSets: z
      .array(
        z.strictObject({
          effectiveFrom: isoDate,
          sessions: z.array(session).min(1).max(6),
          weekendDays: z.array(weekday).max(7).optional(),
        }),
      )
      .max(50)
      .optional(),
    holidays: z.array(isoDate).max(2000).optional(),
    makeUpWorkingDays: z.array(isoDate).max(500).optional(),
    years: z
      .record(
        z.string().regex(/^\d{4}$/),
        z.strictObject({
          confirmed: z.boolean(),
          daysOff: z.array(isoDate).max(60),
          makeUpWorkingDays: z.array(isoDate).max(20),
        }),
      )
      .optional(),
    statutoryHolidays: z.literal('VN').optional(),
  }),
});
