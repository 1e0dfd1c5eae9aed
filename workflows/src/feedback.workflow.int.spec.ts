import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { FeedbackPersonCommandType, FeedbackState } from '@motcua/domain';
import { EventStore } from '@motcua/store';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { OFFICER, PLAIN_CALENDAR } from '../../test/support/dossiers';
import { startWorker, uniqueTaskQueue, type RunningWorker } from '../../test/support/temporal';
import { createTimeSkippingEnv, nextVietnamWeekdayAt, sleepUntil } from '../../test/support/time-skipping';
import {
  FEEDBACK_WORKFLOW_TYPE,
  feedbackStreamId,
  feedbackUpdates,
  feedbackWorkflowId,
  type FeedbackCommandPayload,
} from './feedback-messages';

const MONDAY = 1;
const LEADER = { id: 'leader-1', role: 'leader' } as const;
let counter = 0;

/** The answer's deadline is an updatable timer: the overdue fact lands at the due instant, an extension moves it. */
describe('feedback workflow on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  let db: TestDatabase;
  let worker: RunningWorker;
  let store: EventStore;
  const taskQueue = uniqueTaskQueue('fb');

  beforeAll(async () => {
    [env, db] = await Promise.all([createTimeSkippingEnv(), createTestDatabase()]);
    worker = await startWorker({ connection: env.nativeConnection, taskQueue, dataSource: db.dataSource });
    store = new EventStore(db.dataSource);
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  const receive = (code: string): Promise<FeedbackState> =>
    env.client.workflow.executeUpdateWithStart(feedbackUpdates.ReceiveFeedback, {
      args: [
        {
          type: 'ReceiveFeedback',
          actor: OFFICER,
          feedbackCode: code,
          agencyCode: 'STP-KH',
          channel: 'desk',
          sender: { name: 'Trần Thị Bình' },
          subject: 'Chậm trả kết quả',
          content: 'Quá hạn mà chưa trả.',
        },
      ],
      startWorkflowOperation: new WithStartWorkflowOperation(FEEDBACK_WORKFLOW_TYPE, {
        workflowId: feedbackWorkflowId(code),
        taskQueue,
        args: [{ feedbackCode: code, calendar: PLAIN_CALENDAR }],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
  const send = (code: string, type: FeedbackPersonCommandType, payload: object) =>
    env.client.workflow
      .getHandle(feedbackWorkflowId(code))
      .executeUpdate(feedbackUpdates[type], { args: [{ type, ...payload } as FeedbackCommandPayload] });
  const eventsOf = async (code: string) =>
    (await store.readStream(feedbackStreamId(code))).map((e) => ({ type: e.type, at: e.occurredAt }));
  const code = () => `STP-KH-261201-PA${String(++counter).padStart(6, '0')}`;

  it('records the answer overdue at its due instant, ten working days after receipt', async () => {
    await sleepUntil(env, nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00'));
    const feedback = code();
    const received = await receive(feedback);
    const due = new Date(received.answerDueAt!);
    await sleepUntil(env, new Date(due.getTime() - 60_000));
    expect((await eventsOf(feedback)).map((e) => e.type)).toEqual(['FeedbackReceived']);
    await sleepUntil(env, new Date(due.getTime() + 60_000));
    expect(await eventsOf(feedback)).toEqual([
      expect.objectContaining({ type: 'FeedbackReceived' }),
      { type: 'FeedbackAnswerOverdue', at: received.answerDueAt },
    ]);
  });

  it('moves the timer when a leader extends the deadline, and an answer in time stops it', async () => {
    await sleepUntil(env, nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00'));
    const feedback = code();
    const received = await receive(feedback);
    const extended = await send(feedback, 'ExtendFeedbackDeadline', { actor: LEADER, reason: 'Cần xác minh' });
    expect(Date.parse(extended.answerDueAt!)).toBeGreaterThan(Date.parse(received.answerDueAt!));
    await sleepUntil(env, new Date(Date.parse(received.answerDueAt!) + 60_000));
    expect((await eventsOf(feedback)).map((e) => e.type)).toEqual(['FeedbackReceived', 'FeedbackDeadlineExtended']);
    await send(feedback, 'ClassifyFeedback', { actor: OFFICER, category: 'procedure' });
    await send(feedback, 'AssignFeedback', { actor: LEADER, assigneeId: OFFICER.id });
    const answered = await send(feedback, 'AnswerFeedback', { actor: OFFICER, answer: 'Đã trả kết quả.' });
    expect(answered.answers).toEqual([expect.objectContaining({ onTime: true })]);
    await sleepUntil(env, new Date(Date.parse(extended.answerDueAt!) + 60_000));
    expect((await eventsOf(feedback)).map((e) => e.type)).not.toContain('FeedbackAnswerOverdue');
  });
});
