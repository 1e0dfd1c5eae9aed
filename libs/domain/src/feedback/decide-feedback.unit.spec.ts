import { allowedFeedbackCommands, nextFeedbackDeadline } from './decide-feedback';
import type { FeedbackCommand } from './feedback-commands';
import { foldFeedbackEvents } from './feedback-state';
import { given, historyOf, leader, officer, otherOfficer, receiveCommand, sender, vn } from './feedback.fixtures';

// 2025-03-07 is a Friday; ten working days later is Friday 2025-03-21 at the same hour.
const RECEIVED = vn('2025-03-07T15:00');
const DUE = vn('2025-03-21T15:00');
const received = historyOf(receiveCommand(RECEIVED));
const at = (local: string) => vn(local);
const command = <T extends FeedbackCommand['type']>(
  type: T,
  when: string,
  rest: Omit<Extract<FeedbackCommand, { type: T }>, 'type' | 'at' | 'actor'>,
  actor = officer,
) => ({ type, at: when, actor, ...rest }) as FeedbackCommand;
const classify = (when: string) => command('ClassifyFeedback', when, { category: 'staff' });
const assign = (when: string, assigneeId = officer.id) => command('AssignFeedback', when, { assigneeId });
const answer = (when: string, actor = officer) => command('AnswerFeedback', when, { answer: 'Đã chấn chỉnh.' }, actor);
const publish = (when: string) => command('PublishFeedbackAnswer', when, {});
const rate = (when: string, rating: 'satisfied' | 'unsatisfied') =>
  command('RateFeedbackAnswer', when, { rating }, sender);
const raiseAgain = (when: string, reason = 'Chưa thỏa đáng') => command('RaiseFeedbackAgain', when, { reason }, sender);
const extend = (when: string, reason = 'Cần xác minh thêm') =>
  command('ExtendFeedbackDeadline', when, { reason }, leader);
const ready = [
  ...received,
  ...historyOf(receiveCommand(RECEIVED), classify(at('2025-03-10T08:00')), assign(at('2025-03-10T08:05'))).slice(1),
];
const answered = [
  ...ready,
  ...given(ready)
    .when(answer(at('2025-03-12T10:00')))
    .events(),
];
const published = [
  ...answered,
  ...given(answered)
    .when(publish(at('2025-03-12T11:00')))
    .events(),
];

describe('ReceiveFeedback', () => {
  it('is due ten working days after receipt (the rule set in force), and records the dossier it names', () => {
    const state = given([])
      .when(receiveCommand(RECEIVED))
      .then([{ type: 'FeedbackReceived', data: { at: RECEIVED, answerDueAt: DUE, ruleSetId: 'ND61-107' } }]);
    expect(state).toMatchObject({ stage: 'handling', round: 1, dossierCode: 'STP-KH-250301-000042' });
    expect(nextFeedbackDeadline(state)).toEqual({ command: 'RecordFeedbackOverdue', at: DUE });
  });

  it('skips the weekend and holidays: received Friday 25/04/2025 is due Tuesday 13/05 (26/04 works; 30/4–2/5 do not)', () => {
    // 26/04 is a make-up Saturday (working), 30/04–02/05 are holidays.
    const [event] = given([])
      .when(receiveCommand(vn('2025-04-25T09:00')))
      .events();
    expect(event.type === 'FeedbackReceived' && event.data.answerDueAt).toBe(vn('2025-05-13T09:00'));
  });

  it('refuses a second receipt, an empty content and a nameless sender', () => {
    given(received).when(receiveCommand(RECEIVED)).thenRefused('FEEDBACK_ALREADY_RECEIVED');
    given([])
      .when(receiveCommand(RECEIVED, { content: '  ' }))
      .thenRefused('INVALID_FEEDBACK_COMMAND');
    given([])
      .when(receiveCommand(RECEIVED, { sender: { name: '' } }))
      .thenRefused('INVALID_FEEDBACK_COMMAND');
    given([]).when(receiveCommand('not a date')).thenRefused('INVALID_FEEDBACK_COMMAND');
  });

  it('refuses every other command before receipt', () => {
    given([]).when(classify(RECEIVED)).thenRefused('FEEDBACK_NOT_RECEIVED');
    given([]).when(rate(RECEIVED, 'satisfied')).thenRefused('FEEDBACK_NOT_RECEIVED');
  });
});

