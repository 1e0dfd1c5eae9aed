import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { DossierState, ProcedureTerms, WorkingCalendarConfig } from '@motcua/domain';
import {
  DOSSIER_WORKFLOW_TYPE,
  commandUpdates,
  dossierWorkflowId,
  type CommandPayload,
  type DossierWorkflowInput,
  type PersonCommandType,
} from '@motcua/workflows/messages';

/** Sessions 07:30–11:30 / 13:00–17:00, Monday–Friday, no holidays: any week of the test clock works. */
export const PLAIN_CALENDAR: WorkingCalendarConfig = {
  timeZone: 'Asia/Ho_Chi_Minh',
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
};

export const TEN_DAYS: ProcedureTerms = {
  code: '2.000488',
  name: 'Cấp Phiếu lý lịch tư pháp',
  durations: { desk: { unit: 'workingDays', value: 10 }, online: { unit: 'workingDays', value: 10 } },
  returnsResultDocument: true,
};

export const HASH = `sha256:${'cd'.repeat(32)}`;
export const OFFICER = { id: 'officer-1', role: 'officer' } as const;

let counter = 0;
/** A dossier code no other test uses. */
export function uniqueCode(prefix = 'T'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36).toUpperCase()}-${counter}`;
}

/** Starts a dossier's workflow and submits it (Update-with-Start), as the API does. */
export async function submitDossier(
  client: Client,
  taskQueue: string,
  options: {
    code?: string;
    channel?: 'online' | 'desk';
    procedure?: ProcedureTerms;
    calendar?: WorkingCalendarConfig;
    afterCareMs?: number;
  } = {},
): Promise<DossierState> {
  const code = options.code ?? uniqueCode();
  const input: DossierWorkflowInput = {
    dossierCode: code,
    calendar: options.calendar ?? PLAIN_CALENDAR,
    afterCareMs: options.afterCareMs,
  };
  const payload: CommandPayload<'SubmitDossier'> = {
    type: 'SubmitDossier',
    actor: { id: 'applicant-1', role: 'applicant' },
    dossierCode: code,
    agencyCode: 'STP-KH',
    channel: options.channel ?? 'online',
    procedure: options.procedure ?? TEN_DAYS,
    applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '079203001234' },
    components: [{ code: 'TK', name: 'Tờ khai', copies: 1, digitised: true, reused: false }],
    fee: 0,
  };
  return client.workflow.executeUpdateWithStart(commandUpdates.SubmitDossier, {
    args: [payload],
    startWorkflowOperation: new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
      workflowId: dossierWorkflowId(code),
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'FAIL',
    }),
  });
}

/** Sends one command Update to a dossier. */
export function send<T extends PersonCommandType>(
  client: Client,
  code: string,
  payload: CommandPayload<T>,
): Promise<DossierState> {
  return client.workflow
    .getHandle(dossierWorkflowId(code))
    .executeUpdate(commandUpdates[payload.type as PersonCommandType], {
      args: [payload as CommandPayload],
    });
}

/**
 * Event types without the papers motcua issues: a paper is recorded by the workflow shortly after the
 * command that owed it, so among other commands its place in the stream is not fixed.
 */
export function withoutPapers(types: readonly string[]): string[] {
  return types.filter((type) => type !== 'SlipIssued');
}

/** Polls `probe` until it returns true (every 50 ms, at most `ms`); fails with `what` otherwise. */
export async function eventually(what: string, probe: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
