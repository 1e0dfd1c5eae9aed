import { COMMAND_EXAMPLES, commandBodies, type CommandRoute } from '../dossiers/command.schemas';
import { submissionSchema } from '../dossiers/dossier.schemas';
import type { Role } from '../auth/principal';
import { auditQuery, auditSampleQuery, lookupQuery, queueQuery, reviewBody } from './query.schemas';
import type { RouteSpec } from './route';
import { calendarBody, procedureBody } from '../admin/admin.schemas';
import { indicatorDossiersQuery, reportTableQuery, scorecardQuery } from '../index766/index766.schemas';
import { DEMO_CALENDARS, DEMO_PROCEDURES } from '../../../../libs/store/src/demo-catalogue';

const OFFICER: Role[] = ['officer'];
const READERS: Role[] = ['officer', 'supervisor'];
/** The 766 figures: metrics consumers, and supervisors for their agencies. */
const INDEX_READERS: Role[] = ['metrics', 'supervisor'];
const CSV_NOTE = ' (JSON, or CSV with Vietnamese headers for `Accept: text/csv`)';

/** Who may send each command: officers act; the applicant's channel supplements, withdraws and rates. */
const COMMAND_ROLES: Record<CommandRoute, Role[]> = {
  accept: OFFICER,
  'request-completion': OFFICER,
  refuse: OFFICER,
  'request-supplement': OFFICER,
  'receive-supplement': ['officer', 'applicant'],
  pause: OFFICER,
  resume: OFFICER,
  apology: OFFICER,
  result: OFFICER,
  return: OFFICER,
  withdrawal: ['officer', 'applicant'],
  stop: OFFICER,
  cancel: OFFICER,
  rating: ['applicant'],
};

const COMMAND_SUMMARIES: Record<CommandRoute, string> = {
  accept: 'Accept the dossier (tiếp nhận, Mẫu 01): starts the processing clock',
  'request-completion': 'Ask for completion before acceptance (Mẫu 02); counts toward the supplementation limit',
  refuse: 'Refuse at receipt with a reason (Mẫu 03)',
  'request-supplement': 'Request the one supplementation allowed (Mẫu 02): stops the clock',
  'receive-supplement': 'Record the applicant’s supplement or completed dossier',
  pause: 'Pause the processing clock: reason, attached document and written notice required',
  resume: 'Resume the clock: the due date moves by the paused working time',
  apology: 'Issue the apology slip with a new appointment (Mẫu 04), once',
  result: 'Issue the result: approved with documents, or refused with a reason',
  return: 'Return the result (desk, post or online)',
  withdrawal: 'The applicant asks to withdraw the dossier',
  stop: 'Stop processing (after a withdrawal, or by the agency) with a reason',
  cancel: 'Cancel a dossier not yet accepted (audited)',
  rating: 'The applicant rates the handling (satisfied or not)',
};

function commandRoute(name: CommandRoute): RouteSpec {
  return {
    method: 'POST',
    path: `/dossiers/{code}/${name}`,
    summary: COMMAND_SUMMARIES[name],
    tag: 'dossier commands',
    roles: COMMAND_ROLES[name],
    scope: 'dossier',
    status: 200,
    body: commandBodies[name],
    example: COMMAND_EXAMPLES[name],
  };
}

export const COMMAND_ROUTES = Object.fromEntries(
  (Object.keys(commandBodies) as CommandRoute[]).map((name) => [name, commandRoute(name)]),
) as Record<CommandRoute, RouteSpec>;

