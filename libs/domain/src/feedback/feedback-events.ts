import type { RuleSet } from '../dossier/rule-sets';
import type { FeedbackCategory, FeedbackChannel, FeedbackRating, FeedbackSender } from './feedback-vocabulary';

interface Event<T extends string, D> {
  readonly type: T;
  /** `at`: the business instant of the fact (ISO-8601 UTC); for the overdue fact, the due instant itself. */
  readonly data: D & { readonly at: string };
}

/**
 * Events of one feedback (phản ánh, kiến nghị): facts, stored forever. Due dates computed on the
 * calendar are recorded in the events that set them, so read models and replays need no calendar.
 */
export type FeedbackEvent =
  | Event<
      'FeedbackReceived',
      {
        feedbackCode: string;
        agencyCode: string;
        channel: FeedbackChannel;
        sender: FeedbackSender;
        subject: string;
        content: string;
        /** The dossier it is about, if any: such a dossier counts against satisfaction (5.4). */
        dossierCode?: string;
        ruleSetId: RuleSet['id'];
        /** The written answer is due at this instant (receipt + the rule set's working days). */
        answerDueAt: string;
      }
    >
  | Event<'FeedbackClassified', { category: FeedbackCategory; procedureCode?: string }>
  | Event<'FeedbackAssigned', { assigneeId: string; unit?: string }>
  | Event<'FeedbackDeadlineExtended', { reason: string; answerDueAt: string }>
  | Event<'FeedbackAnswered', { answer: string; onTime: boolean }>
  | Event<'FeedbackAnswerPublished', Record<never, never>>
  /** The answer's due date passed unanswered (the timer's fact, dated at the due instant). */
  | Event<'FeedbackAnswerOverdue', Record<never, never>>
  | Event<'FeedbackAnswerRated', { rating: FeedbackRating }>
  /** The sender raised it again after the published answer: a new round with a fresh due date. */
  | Event<'FeedbackRaisedAgain', { reason: string; answerDueAt: string }>;

export type FeedbackEventType = FeedbackEvent['type'];
