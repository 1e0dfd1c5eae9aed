import type { WorkingCalendar } from '../calendar/working-calendar';
import { ruleSetAt, ruleSetById, type FeedbackRules } from '../dossier/rule-sets';
import type { FeedbackCommand, FeedbackPersonCommandType } from './feedback-commands';
import type { FeedbackEvent } from './feedback-events';
import { ensureFeedback as ensure } from './feedback-refusal';
import type { FeedbackState } from './feedback-state';

/** What a feedback decision needs besides the state: the calendar of the unit that handles it. */
export interface FeedbackDecisionContext {
  readonly calendar: WorkingCalendar;
}

/**
 * The feedback decider: the events a command produces in `state`, or a `FeedbackRefusal`. Pure:
 * the instant is the command's, due dates come from the calendar in `context` and the rule set
 * recorded at receipt.
 */
export function decideFeedback(
  command: FeedbackCommand,
  state: FeedbackState,
  context: FeedbackDecisionContext,
): FeedbackEvent[] {
  ensure(!Number.isNaN(Date.parse(command.at)), 'INVALID_FEEDBACK_COMMAND', `invalid instant ${command.at}`);
  if (command.type === 'ReceiveFeedback') return receive(command, state, context);
  ensure(state.stage !== 'none', 'FEEDBACK_NOT_RECEIVED', 'no such feedback has been received');
  const rules = ruleSetById(state.ruleSetId!).feedback;
  const at = command.at;
  switch (command.type) {
    case 'ClassifyFeedback':
      inHandling(state);
      return [
        { type: 'FeedbackClassified', data: { at, category: command.category, procedureCode: command.procedureCode } },
      ];
    case 'AssignFeedback':
      inHandling(state);
      ensure(command.assigneeId.trim() !== '', 'INVALID_FEEDBACK_COMMAND', 'the officer to assign is required');
      return [{ type: 'FeedbackAssigned', data: { at, assigneeId: command.assigneeId, unit: command.unit } }];
    case 'ExtendFeedbackDeadline':
      return extend(command, state, rules, context);
    case 'AnswerFeedback':
      return answer(command, state);
    case 'PublishFeedbackAnswer':
      ensure(state.stage !== 'published', 'FEEDBACK_ANSWER_ALREADY_PUBLISHED', 'the answer is already published');
      ensure(state.stage === 'answered', 'FEEDBACK_NOT_ANSWERED', 'there is no answer to publish yet');
      return [{ type: 'FeedbackAnswerPublished', data: { at } }];
    case 'RateFeedbackAnswer':
      ensure(state.stage === 'published', 'FEEDBACK_ANSWER_NOT_PUBLISHED', 'only a published answer can be rated');
      ensure(state.rating?.round !== state.round, 'FEEDBACK_ALREADY_RATED', 'this answer has already been rated');
      return [{ type: 'FeedbackAnswerRated', data: { at, rating: command.rating } }];
    case 'RaiseFeedbackAgain':
      return raiseAgain(command, state, rules, context);
    case 'RecordFeedbackOverdue':
      inHandling(state);
      ensure(state.overdueAt === undefined, 'INVALID_FEEDBACK_COMMAND', 'already recorded overdue');
      ensure(
        Date.parse(at) >= Date.parse(state.answerDueAt!),
        'FEEDBACK_DEADLINE_NOT_REACHED',
        `the answer is due at ${state.answerDueAt}`,
      );
      return [{ type: 'FeedbackAnswerOverdue', data: { at } }];
  }
}

function receive(
  command: Extract<FeedbackCommand, { type: 'ReceiveFeedback' }>,
  state: FeedbackState,
  { calendar }: FeedbackDecisionContext,
): FeedbackEvent[] {
  ensure(state.stage === 'none', 'FEEDBACK_ALREADY_RECEIVED', `feedback ${state.feedbackCode} was already received`);
  ensure(command.sender.name.trim() !== '', 'INVALID_FEEDBACK_COMMAND', "the sender's name is required");
  ensure(command.content.trim() !== '', 'INVALID_FEEDBACK_COMMAND', 'the content of the feedback is required');
  const receivedAt = new Date(command.at);
  const ruleSet = ruleSetAt(receivedAt);
  const { type: _type, actor: _actor, at, ...received } = command;
  return [
    {
      type: 'FeedbackReceived',
      data: {
        ...received,
        at,
        ruleSetId: ruleSet.id,
        answerDueAt: calendar.addWorkingDays(receivedAt, ruleSet.feedback.answerWorkingDays).toISOString(),
      },
    },
  ];
}

function inHandling(state: FeedbackState): void {
  ensure(state.stage === 'handling', 'FEEDBACK_ALREADY_ANSWERED', 'the feedback has been answered');
}

