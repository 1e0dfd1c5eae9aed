import { FACT_KINDS, type FactKind } from './dossier-facts';
import { percent } from './indicators';
import type { DossierCounts, FeedbackCounts, PersonalStoreCounts, PortalSyncCounts } from './scorecard';

/** Count and summed amount of each fact kind over some span of time. */
export type FactSums = Readonly<Record<FactKind, { readonly n: number; readonly amount: number }>>;

export function emptyFactSums(): Record<FactKind, { n: number; amount: number }> {
  return Object.fromEntries(FACT_KINDS.map((k) => [k, { n: 0, amount: 0 }])) as Record<
    FactKind,
    { n: number; amount: number }
  >;
}

/** Sums of two spans of time. */
export function addFactSums(a: FactSums, b: FactSums): FactSums {
  const out = emptyFactSums();
  for (const kind of FACT_KINDS) out[kind] = { n: a[kind].n + b[kind].n, amount: a[kind].amount + b[kind].amount };
  return out;
}

/**
 * Timeliness of a period as one-stop reports print it (domain.md §3.7): dossiers carried over from
 * before the period plus those received in it; those finished in the period by class; those still in
 * progress at its end, in time or overdue. `processed` = carriedOver + received = finished + inProgress.
 */
export interface TimelinessFigures {
  readonly carriedOver: number;
  readonly received: number;
  readonly processed: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly inTime: number;
  readonly overdue: number;
  /** (early + on time + in time) ÷ processed, percent; 0 when nothing was processed (as the dashboard shows). */
  readonly onTimeRate: number;
  /** (late + overdue) ÷ processed, percent. */
  readonly lateRate: number;
}

/** What a period's dossiers count for the scorecard: theirs, and their sync to the national portal (1.4, 4.4). */
export type PeriodCounts = DossierCounts & {
  readonly portalSync: PortalSyncCounts;
  readonly personalStore: PersonalStoreCounts;
};

/**
 * Figures of a period from the fact sums before its start (`before`) and within it up to its end
 * (`during`). Flows (received, finished, e-results, ratings) come from `during`; stocks (carried over,
 * in progress, overdue) from `before` + `during`, which is why `asOf` needs nothing else.
 */
export function periodFigures(before: FactSums, during: FactSums): TimelinessFigures & { counts: PeriodCounts } {
  const finished = (s: FactSums) => s.finishedEarly.n + s.finishedOnTime.n + s.finishedLate.n;
  const carriedOver = before.received.n - finished(before);
  const received = during.received.n;
  const processed = carriedOver + received;
  const inProgress = processed - finished(during);
  const overdue = before.overdue.n + during.overdue.n - before.finishedLate.n - during.finishedLate.n;
  const inTime = inProgress - overdue;
  const early = during.finishedEarly.n;
  const onTime = during.finishedOnTime.n;
  const late = during.finishedLate.n;
  const rate = (n: number) => percent({ numerator: n, denominator: processed }) ?? 0;
  return {
    carriedOver,
    received,
    processed,
    early,
    onTime,
    late,
    inTime,
    overdue,
    onTimeRate: rate(early + onTime + inTime),
    lateRate: rate(late + overdue),
    counts: {
      processed,
      received,
      onTimeOrInTime: early + onTime + inTime,
      finished: finished(during),
      totalProcessingWorkingDays:
        during.finishedEarly.amount + during.finishedOnTime.amount + during.finishedLate.amount,
      online: during.receivedOnline.n,
      withFee: during.withFee.n,
      paidOnline: during.paidOnline.n,
      returnsDocument: during.returnsDocument.n,
      eResult: during.eResult.n,
      digitised: during.digitised.n,
      reusedData: during.reusedData.n,
      late: late + overdue,
      notSatisfied: during.notSatisfied.n,
      populationData: during.populationData.n,
      certifiedCopies: during.certifiedCopy.n,
      certifiedCopiesElectronic: during.certifiedCopyElectronic.n,
      portalSync: { reached: during.reachedPortal.n, due: received },
      personalStore: { pushed: during.eResultInPersonalStore.n, eResults: during.eResult.n },
    },
  };
}

/**
 * Feedback figures of a period, read like 2.1's dossiers (domain.md §4: "÷ received or processed in
 * the period"): the feedback handled in the period is what was carried over unanswered plus what was
 * received; on time = first answers on time in the period plus those still unanswered before their due
 * instant at its end; overdue = answered late in the period plus those unanswered past due at its end.
 * Ratings, raises again, classifications and dossiers named are flows of the period.
 */
export function feedbackFigures(before: FactSums, during: FactSums): FeedbackCounts {
  const answered = (s: FactSums) => s.feedbackAnsweredOnTime.n + s.feedbackAnsweredLate.n;
  const handled = before.feedbackReceived.n - answered(before) + during.feedbackReceived.n;
  const unanswered = handled - answered(during);
  const unansweredOverdue =
    before.feedbackOverdue.n + during.feedbackOverdue.n - before.feedbackAnsweredLate.n - during.feedbackAnsweredLate.n;
  return {
    received: handled,
    onTimeOrInTime: during.feedbackAnsweredOnTime.n + unanswered - unansweredOverdue,
    overdue: during.feedbackAnsweredLate.n + unansweredOverdue,
    unsatisfied: during.feedbackUnsatisfied.n,
    raisedAgain: during.feedbackRaisedAgain.n,
    dossiersWithFeedback: during.feedbackOnDossier.n,
    aboutProcedure: during.feedbackAboutProcedure.n,
    aboutStaff: during.feedbackAboutStaff.n,
  };
}
