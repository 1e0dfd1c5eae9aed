import { FEEDBACK_PERSON_COMMANDS, PORTAL_SERVICES } from '@motcua/domain';
import { z } from 'zod';
import { COMMAND_TYPES, type CommandRoute } from '../dossiers/command.schemas';

/**
 * Shapes of the JSON answers clients rely on (the web app's generated client reads them from the
 * OpenAPI document). Loose objects: the fields named here are always there; others may come.
 */
const instant = z.string().describe('ISO-8601 instant');
const nullableInstant = instant.nullable();
const nextCursor = z.string().nullable().describe('pass as `cursor` for the next page; null on the last');

export const queueItemBody = z.looseObject({
  dossierCode: z.string(),
  agencyCode: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  channel: z.enum(['desk', 'online', 'postal']),
  status: z.number().int(),
  applicantName: z.string().nullable(),
  submittedAt: instant,
  acceptanceDeadline: nullableInstant,
  dueAt: nullableInstant,
  nextDeadline: nullableInstant,
  overdue: z.boolean(),
  acceptanceWindowBreached: z.boolean(),
  paused: z.boolean(),
  currentStep: z.string().nullable(),
  currentUnit: z.string().nullable(),
  holder: z.string().nullable(),
  assignee: z.string().nullable(),
  stepDeadline: nullableInstant,
  version: z.number().int(),
  remainingWorkingMinutes: z.number().nullable().describe('working minutes to the next deadline; negative when past'),
});
export const queuePageBody = z.object({ items: z.array(queueItemBody), nextCursor });

const auditedAction = z.looseObject({
  id: z.string(),
  kind: z.string(),
  at: instant,
  reason: z.string().optional(),
  verdict: z.enum(['justified', 'unjustified']).optional(),
});
const stepVisit = z.looseObject({
  seq: z.number().int(),
  stepId: z.string(),
  unit: z.string(),
  startedAt: instant,
  assignee: z.string().optional(),
  receivedBy: z.string().optional(),
  receivedAt: instant.optional(),
  deadline: instant,
  overdue: z.boolean(),
  finishedAt: instant.optional(),
});

/** `GET /dossiers/{code}`: the state, and the command routes the caller may call now. */
export const dossierViewBody = z.looseObject({
  dossierCode: z.string(),
  agencyCode: z.string(),
  channel: z.enum(['desk', 'online', 'postal']),
  status: z.number().int(),
  stage: z.string(),
  version: z.number().int(),
  procedure: z.looseObject({ code: z.string(), name: z.string() }),
  applicant: z.looseObject({ kind: z.string(), name: z.string(), idNumber: z.string().optional() }),
  components: z.array(z.looseObject({ code: z.string(), name: z.string() })),
  submittedAt: instant,
  acceptedAt: instant.optional(),
  acceptanceDeadline: instant.optional(),
  dueAt: instant.optional(),
  rescheduledAt: instant.optional(),
  clockStoppedBy: z.string().optional().describe('the audited action that stopped the clock, while stopped'),
  finishedAt: instant.optional(),
  returnedAt: instant.optional(),
  overdue: z.boolean(),
  supplementCount: z.number().int(),
  apologyCount: z.number().int(),
  eResult: z.boolean(),
  auditedActions: z.array(auditedAction),
  stepVisits: z.array(stepVisit),
  process: z
    .looseObject({ steps: z.array(z.looseObject({ id: z.string(), name: z.string(), unit: z.string() })) })
    .optional(),
  allowedCommands: z.array(z.enum(Object.keys(COMMAND_TYPES) as [CommandRoute, ...CommandRoute[]])),
});

export const dossierEventsBody = z.object({
  items: z.array(
    z.looseObject({
      type: z.string(),
      streamVersion: z.number().int(),
      data: z.record(z.string(), z.unknown()),
      metadata: z.looseObject({ actorId: z.string().optional(), actorRole: z.string().optional() }),
      occurredAt: instant,
      recordedAt: instant,
    }),
  ),
});

export const documentListBody = z.object({
  items: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      contentHash: z.string(),
      uploadedBy: z.string(),
      uploadedAt: instant,
    }),
  ),
});

