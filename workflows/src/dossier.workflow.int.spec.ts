import { WorkflowUpdateFailedError } from '@temporalio/client';
import { WorkingCalendar } from '@motcua/domain';
import { EventStore, Projector } from '@motcua/store';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import {
  HASH,
  OFFICER,
  PLAIN_CALENDAR,
  send,
  submitDossier,
  uniqueCode,
  eventually,
  withoutPapers,
} from '../../test/support/dossiers';
import { itOnTimeSkippingWorker, nextVietnamWeekdayAt, plusDays, sleepUntil } from '../../test/support/time-skipping';
import { dossierStreamId } from './messages';

const calendar = new WorkingCalendar(PLAIN_CALENDAR);
const FRIDAY = 5;
const MONDAY = 1;

describe('dossier workflow on the time-skipping test server', () => {
  let db: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new EventStore(db.dataSource);
  });
  afterAll(async () => {
    await db?.drop();
  });
  const itOnServer = itOnTimeSkippingWorker(() => db.dataSource);

  const eventsOf = async (code: string) =>
    (await store.readStream(dossierStreamId(code))).map((e) => ({ type: e.type, at: e.occurredAt, data: e.data }));

  itOnServer(
    'records AcceptanceWindowBreached at Monday 15:00 for a Friday 15:00 submission with no action',
    async ({ env, taskQueue }) => {
      const friday = nextVietnamWeekdayAt(await env.currentTimeMs(), FRIDAY, '15:00');
      await sleepUntil(env, friday);
      const code = uniqueCode('BR');
      const submitted = await submitDossier(env.client, taskQueue, { code });
      const monday15 = nextVietnamWeekdayAt(friday.getTime(), MONDAY, '15:00');
      expect(Math.abs(Date.parse(submitted.acceptanceDeadline!) - monday15.getTime())).toBeLessThan(5_000);
      expect(
        calendar.workingMinutesBetween(new Date(submitted.submittedAt!), new Date(submitted.acceptanceDeadline!)),
      ).toBe(480);

      await sleepUntil(env, plusDays(monday15, -0.01));
      expect((await eventsOf(code)).map((e) => e.type)).toEqual(['DossierSubmitted']);
      await sleepUntil(env, plusDays(monday15, 0.01));
      const events = await eventsOf(code);
      expect(events.map((e) => e.type)).toEqual(['DossierSubmitted', 'AcceptanceWindowBreached']);
      expect(events[1].at).toBe(submitted.acceptanceDeadline);

      await new Projector(db.dataSource).drain();
      const [row] = await db.dataSource.query(
        'SELECT acceptance_window_breached, acceptance_deadline FROM dossiers WHERE dossier_code = $1',
        [code],
      );
      expect(row.acceptance_window_breached).toBe(true);
      expect(row.acceptance_deadline.toISOString()).toBe(submitted.acceptanceDeadline);
    },
  );

  itOnServer(
    'refuses a second supplementation request and a pause without attachment, leaving no trace',
    async ({ env, taskQueue }) => {
      const code = uniqueCode('SU');
      await submitDossier(env.client, taskQueue, { code, channel: 'desk' });
      await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
      await send(env.client, code, {
        type: 'RequestSupplement',
        actor: OFFICER,
        reason: 'Thiếu giấy khai sinh',
        missingComponents: ['GKS'],
      });
      await send(env.client, code, {
        type: 'ReceiveSupplement',
        actor: { id: 'applicant-1', role: 'applicant' },
        components: [{ code: 'GKS', name: 'Giấy khai sinh', copies: 1, digitised: true, reused: false }],
      });
      const second = send(env.client, code, {
        type: 'RequestSupplement',
        actor: OFFICER,
        reason: 'Lại thiếu',
        missingComponents: ['X'],
      });
      await expect(second).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await expect(second).rejects.toMatchObject({ cause: { type: 'SUPPLEMENT_LIMIT_REACHED' } });
      const pause = send(env.client, code, {
        type: 'PauseProcessing',
        actor: OFFICER,
        reasonCode: 'VERIFICATION',
        reason: 'Chờ xác minh',
        notice: { channel: 'post', reference: 'TB-1' },
      });
      await expect(pause).rejects.toMatchObject({ cause: { type: 'PAUSE_ATTACHMENT_REQUIRED' } });
      expect(withoutPapers((await eventsOf(code)).map((e) => e.type))).toEqual([
        'DossierSubmitted',
        'DossierAccepted',
        'SupplementRequested',
        'SupplementReceived',
      ]);
      const history = await env.client.workflow.getHandle(`dossier-${code}`).fetchHistory();
      const updateNames = (history.events ?? [])
        .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name)
        .filter(Boolean);
      expect(updateNames).not.toContain('PauseProcessing');
    },
  );

  itOnServer(
    'pauses 2 working days: the due date moves exactly 2 working days and the overdue timer fires then, not before',
    async ({ env, taskQueue }) => {
      const monday = nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00');
      await sleepUntil(env, monday);
      const code = uniqueCode('PA');
      await submitDossier(env.client, taskQueue, { code, channel: 'desk' });
      const accepted = await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
      const originalDue = new Date(accepted.dueAt!);
      expect(calendar.workingMinutesBetween(new Date(accepted.acceptedAt!), originalDue)).toBe(10 * 480);

      await sleepUntil(env, plusDays(monday, 1));
      await send(env.client, code, {
        type: 'PauseProcessing',
        actor: OFFICER,
        reasonCode: 'VERIFICATION',
        reason: 'Chờ xác minh của Công an tỉnh',
        attachment: { fileName: 'cv-xac-minh.pdf', contentHash: HASH },
        notice: { channel: 'post', reference: '12/TB-STP' },
      });
      await sleepUntil(env, plusDays(monday, 3));
      const resumed = await send(env.client, code, { type: 'ResumeProcessing', actor: OFFICER });
      const movedDue = new Date(resumed.dueAt!);
      expect(calendar.workingMinutesBetween(originalDue, movedDue)).toBeCloseTo(2 * 480, 0);
      expect(resumed.originalDueAt).toBe(accepted.dueAt);

      await sleepUntil(env, new Date(originalDue.getTime() + 3_600_000));
      expect((await eventsOf(code)).map((e) => e.type)).not.toContain('DossierOverdue');
      await sleepUntil(env, new Date(movedDue.getTime() + 60_000));
      const overdue = (await eventsOf(code)).find((e) => e.type === 'DossierOverdue');
      expect(overdue?.at).toBe(resumed.dueAt);
    },
  );

  itOnServer(
    'a pause in the middle of a step moves that step’s deadline by the paused working time; its overdue fact comes then',
    async ({ env, taskQueue }) => {
      const monday = nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00');
      await sleepUntil(env, monday);
      const code = uniqueCode('ST');
      await submitDossier(env.client, taskQueue, { code, channel: 'desk' });
      await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
      // The default process: the desk hands it to the processing unit, whose officer takes it.
      await sleepUntil(env, new Date(monday.getTime() + 3_600_000));
      await send(env.client, code, { type: 'HandOverDossier', actor: OFFICER, toUnit: 'processing' });
      const processor = { id: 'processor-1', role: 'officer', units: ['processing'] } as const;
      const taken = await send(env.client, code, { type: 'ReceiveDossier', actor: processor });
      const step = taken.stepVisits[1];
      expect(calendar.workingMinutesBetween(new Date(step.startedAt), new Date(step.deadline))).toBe(8 * 480);

      await sleepUntil(env, plusDays(monday, 1));
      await send(env.client, code, {
        type: 'PauseProcessing',
        actor: processor,
        reasonCode: 'CONSULTATION',
        reason: 'Lấy ý kiến Sở Nội vụ',
        attachment: { fileName: 'cv-xin-y-kien.pdf', contentHash: HASH },
        notice: { channel: 'email', reference: '15/TB-STP' },
      });
      await sleepUntil(env, plusDays(monday, 3));
      const resumed = await send(env.client, code, { type: 'ResumeProcessing', actor: processor });
      const moved = resumed.stepVisits[1].deadline;
      expect(calendar.workingMinutesBetween(new Date(step.deadline), new Date(moved))).toBeCloseTo(2 * 480, 0);

      await sleepUntil(env, new Date(Date.parse(step.deadline) + 3_600_000));
      expect((await eventsOf(code)).map((e) => e.type)).not.toContain('StepOverdue');
      await sleepUntil(env, new Date(Date.parse(moved) + 60_000));
      const overdue = (await eventsOf(code)).find((e) => e.type === 'StepOverdue');
      expect(overdue).toMatchObject({ at: moved, data: { stepId: 'giai-quyet', unit: 'processing' } });
    },
  );

  itOnServer(
    'overdue → apology → result: events in order, timeliness late, original due date kept',
    async ({ env, taskQueue }) => {
      const monday = nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00');
      await sleepUntil(env, monday);
      const code = uniqueCode('AP');
      await submitDossier(env.client, taskQueue, { code, channel: 'desk' });
      const accepted = await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
      const due = new Date(accepted.dueAt!);
      await sleepUntil(env, new Date(due.getTime() + 60_000));
      await send(env.client, code, {
        type: 'IssueApology',
        actor: OFFICER,
        reason: 'Chờ kết quả xác minh',
        rescheduledAt: plusDays(due, 3).toISOString(),
      });
      const result = await send(env.client, code, {
        type: 'IssueResult',
        actor: OFFICER,
        decision: 'approved',
        documents: [{ fileName: 'lltp.pdf', contentHash: HASH, code: 'LLTP-9', eSigned: true }],
      });
      expect(result).toMatchObject({
        status: 9,
        timeliness: 'late',
        originalDueAt: accepted.dueAt,
        statisticalDueAt: accepted.dueAt,
        apologyLate: true,
      });
      await eventually('the apology is issued', async () =>
        (await eventsOf(code)).some((e) => e.type === 'SlipIssued' && (e.data as { slip: string }).slip === 'apology'),
      );
      const events = await eventsOf(code);
      expect(withoutPapers(events.map((e) => e.type))).toEqual([
        'DossierSubmitted',
        'DossierAccepted',
        // Nobody handed it on: the desk's first step (a tenth of the time) was overdue first, at its instant.
        'StepOverdue',
        'ApologyReminderRaised',
        'DossierOverdue',
        'ApologyIssued',
        'ResultIssued',
      ]);
      // The receipt and the apology, issued by motcua (the apology command carried no slip).
      const apologyVersion = events.findIndex((e) => e.type === 'ApologyIssued') + 1;
      expect(events.filter((e) => e.type === 'SlipIssued').map((e) => e.data)).toEqual([
        expect.objectContaining({ slip: 'receipt', ofVersion: 2, form: 'Mẫu số 01' }),
        expect.objectContaining({
          slip: 'apology',
          ofVersion: apologyVersion,
          number: expect.stringMatching(/^\d+\/PXL$/),
        }),
      ]);
      const firstStepDeadline = accepted.stepVisits[0].deadline;
      expect(events.find((e) => e.type === 'StepOverdue')).toMatchObject({
        at: firstStepDeadline,
        data: { stepId: 'tiep-nhan', unit: 'desk' },
      });
      expect(result).toMatchObject({ apologyUnit: 'desk' });
    },
  );
});
