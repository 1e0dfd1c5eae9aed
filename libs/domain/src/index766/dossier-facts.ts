import type { DossierState } from '../dossier/state';
import type { Timeliness } from '../dossier/timeliness';

/**
 * What one dossier contributes to the 766 figures, as dated facts. Every figure of a period is a
 * sum of these facts over the period (flows) or over everything before an instant (stocks), so read
 * models can keep them as per-day sums and answer for any period and any past instant (`asOf`).
 */
export const FACT_KINDS = [
  /** Accepted (tiếp nhận): the dossier enters the statistics; dated at acceptance. */
  'received',
  'receivedOnline',
  'digitised',
  'reusedData',
  /** Took the applicant's or a component's data from the national population database (VNeID; 4.5, 4.6). */
  'populationData',
  /** A financial obligation (non-zero fee), and the ones paid online. */
  'withFee',
  'paidOnline',
  /** Processing finished (NgayKetThucXuLy), by timeliness class; amount = working days the clock ran. */
  'finishedEarly',
  'finishedOnTime',
  'finishedLate',
  /** Result issued for a procedure that returns a document, and those with an e-result. */
  'returnsDocument',
  'eResult',
  /** Result with certified copies, and those certified electronically (4.7); dated at the result. */
  'certifiedCopy',
  'certifiedCopyElectronic',
  /** The statistical due date passed with processing unfinished: dated at the due instant. */
  'overdue',
  /** Rated "not satisfied" (5.4); dated at the rating. */
  'notSatisfied',
  /** The portal acknowledged the dossier's record (1.4); dated at acceptance, with `received`. */
  'reachedPortal',
  /** The e-result reached the applicant's personal data store on the portal (4.4); dated with `eResult`. */
  'eResultInPersonalStore',
  // Feedback and petitions (PAKN, 5.1–5.4): the facts of one feedback, see feedbackFacts.
  /** Received; dated at receipt. */
  'feedbackReceived',
  /** First round answered, on time or late (by its due instant, extension included); dated at the answer. */
  'feedbackAnsweredOnTime',
  'feedbackAnsweredLate',
  /** The first round's due instant passed unanswered (or answered late): dated at the due instant. */
  'feedbackOverdue',
  /** The sender rated an answer "not satisfied" (first time); dated at the rating. */
  'feedbackUnsatisfied',
  /** Raised again after the published answer; dated at that instant. */
  'feedbackRaisedAgain',
  /** Classified about a procedure (TTHC) or about staff (cán bộ): 5.1's counts; dated at receipt. */
  'feedbackAboutProcedure',
  'feedbackAboutStaff',
  /** The feedback names a dossier, which then counts against satisfaction (5.4); dated at receipt. */
  'feedbackOnDossier',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface DossierFact {
  readonly kind: FactKind;
  /** Business instant of the fact (ISO-8601 UTC); may lie in the future for `overdue`. */
  readonly at: string;
  /** 1, except for finished facts: the processing time in working days. */
  readonly amount: number;
}

const FINISHED_KIND: Readonly<Record<Timeliness, FactKind>> = {
  early: 'finishedEarly',
  onTime: 'finishedOnTime',
  late: 'finishedLate',
};

/** A dossier is digitised when it has components and every one of them is (4.2). */
export function isDigitised(state: DossierState): boolean {
  return state.components.length > 0 && state.components.every((c) => c.digitised);
}

export function reusesData(state: DossierState): boolean {
  return state.components.some((c) => c.reused);
}

/** The dossier took data from the national population database: for its applicant or any component (4.5). */
export function usesPopulationData(state: DossierState): boolean {
  return state.applicant?.populationData === true || state.components.some((c) => c.populationData);
}

/**
 * The facts of one dossier as its state now stands. A dossier counts from its acceptance: one
 * refused at receipt or cancelled before acceptance was never received (domain.md §4, 2.1).
 */
export function dossierFacts(state: DossierState): DossierFact[] {
  const acceptedAt = state.acceptedAt;
  if (!acceptedAt) return [];
  const facts: DossierFact[] = [];
  const add = (kind: FactKind, at: string, amount = 1) => facts.push({ kind, at, amount });
  add('received', acceptedAt);
  if (state.portal?.record) add('reachedPortal', acceptedAt);
  if (state.channel === 'online') add('receivedOnline', acceptedAt);
  if (isDigitised(state)) add('digitised', acceptedAt);
  if (reusesData(state)) add('reusedData', acceptedAt);
  if (usesPopulationData(state)) add('populationData', acceptedAt);
  if (state.fee > 0) add('withFee', acceptedAt);
  if (state.fee > 0 && state.paidOnline) add('paidOnline', acceptedAt);
  if (state.finishedAt && state.timeliness) {
    add(FINISHED_KIND[state.timeliness], state.finishedAt, state.processingWorkingDays ?? 0);
  }
  if (state.resultDecision && state.procedure?.returnsResultDocument) {
    add('returnsDocument', state.finishedAt!);
    if (state.eResult) add('eResult', state.finishedAt!);
    if (state.eResult && state.portal?.personalStore) add('eResultInPersonalStore', state.finishedAt!);
  }
  if (state.certifiedCopies?.issued && state.finishedAt) {
    add('certifiedCopy', state.finishedAt);
    if (state.certifiedCopies.electronic) add('certifiedCopyElectronic', state.finishedAt);
  }
  const overdueAt = overdueFrom(state);
  if (overdueAt) add('overdue', overdueAt);
  if (state.satisfied === false && state.ratedAt) add('notSatisfied', state.ratedAt);
  return facts;
}

/**
 * When the dossier became (or will become, if nothing changes) overdue for statistics: its
 * statistical due date, for a dossier finished late or still in progress. A stopped clock holds the
 * due date back (it moves on resumption), unless the dossier was already overdue when it stopped.
 */
function overdueFrom(state: DossierState): string | undefined {
  const due = state.statisticalDueAt;
  if (!due) return undefined;
  if (state.timeliness) return state.timeliness === 'late' ? minInstant(due, state.finishedAt!) : undefined;
  if (state.stage !== 'processing') return undefined;
  const stop = state.auditedActions.find((a) => a.id === state.clockStoppedBy);
  return !stop || stop.at > due ? due : undefined;
}

const minInstant = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