const slip = z.looseObject({
  slip: z.string(),
  title: z.string(),
  number: z.string(),
  issuedAt: instant,
  documentId: z.string(),
});
export const slipListBody = z.looseObject({
  issued: z.array(slip),
  pending: z.array(z.looseObject({ slip: z.string() })),
  controlSlip: z.unknown(),
});

const auditedActionRow = z.looseObject({
  id: z.string(),
  dossierCode: z.string(),
  actionId: z.string(),
  agencyCode: z.string(),
  kind: z.string(),
  at: instant,
  actorId: z.string().nullable(),
  reason: z.string(),
  stoppedWorkingMinutes: z.number().nullable(),
  verdict: z.string().nullable(),
  reviewedAt: nullableInstant,
  reviewerId: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export const auditPageBody = z.object({ items: z.array(auditedActionRow), nextCursor });
export const auditSampleBody = z.object({ seed: z.string(), items: z.array(auditedActionRow) });
export const stepLatenessBody = z.object({
  groupBy: z.string(),
  items: z.array(
    z.object({
      group: z.string(),
      finished: z.number().int(),
      early: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
      inProgress: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});

const indicator = z.looseObject({
  id: z.string(),
  name: z.string(),
  group: z.string(),
  maxPoints: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  ratio: z.number().nullable(),
  points: z.number().nullable(),
  noData: z.string().optional().describe('why there is no figure, when there is none'),
  note: z.string().optional().describe('the same, in Vietnamese'),
});
const reportPeriod = {
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: instant,
};
const timelinessFigures = {
  carriedOver: z.number().int(),
  received: z.number().int(),
  processed: z.number().int(),
  early: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  inTime: z.number().int(),
  overdue: z.number().int(),
  onTimeRate: z.number(),
  lateRate: z.number(),
};
export const timelinessReportBody = z.looseObject({
  ...reportPeriod,
  rows: z.array(z.looseObject({ group: z.string(), ...timelinessFigures })),
});
export const rankingReportBody = z.looseObject({
  ...reportPeriod,
  rows: z.array(
    z.looseObject({
      rank: z.number().int(),
      agency: z.string(),
      total: z.number(),
      band: z.string(),
      onTimeRate: z.number(),
    }),
  ),
});
export const indicatorReportBody = z.looseObject({
  ...reportPeriod,
  rows: z.array(z.looseObject({ group: z.string(), indicator })),
});
export const indicatorDossiersBody = z.looseObject({
  ...reportPeriod,
  items: z.array(
    z.looseObject({
      dossierCode: z.string(),
      agencyCode: z.string(),
      procedureCode: z.string(),
      channel: z.string(),
      factAt: instant,
      amount: z.number(),
      status: z.number().int().nullable(),
      statisticalDueAt: nullableInstant,
      finishedAt: nullableInstant,
      timeliness: z.string().nullable(),
    }),
  ),
  nextCursor,
});
export const scorecardReportBody = z.looseObject({
  ...reportPeriod,
  figures: z.record(z.string(), z.number()),
  scorecard: z.looseObject({
    configVersion: z.string(),
    indicators: z.array(indicator),
    groups: z.record(z.string(), z.object({ name: z.string(), max: z.number(), points: z.number() })),
    total: z.number(),
    band: z.string(),
  }),
});

export const publicLookupBody = z.looseObject({
  dossierCode: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  status: z.number().int(),
  statusName: z.string(),
  submittedAt: instant,
  dueAt: instant.optional(),
  rescheduledAt: instant.optional(),
  history: z.array(z.looseObject({ type: z.string(), at: instant })),
  papers: z.array(z.looseObject({ slip: z.string(), title: z.string(), number: z.string() })),
  eResults: z.array(z.looseObject({ documentId: z.string(), fileName: z.string() })),
});

export const proceduresBody = z.array(
  z.object({
    version: z.number().int(),
    value: z.looseObject({
      code: z.string(),
      name: z.string(),
      sector: z.string().optional(),
      fee: z.number(),
      agencyCodes: z.array(z.string()),
      components: z.array(z.object({ code: z.string(), name: z.string(), copies: z.number().int() })).optional(),
    }),
  }),
);

/** `GET /dossiers/{code}/process`: the control slip's rows (phiếu kiểm soát quá trình giải quyết). */
export const controlSlipBody = z.looseObject({
  dossierCode: z.string(),
  acceptedAt: nullableInstant,
  dueAt: nullableInstant,
  rows: z.array(
    z.looseObject({
      seq: z.number().int(),
      stepId: z.string(),
      stepName: z.string(),
      unit: z.string(),
      fromUnit: z.string().nullable(),
      handedOverBy: z.string().nullable(),
      handedOverAt: instant,
      assignee: z.string().nullable(),
      receivedBy: z.string().nullable(),
      receivedAt: nullableInstant,
      deadline: instant,
      finishedAt: nullableInstant,
      result: z.enum(['early', 'onTime', 'late']).nullable(),
      overdue: z.boolean(),
      sentBack: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
});

/** A message to the national portal, with where its delivery stands. */
export const outboxEntryBody = z.looseObject({
  messageId: z.string(),
  dossierCode: z.string(),
  agencyCode: z.string(),
  seq: z.number().int(),
  service: z.enum(PORTAL_SERVICES),
  isUpdating: z.boolean().nullable(),
  payload: z.looseObject({}),
  mappingVersion: z.string(),
  state: z.enum(['pending', 'acknowledged', 'dead']),
  attempts: z.number().int(),
  nextAttemptAt: instant,
  lastError: z.string().nullable(),
  acknowledgedAt: nullableInstant,
  createdAt: instant,
});
export const outboxPageBody = z.object({ items: z.array(outboxEntryBody), nextCursor });

const feedbackStage = z.enum(['handling', 'answered', 'published']);
const feedbackCommand = z.enum(FEEDBACK_PERSON_COMMANDS);
const feedbackAnswer = z.looseObject({
  round: z.number().int(),
  answer: z.string(),
  at: instant,
  onTime: z.boolean(),
  publishedAt: instant.optional(),
});

/** One feedback as officers see it (`GET /feedback/{feedbackCode}`, the commands' answers). */
export const feedbackBody = z.looseObject({
  feedbackCode: z.string(),
  agencyCode: z.string(),
  channel: z.enum(['desk', 'online', 'public']),
  stage: feedbackStage,
  sender: z.looseObject({ name: z.string(), phone: z.string().optional(), email: z.string().optional() }),
  subject: z.string(),
  content: z.string(),
  dossierCode: z.string().optional(),
  receivedAt: instant,
  category: z.enum(['procedure', 'staff']).optional(),
  assigneeId: z.string().optional(),
  round: z.number().int(),
  answerDueAt: instant,
  overdueAt: instant.optional(),
  extensions: z.array(z.looseObject({ at: instant, reason: z.string(), answerDueAt: instant })),
  answers: z.array(feedbackAnswer),
  raisedAgain: z.array(z.looseObject({ at: instant, reason: z.string() })),
  version: z.number().int(),
  allowedCommands: z.array(feedbackCommand).optional(),
  lookupKey: z.string().optional().describe('on receipt only: the key the sender looks it up with'),
});

export const feedbackPageBody = z.object({
  items: z.array(
    z.looseObject({
      feedbackCode: z.string(),
      agencyCode: z.string(),
      channel: z.string(),
      stage: feedbackStage,
      category: z.string().nullable(),
      subject: z.string(),
      senderName: z.string(),
      dossierCode: z.string().nullable(),
      assigneeId: z.string().nullable(),
      round: z.number().int(),
      receivedAt: instant,
      answerDueAt: instant,
      overdue: z.boolean(),
      answeredAt: nullableInstant,
      publishedAt: nullableInstant,
      rating: z.string().nullable(),
    }),
  ),
  next: z.string().optional().describe('pass as `cursor` for the next page; absent on the last'),
});

/** What the sender (and anyone with the key) sees of a feedback. */
export const publicFeedbackBody = z.looseObject({
  feedbackCode: z.string(),
  subject: z.string(),
  stage: feedbackStage,
  receivedAt: instant,
  answerDueAt: instant,
  answers: z.array(z.looseObject({ round: z.number().int(), answer: z.string(), publishedAt: instant })),
  rating: z.enum(['satisfied', 'unsatisfied']).optional(),
  allowedCommands: z.array(feedbackCommand),
});