describe('AnswerFeedback', () => {
  it('needs a class and an assignee, and the assignee (or a leader) answers', () => {
    given(received)
      .when(answer(at('2025-03-10T09:00')))
      .thenRefused('FEEDBACK_NOT_CLASSIFIED');
    const classified = [
      ...received,
      ...given(received)
        .when(classify(at('2025-03-10T08:00')))
        .events(),
    ];
    given(classified)
      .when(answer(at('2025-03-10T09:00')))
      .thenRefused('FEEDBACK_NOT_ASSIGNED');
    given(ready)
      .when(answer(at('2025-03-10T09:00'), otherOfficer))
      .thenRefused('FEEDBACK_NOT_ASSIGNED_TO_YOU');
    given(ready)
      .when(answer(at('2025-03-10T09:00'), leader))
      .then([{ type: 'FeedbackAnswered', data: { onTime: true } }]);
  });

  it('is on time at the due instant and late a minute after', () => {
    given(ready)
      .when(answer(DUE))
      .then([{ type: 'FeedbackAnswered', data: { onTime: true } }]);
    given(ready)
      .when(answer(at('2025-03-21T15:01')))
      .then([{ type: 'FeedbackAnswered', data: { onTime: false } }]);
  });

  it('refuses an empty answer and a second answer in the same round', () => {
    given(ready)
      .when(command('AnswerFeedback', at('2025-03-11T09:00'), { answer: ' ' }))
      .thenRefused('INVALID_FEEDBACK_COMMAND');
    given(answered)
      .when(answer(at('2025-03-12T10:30')))
      .thenRefused('FEEDBACK_ALREADY_ANSWERED');
    given(answered)
      .when(classify(at('2025-03-12T10:30')))
      .thenRefused('FEEDBACK_ALREADY_ANSWERED');
  });
});

describe('ExtendFeedbackDeadline', () => {
  it('moves the due date by ten working days from the old one, once, with a reason, before it passes', () => {
    const state = given(received)
      .when(extend(at('2025-03-20T10:00')))
      .then([{ type: 'FeedbackDeadlineExtended', data: { answerDueAt: vn('2025-04-04T15:00') } }]);
    expect(state.firstRound.dueAt).toBe(vn('2025-04-04T15:00'));
    const extended = [
      ...received,
      ...given(received)
        .when(extend(at('2025-03-20T10:00')))
        .events(),
    ];
    given(extended)
      .when(extend(at('2025-03-24T10:00')))
      .thenRefused('FEEDBACK_EXTENSION_LIMIT_REACHED');
    given(received)
      .when(extend(at('2025-03-21T15:01')))
      .thenRefused('FEEDBACK_DEADLINE_PASSED');
    given(received)
      .when(extend(at('2025-03-20T10:00'), ' '))
      .thenRefused('FEEDBACK_REASON_REQUIRED');
  });
});

describe('RecordFeedbackOverdue (the timer)', () => {
  it('is recorded at the due instant, not before, once', () => {
    const timer = (when: string) => command('RecordFeedbackOverdue', when, {});
    given(received)
      .when(timer(at('2025-03-21T14:59')))
      .thenRefused('FEEDBACK_DEADLINE_NOT_REACHED');
    const state = given(received)
      .when(timer(DUE))
      .then([{ type: 'FeedbackAnswerOverdue', data: { at: DUE } }]);
    expect(nextFeedbackDeadline(state)).toBeUndefined();
    expect(allowedFeedbackCommands(state)).not.toContain('ExtendFeedbackDeadline');
  });
});