/** Every route of the API. */
export const ROUTES = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Readiness: PostgreSQL and Temporal',
    tag: 'operations',
    roles: 'public',
    scope: 'none',
    status: 200,
  },
  live: {
    method: 'GET',
    path: '/health/live',
    summary: 'Liveness',
    tag: 'operations',
    roles: 'public',
    scope: 'none',
    status: 200,
  },
  metrics: {
    method: 'GET',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tag: 'operations',
    roles: ['metrics', 'admin'],
    scope: 'none',
    status: 200,
    response: 'text',
  },
  submit: {
    method: 'POST',
    path: '/dossiers',
    summary: 'Submit a dossier (online by the applicant’s channel; desk and postal by an officer)',
    tag: 'dossiers',
    roles: ['officer', 'applicant'],
    scope: 'agency',
    status: 201,
    body: submissionSchema,
    example: {
      procedureCode: '2.000488',
      agencyCode: 'STP-KH',
      channel: 'online',
      applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '079203001234', phone: '0905123456' },
      components: [
        { code: 'TK', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: 1, digitised: true, reused: false },
      ],
      fee: 200000,
      paidOnline: true,
    },
  },
  queue: {
    method: 'GET',
    path: '/dossiers',
    summary: 'The work queue, nearest deadline first',
    tag: 'dossiers',
    roles: READERS,
    scope: 'agency',
    status: 200,
    query: queueQuery,
    cached: true,
  },
  dossier: {
    method: 'GET',
    path: '/dossiers/{code}',
    summary: 'One dossier',
    tag: 'dossiers',
    roles: READERS,
    scope: 'dossier',
    status: 200,
  },
  events: {
    method: 'GET',
    path: '/dossiers/{code}/events',
    summary: 'The dossier’s timeline of events',
    tag: 'dossiers',
    roles: READERS,
    scope: 'dossier',
    status: 200,
  },
  ...COMMAND_ROUTES,
  auditActions: {
    method: 'GET',
    path: '/audit/actions',
    summary: 'Pauses, supplementation requests and cancellations to audit',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'agency',
    status: 200,
    query: auditQuery,
  },
  auditSample: {
    method: 'GET',
    path: '/audit/sample',
    summary: 'A random spot-check sample, reproducible with its seed',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'agency',
    status: 200,
    query: auditSampleQuery,
  },
  auditReview: {
    method: 'POST',
    path: '/audit/actions/{id}/review',
    summary:
      'Judge an audited action justified or unjustified (an unjustified pause stops extending the due date in statistics)',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'dossier',
    status: 200,
    body: reviewBody,
    example: { verdict: 'unjustified', note: 'Không có văn bản làm căn cứ dừng tính thời gian' },
  },
  adminProcedures: {
    method: 'GET',
    path: '/admin/procedures',
    summary: 'The procedure catalogue',
    tag: 'administration',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    response: 'array',
  },
  adminProcedure: {
    method: 'PUT',
    path: '/admin/procedures/{procedureCode}',
    summary: 'Publish or revise a procedure (an event; If-Match guards concurrent edits)',
    tag: 'administration',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    body: procedureBody,
    example: DEMO_PROCEDURES[0],
  },
  adminCalendars: {
    method: 'GET',
    path: '/admin/calendars',
    summary: 'Unit working calendars',
    tag: 'administration',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    response: 'array',
  },
  adminCalendar: {
    method: 'PUT',
    path: '/admin/calendars/{agency}',
    summary: 'Revise a unit calendar (an event); open dossiers recompute their pending deadlines',
    tag: 'administration',
    roles: ['admin'],
    scope: 'agency',
    status: 200,
    body: calendarBody,
    example: {
      agencyName: DEMO_CALENDARS[0].agencyName,
      calendar: {
        timeZone: 'Asia/Ho_Chi_Minh',
        sessions: [
          { start: '07:30', end: '11:30' },
          { start: '13:00', end: '17:00' },
        ],
        holidays: ['2027-02-05'],
      },
    },
  },
  index766Scorecard: {
    method: 'GET',
    path: '/index-766/scorecard',
    summary: `The 766 scorecard: every indicator with numerator and denominator, groups, total, band; asOf = as it stood then${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    query: scorecardQuery,
  },
  index766Timeliness: {
    method: 'GET',
    path: '/index-766/timeliness',
    summary: `Carried over, received, early / on time / late, in time / overdue and rates, by agency, procedure, channel or month${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    query: reportTableQuery,
  },
  index766Indicator: {
    method: 'GET',
    path: '/index-766/indicators/{indicator}',
    summary: `One indicator by agency, procedure, channel or month${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    query: reportTableQuery,
  },
  index766Dossiers: {
    method: 'GET',
    path: '/index-766/indicators/{indicator}/dossiers',
    summary: `The dossiers behind an indicator's numerator, denominator (or 5.4's late and not-satisfied parts), by code${CSV_NOTE}`,
    tag: '766 index',
    roles: INDEX_READERS,
    scope: 'agency',
    status: 200,
    query: indicatorDossiersQuery,
  },
  publicLookup: {
    method: 'GET',
    path: '/public/dossiers/{code}',
    summary: 'Status, deadlines and history without personal data, by the key printed on the receipt',
    tag: 'public',
    roles: 'public',
    scope: 'none',
    status: 200,
    query: lookupQuery,
  },
} as const satisfies Record<string, RouteSpec>;
