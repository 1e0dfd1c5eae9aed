import type { FeedbackCommand } from '../feedback/feedback-commands';
import { foldFeedbackEvents } from '../feedback/feedback-state';
import { historyOf, officer, receiveCommand, sender, vn } from '../feedback/feedback.fixtures';
import { feedbackFacts } from './feedback-facts';
import { emptyFactSums, feedbackFigures, periodFigures } from './period-figures';
import { scorecard, type Index766Counts } from './scorecard';

const RECEIVED = vn('2025-03-07T15:00');
const DUE = vn('2025-03-21T15:00');
const c = (type: FeedbackCommand['type'], at: string, rest: object = {}, actor = officer) =>
  ({ type, at, actor, ...rest }) as FeedbackCommand;
const handled = (answerAt: string) => [
  receiveCommand(RECEIVED),
  c('ClassifyFeedback', vn('2025-03-10T08:00'), { category: 'procedure' }),
  c('AssignFeedback', vn('2025-03-10T08:05'), { assigneeId: officer.id }),
  c('AnswerFeedback', answerAt, { answer: 'Trả lời' }),
  c('PublishFeedbackAnswer', answerAt),
];
const factsOf = (...commands: FeedbackCommand[]) =>
  feedbackFacts(foldFeedbackEvents(historyOf(...commands))).map((f) => [f.kind, f.at]);

describe('feedbackFacts', () => {
  it('an unanswered feedback is received now and overdue at its due instant (ahead)', () => {
    expect(factsOf(receiveCommand(RECEIVED, { dossierCode: undefined }))).toEqual([
      ['feedbackReceived', RECEIVED],
      ['feedbackOverdue', DUE],
    ]);
  });

  it('answered on time: no overdue; its class and the dossier it names are dated at receipt', () => {
    expect(factsOf(...handled(vn('2025-03-12T10:00')))).toEqual([
      ['feedbackReceived', RECEIVED],
      ['feedbackAnsweredOnTime', vn('2025-03-12T10:00')],
      ['feedbackAboutProcedure', RECEIVED],
      ['feedbackOnDossier', RECEIVED],
    ]);
  });

  it('answered late: overdue from the due instant, and the late answer', () => {
    expect(factsOf(...handled(vn('2025-03-24T08:00')))).toEqual(
      expect.arrayContaining([
        ['feedbackAnsweredLate', vn('2025-03-24T08:00')],
        ['feedbackOverdue', DUE],
      ]),
    );
  });

  it('an unsatisfied rating and a raise again are facts; the second round does not change the first', () => {
    const facts = factsOf(
      ...handled(vn('2025-03-12T10:00')),
      c('RateFeedbackAnswer', vn('2025-03-13T09:00'), { rating: 'unsatisfied' }, sender),
      c('RaiseFeedbackAgain', vn('2025-03-14T09:00'), { reason: 'Chưa thỏa đáng' }, sender),
      // The second round is answered late: statistics still follow the first.
      c('AnswerFeedback', vn('2025-04-30T09:00'), { answer: 'Trả lời lần hai' }),
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        ['feedbackAnsweredOnTime', vn('2025-03-12T10:00')],
        ['feedbackUnsatisfied', vn('2025-03-13T09:00')],
        ['feedbackRaisedAgain', vn('2025-03-14T09:00')],
      ]),
    );
    expect(facts.map(([kind]) => kind)).not.toContain('feedbackOverdue');
  });
});

describe('feedbackFigures', () => {
  it('counts the feedback handled in a period like 2.1 counts dossiers (hand-computed)', () => {
    // February: five received, two answered on time, one late; two overdue facts (the late one, one still open).
    const before = emptyFactSums();
    Object.assign(before, {
      feedbackReceived: { n: 5, amount: 5 },
      feedbackAnsweredOnTime: { n: 2, amount: 2 },
      feedbackAnsweredLate: { n: 1, amount: 1 },
      feedbackOverdue: { n: 2, amount: 2 },
    });
    // March: A (carried, overdue) answered late, B (carried, in time) and C (new) on time, D (new) overdue
    // unanswered, E and F (new) unanswered in time.
    const during = emptyFactSums();
    Object.assign(during, {
      feedbackReceived: { n: 4, amount: 4 },
      feedbackAnsweredOnTime: { n: 2, amount: 2 },
      feedbackAnsweredLate: { n: 1, amount: 1 },
      feedbackOverdue: { n: 1, amount: 1 },
      feedbackUnsatisfied: { n: 1, amount: 1 },
      feedbackRaisedAgain: { n: 1, amount: 1 },
      feedbackOnDossier: { n: 2, amount: 2 },
      feedbackAboutProcedure: { n: 3, amount: 3 },
      feedbackAboutStaff: { n: 1, amount: 1 },
    });
    const figures = feedbackFigures(before, during);
    expect(figures).toEqual({
      received: 6,
      onTimeOrInTime: 4,
      overdue: 2,
      unsatisfied: 1,
      raisedAgain: 1,
      dossiersWithFeedback: 2,
      aboutProcedure: 3,
      aboutStaff: 1,
    });
    // 5.2 = 6 × 4/6 = 4; 5.3 = 6 × (6 − 1 − 1 − 2)/6 = 2; 5.1 shown with no points.
    const card = scorecard({ ...emptyCounts(), feedback: figures });
    const points = Object.fromEntries(card.indicators.map((i) => [i.id, [i.numerator, i.points]]));
    expect(points).toMatchObject({ '5.1a': [3, 0], '5.1b': [1, 0], '5.2': [4, 4], '5.3': [2, 2] });
  });

  it('a unit that received no feedback scores 6 on 5.2 and 5.3', () => {
    const card = scorecard({ ...emptyCounts(), feedback: feedbackFigures(emptyFactSums(), emptyFactSums()) });
    const points = Object.fromEntries(card.indicators.map((i) => [i.id, i.points]));
    expect(points).toMatchObject({ '5.2': 6, '5.3': 6, '5.1a': 0, '5.1b': 0 });
  });
});

function emptyCounts(): Index766Counts {
  const { counts } = periodFigures(emptyFactSums(), emptyFactSums());
  return {
    ...counts,
    procedures: {
      total: 0,
      published: 0,
      publishedOnTime: 0,
      offeredOnline: 0,
      withFees: 0,
      withOnlinePayment: 0,
      withFeeDossiers: 0,
      withPopulationDataDossiers: 0,
    },
  };
}
