import { WithStartWorkflowOperation } from '@temporalio/client';
import type { FeedbackPersonCommandType, FeedbackState } from '@motcua/domain';
import { EventStore } from '@motcua/store';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { OFFICER, PLAIN_CALENDAR } from '../../test/support/dossiers';
import {
  itOnTimeSkippingWorker,
  nextVietnamWeekdayAt,
  sleepUntil,
  type TimeSkippingServer,
} from '../../test/support/time-skipping';
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

  const receive = ({ env, taskQueue }: TimeSkippingServer, code: string): Promise<FeedbackState> =>
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
  const send = ({ env }: TimeSkippingServer, code: string, type: FeedbackPersonCommandType, payload: object) =>
    env.client.workflow
      .getHandle(feedbackWorkflowId(code))
      .executeUpdate(feedbackUpdates[type], { args: [{ type, ...payload } as FeedbackCommandPayload] });
  const eventsOf = async (code: string) =>
    (await store.readStream(feedbackStreamId(code))).map((e) => ({ type: e.type, at: e.occurredAt }));
  const code = () => `STP-KH-261201-PA${String(++counter).padStart(6, '0')}`;

  itOnServer('records the answer overdue at its due instant, ten working days after receipt', async (server) => {
    const { env } = server;
    await sleepUntil(env, nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00'));
    const feedback = code();
    const received = await receive(server, feedback);
    const due = new Date(received.answerDueAt!);
    await sleepUntil(env, new Date(due.getTime() - 60_000));
    expect((await eventsOf(feedback)).map((e) => e.type)).toEqual(['FeedbackReceived']);
    await sleepUntil(env, new Date(due.getTime() + 60_000));
    expect(await eventsOf(feedback)).toEqual([
      expect.objectContaining({ type: 'FeedbackReceived' }),
      { type: 'FeedbackAnswerOverdue', at: received.answerDueAt },
    ]);
  });

  itOnServer('moves the timer when a leader extends the deadline, and an answer in time stops it', async (server) => {
    const { env } = server;
    await sleepUntil(env, nextVietnamWeekdayAt(await env.currentTimeMs(), MONDAY, '09:00'));
    const feedback = code();
    const received = await receive(server, feedback);
    const extended = await send(server, feedback, 'ExtendFeedbackDeadline', { actor: LEADER, reason: 'Cần xác minh' });
    expect(Date.parse(extended.answerDueAt!)).toBeGreaterThan(Date.parse(received.answerDueAt!));
    await sleepUntil(env, new Date(Date.parse(received.answerDueAt!) + 60_000));
    expect((await eventsOf(feedback)).map((e) => e.type)).toEqual(['FeedbackReceived', 'FeedbackDeadlineExtended']);
    await send(server, feedback, 'ClassifyFeedback', { actor: OFFICER, category: 'procedure' });
    await send(server, feedback, 'AssignFeedback', { actor: LEADER, assigneeId: OFFICER.id });
    const answered = await send(server, feedback, 'AnswerFeedback', { actor: OFFICER, answer: 'Đã trả kết quả.' });
    expect(answered.answers).toEqual([expect.objectContaining({ onTime: true })]);
    await sleepUntil(env, new Date(Date.parse(extended.answerDueAt!) + 60_000));
    expect((await eventsOf(feedback)).map((e) => e.type)).not.toContain('FeedbackAnswerOverdue');
  });
});
