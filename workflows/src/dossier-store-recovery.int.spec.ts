import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { WorkingCalendar, decide, initialState, type DossierCommand, type DossierEvent } from '@motcua/domain';
import { EventStore } from '@motcua/store';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { OFFICER, PLAIN_CALENDAR, TEN_DAYS, eventually, submitDossier, uniqueCode } from '../../test/support/dossiers';
import {
  connectToDevServer,
  devServerAddress,
  startWorker,
  uniqueTaskQueue,
  type RunningWorker,
} from '../../test/support/temporal';
import {
  DOSSIER_WORKFLOW_TYPE,
  commandUpdates,
  dossierStreamId,
  dossierWorkflowId,
  stateQuery,
  type CommandPayload,
} from './messages';

/**
 * The store is the source of truth. A workflow task can append events and then be lost (Temporal
 * down before it recorded the task): the workflow must then adopt what the store holds, never
 * append it twice, and answer a retry of the same command (same Update id) with its outcome.
 */
describe('a dossier workflow whose store is ahead of it', () => {
  let db: TestDatabase;
  let connection: Connection;
  let client: Client;
  let worker: RunningWorker;
  let store: EventStore;
  const taskQueue = uniqueTaskQueue('recovery');

  beforeAll(async () => {
    db = await createTestDatabase();
    connection = await Connection.connect({ address: devServerAddress() });
    client = new Client({ connection });
    worker = await startWorker({ connection: await connectToDevServer(), taskQueue, dataSource: db.dataSource });
    store = new EventStore(db.dataSource);
  });
  afterAll(async () => {
    await worker?.stop();
    await connection?.close();
    await db?.drop();
  });

  /** Appends as a lost workflow task would have: the event ids of that task, the command's id as causation. */
  const appendAsLostTask = (code: string, version: number, event: DossierEvent, commandId: string) =>
    store.append(dossierStreamId(code), version, [
      {
        eventId: randomUUID(),
        type: event.type,
        data: event.data,
        occurredAt: event.data.at,
        metadata: { actorId: OFFICER.id, actorRole: OFFICER.role, correlationId: 'lost', causationId: commandId },
      },
    ]);
  const typesOf = async (code: string) => (await store.readStream(dossierStreamId(code))).map((e) => e.type);
  const submission = (code: string): CommandPayload<'SubmitDossier'> => ({
    type: 'SubmitDossier',
    actor: OFFICER,
    dossierCode: code,
    agencyCode: 'STP-KH',
    channel: 'desk',
    procedure: TEN_DAYS,
    applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '079203001234' },
    components: [{ code: 'TK', name: 'Tờ khai', copies: 1, digitised: true, reused: false }],
    fee: 0,
  });
  const startWith = (code: string, updateId: string, payload: CommandPayload = submission(code)) =>
    client.workflow.executeUpdateWithStart(commandUpdates.SubmitDossier, {
      args: [payload],
      updateId,
      startWorkflowOperation: new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
        workflowId: dossierWorkflowId(code),
        taskQueue,
        args: [{ dossierCode: code, calendar: PLAIN_CALENDAR, afterCareMs: 60_000 }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });

  it('answers a retried submission with the stored dossier when its first task was lost after the append', async () => {
    const code = uniqueCode('LOST');
    // What the lost task decided: the same submission, decided by the domain as the workflow does.
    const [submitted] = decide(
      { ...submission(code), at: new Date().toISOString() } as DossierCommand,
      initialState(),
      {
        calendar: new WorkingCalendar(PLAIN_CALENDAR),
      },
    );
    await appendAsLostTask(code, 0, submitted, 'submit-1');
    const state = await startWith(code, 'submit-1');
    expect(state).toMatchObject({ version: 1, status: 1, submittedAt: submitted.data.at });
    expect(await typesOf(code)).toEqual(['DossierSubmitted']);
    // Another submission of the same code is a second command: refused, not appended.
    await expect(startWith(code, 'submit-2')).rejects.toThrow();
    expect(await typesOf(code)).toEqual(['DossierSubmitted']);
  });

  it('adopts an event a lost task stored, then applies the next command on top of it', async () => {
    const code = uniqueCode('AHEAD');
    const before = await submitDossier(client, taskQueue, { code, channel: 'desk' });
    const accepted: DossierEvent = {
      type: 'DossierAccepted',
      data: { at: new Date().toISOString(), dueAt: new Date(Date.now() + 14 * 86_400_000).toISOString(), late: false },
    } as DossierEvent;
    await appendAsLostTask(code, before.version, accepted, 'accept-lost');
    const handle = client.workflow.getHandle(dossierWorkflowId(code));
    // The retry of the lost command: answered from the store, nothing appended.
    const retried = await handle.executeUpdate(commandUpdates.AcceptDossier, {
      args: [{ type: 'AcceptDossier', actor: OFFICER }],
      updateId: 'accept-lost',
    });
    // Answered from the store; the receipt the adopted acceptance owes follows.
    expect(retried).toMatchObject({ version: 2, status: 2, pendingSlips: [{ slip: 'receipt', ofVersion: 2 }] });
    await eventually('the receipt is issued', async () => (await typesOf(code)).includes('SlipIssued'));
    expect(await typesOf(code)).toEqual(['DossierSubmitted', 'DossierAccepted', 'SlipIssued']);
    // A different command next: decided on the adopted state.
    const withdrawn = await handle.executeUpdate(commandUpdates.RequestWithdrawal, {
      args: [{ type: 'RequestWithdrawal', actor: OFFICER, reason: 'Không còn nhu cầu' }],
    });
    expect(withdrawn.version).toBe(4);
    expect(await typesOf(code)).toEqual(['DossierSubmitted', 'DossierAccepted', 'SlipIssued', 'WithdrawalRequested']);
    expect((await handle.query(stateQuery)).version).toBe(4);
  });

  it('catches up on a stored event it never heard of when its own append finds the store ahead', async () => {
    const code = uniqueCode('BEHIND');
    const before = await submitDossier(client, taskQueue, { code, channel: 'desk' });
    await appendAsLostTask(
      code,
      before.version,
      {
        type: 'DossierAccepted',
        data: {
          at: new Date().toISOString(),
          dueAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
          late: false,
        },
      } as DossierEvent,
      'accept-never-retried',
    );
    // The workflow still thinks the dossier is only submitted: a withdrawal passes its validator, then
    // its append finds version 2 stored, adopts the acceptance and decides the withdrawal again.
    const state = await client.workflow
      .getHandle(dossierWorkflowId(code))
      .executeUpdate(commandUpdates.RequestWithdrawal, {
        args: [{ type: 'RequestWithdrawal', actor: OFFICER, reason: 'Không còn nhu cầu' }],
      });
    expect(state).toMatchObject({ version: 3 });
    await eventually('the receipt is issued', async () => (await typesOf(code)).includes('SlipIssued'));
    expect(await typesOf(code)).toEqual(['DossierSubmitted', 'DossierAccepted', 'WithdrawalRequested', 'SlipIssued']);
  });
});
