import type { RuleSet } from '../dossier/rule-sets';
import type { FeedbackEvent } from './feedback-events';
import type { FeedbackCategory, FeedbackChannel, FeedbackRating, FeedbackSender } from './feedback-vocabulary';

/**
 * Where a feedback stands: `none` before receipt; `handling` until the written answer (classify,
 * assign, extend); `answered` until the answer is published; `published` (the sender may rate it or
 * raise it again, which opens a new round in `handling`).
 */
export type FeedbackStage = 'none' | 'handling' | 'answered' | 'published';

/** One round's written answer. */
export interface FeedbackAnswer {
  readonly round: number;
  readonly answer: string;
  readonly at: string;
  readonly onTime: boolean;
  readonly publishedAt?: string;
}

export interface FeedbackState {
  readonly version: number;
  readonly lastEventAt?: string;
  readonly stage: FeedbackStage;
  readonly feedbackCode?: string;
  readonly agencyCode?: string;
  readonly channel?: FeedbackChannel;
  readonly sender?: FeedbackSender;
  readonly subject?: string;
  readonly content?: string;
  readonly dossierCode?: string;
  readonly ruleSetId?: RuleSet['id'];
  readonly receivedAt?: string;
  readonly category?: FeedbackCategory;
  readonly procedureCode?: string;
  readonly assigneeId?: string;
  readonly unit?: string;
  /** 1, then 2 after a raise again. */
  readonly round: number;
  /** The current round's answer due instant (moved by an extension). */
  readonly answerDueAt?: string;
  /** The current round's due instant passed unanswered (the timer's fact). */
  readonly overdueAt?: string;
  readonly extensions: readonly { readonly at: string; readonly reason: string; readonly answerDueAt: string }[];
  readonly answers: readonly FeedbackAnswer[];
  /**
   * The first round as statistics count it (5.2, 5.3): its due instant and, once given, its answer.
   * A later round (after a raise again) is counted as "raised again", not as a second feedback.
   */
  readonly firstRound: { readonly dueAt?: string; readonly answeredAt?: string; readonly onTime?: boolean };
  /** The latest rating and its round; the first "unsatisfied" is kept for statistics. */
  readonly rating?: { readonly value: FeedbackRating; readonly at: string; readonly round: number };
  readonly unsatisfiedAt?: string;
  readonly raisedAgain: readonly { readonly at: string; readonly reason: string }[];
}

export function initialFeedbackState(): FeedbackState {
  return { version: 0, stage: 'none', round: 0, extensions: [], answers: [], firstRound: {}, raisedAgain: [] };
}

/** The state after `event`. Total over events: it never refuses (that is `decideFeedback`'s job). */
export function evolveFeedback(state: FeedbackState, event: FeedbackEvent): FeedbackState {
  return { ...applyFeedbackEvent(state, event), version: state.version + 1, lastEventAt: event.data.at };
}

export function foldFeedbackEvents(
  events: readonly FeedbackEvent[],
  from: FeedbackState = initialFeedbackState(),
): FeedbackState {
  return events.reduce(evolveFeedback, from);
}

function applyFeedbackEvent(state: FeedbackState, event: FeedbackEvent): FeedbackState {
  switch (event.type) {
    case 'FeedbackReceived': {
      const { at, answerDueAt, ...received } = event.data;
      return {
        ...state,
        ...received,
        stage: 'handling',
        receivedAt: at,
        round: 1,
        answerDueAt,
        firstRound: { dueAt: answerDueAt },
      };
    }
    case 'FeedbackClassified':
      return { ...state, category: event.data.category, procedureCode: event.data.procedureCode };
    case 'FeedbackAssigned':
      return { ...state, assigneeId: event.data.assigneeId, unit: event.data.unit };
    case 'FeedbackDeadlineExtended': {
      const { at, reason, answerDueAt } = event.data;
      return {
        ...state,
        answerDueAt,
        overdueAt: undefined,
        extensions: [...state.extensions, { at, reason, answerDueAt }],
        firstRound: state.round === 1 ? { ...state.firstRound, dueAt: answerDueAt } : state.firstRound,
      };
    }
    case 'FeedbackAnswered': {
      const { at, answer, onTime } = event.data;
      return {
        ...state,
        stage: 'answered',
        answers: [...state.answers, { round: state.round, answer, at, onTime }],
        firstRound: state.round === 1 ? { ...state.firstRound, answeredAt: at, onTime } : state.firstRound,
      };
    }
    case 'FeedbackAnswerPublished':
      return {
        ...state,
        stage: 'published',
        answers: state.answers.map((a) => (a.round === state.round ? { ...a, publishedAt: event.data.at } : a)),
      };
    case 'FeedbackAnswerOverdue':
      return { ...state, overdueAt: event.data.at };
    case 'FeedbackAnswerRated': {
      const { at, rating } = event.data;
      return {
        ...state,
        rating: { value: rating, at, round: state.round },
        unsatisfiedAt: state.unsatisfiedAt ?? (rating === 'unsatisfied' ? at : undefined),
      };
    }
    case 'FeedbackRaisedAgain': {
      const { at, reason, answerDueAt } = event.data;
      return {
        ...state,
        stage: 'handling',
        round: state.round + 1,
        answerDueAt,
        overdueAt: undefined,
        raisedAgain: [...state.raisedAgain, { at, reason }],
      };
    }
  }
}
