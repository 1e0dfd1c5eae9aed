import type { FeedbackState } from '../feedback/feedback-state';
import type { DossierFact, FactKind } from './dossier-facts';

/**
 * What one feedback contributes to the 766 figures, as dated facts summed like a dossier's (see
 * `dossierFacts`). Statistics follow the first round: its due instant (an extension included) and its
 * answer. A raise again is its own fact (5.3), not a second feedback.
 */
export function feedbackFacts(state: FeedbackState): DossierFact[] {
  const receivedAt = state.receivedAt;
  if (!receivedAt) return [];
  const facts: DossierFact[] = [];
  const add = (kind: FactKind, at: string) => facts.push({ kind, at, amount: 1 });
  add('feedbackReceived', receivedAt);
  const { dueAt, answeredAt, onTime } = state.firstRound;
  if (answeredAt) add(onTime ? 'feedbackAnsweredOnTime' : 'feedbackAnsweredLate', answeredAt);
  // Overdue from the due instant on: for one answered late, and (dated ahead) for one still unanswered.
  if (dueAt && (answeredAt ? !onTime : true)) add('feedbackOverdue', dueAt);
  if (state.unsatisfiedAt) add('feedbackUnsatisfied', state.unsatisfiedAt);
  if (state.raisedAgain.length > 0) add('feedbackRaisedAgain', state.raisedAgain[0].at);
  if (state.category === 'procedure') add('feedbackAboutProcedure', receivedAt);
  if (state.category === 'staff') add('feedbackAboutStaff', receivedAt);
  if (state.dossierCode) add('feedbackOnDossier', receivedAt);
  return facts;
}
