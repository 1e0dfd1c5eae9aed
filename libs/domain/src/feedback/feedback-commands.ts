import type { Actor } from '../dossier/vocabulary';
import type { FeedbackCategory, FeedbackChannel, FeedbackRating, FeedbackSender } from './feedback-vocabulary';

interface Base<T extends string> {
  readonly type: T;
  /** Business instant of the command, ISO-8601. */
  readonly at: string;
  readonly actor: Actor;
}

export type FeedbackCommand =
  | (Base<'ReceiveFeedback'> & {
      readonly feedbackCode: string;
      readonly agencyCode: string;
      readonly channel: FeedbackChannel;
      readonly sender: FeedbackSender;
      readonly subject: string;
      readonly content: string;
      readonly dossierCode?: string;
    })
  | (Base<'ClassifyFeedback'> & { readonly category: FeedbackCategory; readonly procedureCode?: string })
  | (Base<'AssignFeedback'> & { readonly assigneeId: string; readonly unit?: string })
  | (Base<'ExtendFeedbackDeadline'> & { readonly reason: string })
  | (Base<'AnswerFeedback'> & { readonly answer: string })
  | Base<'PublishFeedbackAnswer'>
  | (Base<'RateFeedbackAnswer'> & { readonly rating: FeedbackRating })
  | (Base<'RaiseFeedbackAgain'> & { readonly reason: string })
  /** The engine's timer at the answer's due instant. */
  | Base<'RecordFeedbackOverdue'>;

export type FeedbackCommandType = FeedbackCommand['type'];

/** Commands a person sends (through the API); the rest are the engine's own. */
export const FEEDBACK_PERSON_COMMANDS = [
  'ReceiveFeedback',
  'ClassifyFeedback',
  'AssignFeedback',
  'ExtendFeedbackDeadline',
  'AnswerFeedback',
  'PublishFeedbackAnswer',
  'RateFeedbackAnswer',
  'RaiseFeedbackAgain',
] as const satisfies readonly FeedbackCommandType[];
export type FeedbackPersonCommandType = (typeof FEEDBACK_PERSON_COMMANDS)[number];