function extend(
  command: Extract<FeedbackCommand, { type: 'ExtendFeedbackDeadline' }>,
  state: FeedbackState,
  rules: FeedbackRules,
  { calendar }: FeedbackDecisionContext,
): FeedbackEvent[] {
  inHandling(state);
  ensure(command.reason.trim() !== '', 'FEEDBACK_REASON_REQUIRED', 'an extension needs a reason');
  ensure(
    state.extensions.length < rules.extensionLimit,
    'FEEDBACK_EXTENSION_LIMIT_REACHED',
    `a feedback may be extended ${rules.extensionLimit} time(s)`,
  );
  // An extension is decided while the answer is still due, not to excuse a deadline already missed.
  ensure(
    Date.parse(command.at) <= Date.parse(state.answerDueAt!),
    'FEEDBACK_DEADLINE_PASSED',
    `the answer was due at ${state.answerDueAt}`,
  );
  const answerDueAt = calendar.addWorkingDays(new Date(state.answerDueAt!), rules.extensionWorkingDays).toISOString();
  return [{ type: 'FeedbackDeadlineExtended', data: { at: command.at, reason: command.reason, answerDueAt } }];
}

function answer(command: Extract<FeedbackCommand, { type: 'AnswerFeedback' }>, state: FeedbackState): FeedbackEvent[] {
  inHandling(state);
  ensure(command.answer.trim() !== '', 'INVALID_FEEDBACK_COMMAND', 'the written answer is required');
  ensure(state.category !== undefined, 'FEEDBACK_NOT_CLASSIFIED', 'classify the feedback before answering it');
  ensure(state.assigneeId !== undefined, 'FEEDBACK_NOT_ASSIGNED', 'assign the feedback before answering it');
  ensure(
    command.actor.id === state.assigneeId || command.actor.role === 'leader',
    'FEEDBACK_NOT_ASSIGNED_TO_YOU',
    `the feedback is assigned to ${state.assigneeId}`,
  );
  const onTime = Date.parse(command.at) <= Date.parse(state.answerDueAt!);
  return [{ type: 'FeedbackAnswered', data: { at: command.at, answer: command.answer, onTime } }];
}

function raiseAgain(
  command: Extract<FeedbackCommand, { type: 'RaiseFeedbackAgain' }>,
  state: FeedbackState,
  rules: FeedbackRules,
  { calendar }: FeedbackDecisionContext,
): FeedbackEvent[] {
  ensure(state.stage === 'published', 'FEEDBACK_ANSWER_NOT_PUBLISHED', 'only a published answer can be raised again');
  ensure(command.reason.trim() !== '', 'FEEDBACK_REASON_REQUIRED', 'say why the answer does not settle it');
  ensure(
    state.raisedAgain.length < rules.raiseAgainLimit,
    'FEEDBACK_RAISE_AGAIN_LIMIT_REACHED',
    `a feedback may be raised again ${rules.raiseAgainLimit} time(s)`,
  );
  const answerDueAt = calendar.addWorkingDays(new Date(command.at), rules.answerWorkingDays).toISOString();
  return [{ type: 'FeedbackRaisedAgain', data: { at: command.at, reason: command.reason, answerDueAt } }];
}

/** The next instant the engine must act on (the answer's due instant while unanswered), or undefined. */
export function nextFeedbackDeadline(
  state: FeedbackState,
): { command: 'RecordFeedbackOverdue'; at: string } | undefined {
  if (state.stage !== 'handling' || state.overdueAt !== undefined || !state.answerDueAt) return undefined;
  return { command: 'RecordFeedbackOverdue', at: state.answerDueAt };
}

/** The person commands `state` allows now (what the officer's screen offers); the decider has the last word. */
export function allowedFeedbackCommands(state: FeedbackState): FeedbackPersonCommandType[] {
  if (state.stage === 'none') return ['ReceiveFeedback'];
  const rules = ruleSetById(state.ruleSetId!).feedback;
  const when = (condition: boolean, type: FeedbackPersonCommandType) => (condition ? [type] : []);
  switch (state.stage) {
    case 'handling':
      return [
        'ClassifyFeedback',
        'AssignFeedback',
        ...when(
          state.extensions.length < rules.extensionLimit && state.overdueAt === undefined,
          'ExtendFeedbackDeadline',
        ),
        ...when(state.category !== undefined && state.assigneeId !== undefined, 'AnswerFeedback'),
      ];
    case 'answered':
      return ['PublishFeedbackAnswer'];
    case 'published':
      return [
        ...when(state.rating?.round !== state.round, 'RateFeedbackAnswer'),
        ...when(state.raisedAgain.length < rules.raiseAgainLimit, 'RaiseFeedbackAgain'),
      ];
  }
}
