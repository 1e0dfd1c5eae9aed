import { controlSlipBody, dossierEventsBody, dossierViewBody, queuePageBody } from '../openapi/response-bodies';
import type { Role } from '../auth/principal';
import { dossierQuery, queueQuery } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';
import { COMMAND_EXAMPLES, commandBodies, type CommandRoute } from './command.schemas';
import { submissionSchema } from './dossier.schemas';

const OFFICER: Role[] = ['officer'];
/** Who works a dossier's steps: officers, and leaders at signing steps. */
const PROCESS: Role[] = ['officer', 'leader'];
const READERS: Role[] = ['officer', 'leader', 'supervisor'];

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
  handover: PROCESS,
  receive: PROCESS,
  reassign: PROCESS,
  'send-back': PROCESS,
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
  handover: 'Hand the dossier over to the next step’s unit (chuyển), optionally to a named officer; the holder only',
  receive: 'Take the dossier at its current step (nhận): an officer of the step’s unit (a leader at a signing step)',
  reassign: 'Give the current step to another officer of the unit, with a reason (audited)',
  'send-back': 'Send the dossier back to an earlier step with a reason (audited); the holder only',
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

/** Submission, the work queue, one dossier and its timeline, and every command. */
export const DOSSIER_ROUTES = {
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
    responseBody: queuePageBody,
    query: queueQuery,
    cached: true,
  },
  dossier: {
    method: 'GET',
    path: '/dossiers/{code}',
    summary: 'One dossier, with the commands the caller may send now; `atLeast`: a version the caller has seen',
    tag: 'dossiers',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    query: dossierQuery,
    responseBody: dossierViewBody,
  },
  process: {
    method: 'GET',
    path: '/dossiers/{code}/process',
    summary: 'The control slip’s rows: every hand-over between units with its instants, people and step result',
    tag: 'dossiers',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    responseBody: controlSlipBody,
  },
  events: {
    method: 'GET',
    path: '/dossiers/{code}/events',
    summary: 'The dossier’s timeline of events',
    tag: 'dossiers',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    responseBody: dossierEventsBody,
  },
  ...COMMAND_ROUTES,
  ...COMMAND_ROUTES,
} as const satisfies Record<string, RouteSpec>;