describe('publishing, rating and raising again', () => {
  it('publishes an answer once, and only an answer', () => {
    given(ready)
      .when(publish(at('2025-03-11T09:00')))
      .thenRefused('FEEDBACK_NOT_ANSWERED');
    given(published)
      .when(publish(at('2025-03-12T12:00')))
      .thenRefused('FEEDBACK_ANSWER_ALREADY_PUBLISHED');
    expect(foldFeedbackEvents(published).answers[0].publishedAt).toBe(at('2025-03-12T11:00'));
  });

  it('takes one rating per answer, after publication', () => {
    given(answered)
      .when(rate(at('2025-03-12T12:00'), 'satisfied'))
      .thenRefused('FEEDBACK_ANSWER_NOT_PUBLISHED');
    const rated = [
      ...published,
      ...given(published)
        .when(rate(at('2025-03-13T09:00'), 'unsatisfied'))
        .events(),
    ];
    given(rated)
      .when(rate(at('2025-03-13T10:00'), 'satisfied'))
      .thenRefused('FEEDBACK_ALREADY_RATED');
    expect(foldFeedbackEvents(rated)).toMatchObject({ unsatisfiedAt: at('2025-03-13T09:00') });
  });

  it('raising again opens a second round due ten working days later, once; its answer may be rated', () => {
    const state = given(published)
      .when(raiseAgain(at('2025-03-14T09:00')))
      .then([{ type: 'FeedbackRaisedAgain', data: { answerDueAt: vn('2025-03-28T09:00') } }]);
    expect(state).toMatchObject({ stage: 'handling', round: 2, answerDueAt: vn('2025-03-28T09:00') });
    // The first round's statistics stay as they were.
    expect(state.firstRound).toEqual({ dueAt: DUE, answeredAt: at('2025-03-12T10:00'), onTime: true });
    const round2 = [
      ...published,
      ...historyOfFrom(
        published,
        raiseAgain(at('2025-03-14T09:00')),
        answer(at('2025-03-17T09:00')),
        publish(at('2025-03-17T10:00')),
      ),
    ];
    given(round2)
      .when(rate(at('2025-03-18T09:00'), 'satisfied'))
      .then([{ type: 'FeedbackAnswerRated' }]);
    given(round2)
      .when(raiseAgain(at('2025-03-18T09:00')))
      .thenRefused('FEEDBACK_RAISE_AGAIN_LIMIT_REACHED');
    given(published)
      .when(raiseAgain(at('2025-03-14T09:00'), ''))
      .thenRefused('FEEDBACK_REASON_REQUIRED');
    given(answered)
      .when(raiseAgain(at('2025-03-14T09:00')))
      .thenRefused('FEEDBACK_ANSWER_NOT_PUBLISHED');
  });
});

describe('allowedFeedbackCommands', () => {
  it.each([
    ['nothing yet', [], ['ReceiveFeedback']],
    ['received', received, ['ClassifyFeedback', 'AssignFeedback', 'ExtendFeedbackDeadline']],
    [
      'classified and assigned',
      ready,
      ['ClassifyFeedback', 'AssignFeedback', 'ExtendFeedbackDeadline', 'AnswerFeedback'],
    ],
    ['answered', answered, ['PublishFeedbackAnswer']],
    ['published', published, ['RateFeedbackAnswer', 'RaiseFeedbackAgain']],
  ])('%s', (_name, events, expected) => {
    expect(allowedFeedbackCommands(foldFeedbackEvents(events))).toEqual(expected);
  });
});

/** Commands applied in order after `past`: the events they add. */
function historyOfFrom(past: ReturnType<typeof historyOf>, ...commands: FeedbackCommand[]) {
  const added: ReturnType<typeof historyOf> = [];
  for (const c of commands)
    added.push(
      ...given([...past, ...added])
        .when(c)
        .events(),
    );
  return added;
}
