/** Test fixtures for the dossier decider: a calendar, procedures and a Given/When/Then helper. */
import { WorkingCalendar } from '../calendar/working-calendar';
import type { DossierCommand } from './commands';
import { decide } from './decide';
import type { DossierEvent, DossierEventType } from './events';
import { foldEvents } from './evolve';
import { DossierRefusal, type RefusalCode } from './refusal';
import type { DossierState } from './state';
import type { Actor, ProcedureTerms } from './vocabulary';

export const calendar = new WorkingCalendar({
  timeZone: 'Asia/Ho_Chi_Minh',
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  holidays: ['2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
  makeUpWorkingDays: ['2025-04-26'],
});

/** Local Vietnam time `YYYY-MM-DDTHH:MM` as an ISO instant. */
export const vn = (local: string): string => new Date(`${local}:00+07:00`).toISOString();

export const officer: Actor = { id: 'officer-1', role: 'officer' };
export const applicant: Actor = { id: 'applicant-1', role: 'applicant' };
export const supervisor: Actor = { id: 'supervisor-1', role: 'supervisor' };
export const system: Actor = { id: 'motcua', role: 'system' };

export const tenDays: ProcedureTerms = {
  code: '2.000488',
  name: 'Cấp Phiếu lý lịch tư pháp',
  durations: { desk: { unit: 'workingDays', value: 10 }, online: { unit: 'workingDays', value: 10 } },
  returnsResultDocument: true,
  supplementDeadline: { unit: 'workingDays', value: 5 },
};

export const sameDay: ProcedureTerms = {
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính',
  durations: { desk: { unit: 'sameDay', cutoff: '15:00' }, online: { unit: 'sameDay', cutoff: '15:00' } },
  returnsResultDocument: false,
};

export const HASH = `sha256:${'ab'.repeat(32)}`;
export const doc = (fileName: string) => ({ fileName, contentHash: HASH });

/** A result document declared e-signed, with the signature check the API records for it. */
export const eSignedDoc = (fileName: string, code: string) => ({
  ...doc(fileName),
  code,
  eSigned: true,
  signature: {
    signer: 'CN=Sở Tư pháp tỉnh Khánh Hòa, C=VN',
    issuer: 'CN=Root CA, C=VN',
    serialNumber: '01AB',
    signingTime: '2025-03-20T02:00:00.000Z',
    result: 'verified' as const,
  },
});

export function submitCommand(
  at: string,
  overrides: Partial<Extract<DossierCommand, { type: 'SubmitDossier' }>> = {},
): DossierCommand {
  return {
    type: 'SubmitDossier',
    at,
    actor: applicant,
    dossierCode: 'STP-KH-250307-000001',
    agencyCode: 'STP-KH',
    channel: 'online',
    procedure: tenDays,
    applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '079203001234' },
    components: [{ code: 'TK', name: 'Tờ khai', copies: 1, digitised: true, reused: false }],
    fee: 200_000,
    paidOnline: true,
    ...overrides,
  };
}

/** A well-formed pause (reason, ground document, notice) at local time `at`, with overrides. */
export const pauseCommand = (
  at: string,
  overrides: Partial<Extract<DossierCommand, { type: 'PauseProcessing' }>> = {},
): DossierCommand => ({
  type: 'PauseProcessing',
  at: vn(at),
  actor: officer,
  reasonCode: 'VERIFICATION',
  reason: 'Chờ xác minh của Công an tỉnh',
  attachment: doc('cong-van-xac-minh.pdf'),
  notice: { channel: 'post', reference: '123/TB-STP' },
  ...overrides,
});

export const resume = (at: string): DossierCommand => ({ type: 'ResumeProcessing', at: vn(at), actor: officer });

/** Runs commands in order from no events, returning the events they produced. */
export function history(...commands: DossierCommand[]): DossierEvent[] {
  const events: DossierEvent[] = [];
  for (const command of commands) events.push(...decide(command, foldEvents(events), { calendar }));
  return events;
}

/** Given these events, when this command: the produced events, or the refusal. */
export function given(events: readonly DossierEvent[]) {
  const state: DossierState = foldEvents(events);
  return {
    state,
    when(command: DossierCommand) {
      const run = () => decide(command, state, { calendar });
      return {
        then: (expected: { type: DossierEventType; data?: Record<string, unknown> }[]) => {
          const produced = run();
          expect(produced).toHaveLength(expected.length);
          expected.forEach((e, i) => expect(produced[i]).toMatchObject(e));
          return foldEvents(produced, state);
        },
        events: run,
        thenRefused(code: RefusalCode): DossierRefusal {
          let refusal: unknown;
          try {
            run();
          } catch (error) {
            refusal = error;
          }
          expect(refusal).toBeInstanceOf(DossierRefusal);
          expect((refusal as DossierRefusal).code).toBe(code);
          return refusal as DossierRefusal;
        },
      };
    },
  };
}
