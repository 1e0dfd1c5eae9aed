/**
 * Rule sets: the legal parameters in force when a dossier is submitted (domain.md §1). The set is
 * chosen by the submission instant and recorded in the first event, so replay never changes it.
 */
export interface RuleSet {
  readonly id: 'ND61-107' | 'ND118';
  /** Legal basis, for slips and reports. */
  readonly basis: string;
  /** Online dossiers: accept, refuse or request completion within this many working hours. */
  readonly acceptanceWindowWorkingHours: number;
  /** Supplementation (and completion) requests over a dossier's whole life. */
  readonly supplementLimit: number;
  /** The apology must be sent this many working days before the due date. */
  readonly apologyLeadWorkingDays: number;
  /** New appointments a dossier may get. */
  readonly apologyLimit: number;
  /** Feedback and petitions (PAKN) handled under this rule set. */
  readonly feedback: FeedbackRules;
}

/**
 * Deadlines of feedback (phản ánh, kiến nghị). The 10 working days are [unconfirmed] in national-sync.md
 * (one secondary source): kept here, per rule set, so a confirmed figure is a configuration change.
 */
export interface FeedbackRules {
  /** The written answer is due this many working days after receipt (and after a raise again). */
  readonly answerWorkingDays: number;
  /** One extension moves the due date by this many working days. */
  readonly extensionWorkingDays: number;
  /** Extensions a feedback may get over its life. */
  readonly extensionLimit: number;
  /** Times the sender may raise it again after the answer is published. */
  readonly raiseAgainLimit: number;
}

const COMMON = {
  acceptanceWindowWorkingHours: 8,
  supplementLimit: 1,
  apologyLeadWorkingDays: 1,
  apologyLimit: 1,
  feedback: { answerWorkingDays: 10, extensionWorkingDays: 10, extensionLimit: 1, raiseAgainLimit: 1 },
};

export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'ND61-107',
    basis: 'Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP; Thông tư 01/2018/TT-VPCP',
    ...COMMON,
  },
  {
    id: 'ND118',
    basis: 'Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP',
    ...COMMON,
  },
];

/** Decree 118/2025 applies to dossiers submitted from 01/07/2025 00:00 Vietnam time. */
const ND118_FROM = Date.parse('2025-07-01T00:00:00+07:00');

/** The rule set in force at a submission instant. */
export function ruleSetAt(submittedAt: Date): RuleSet {
  return submittedAt.getTime() >= ND118_FROM ? RULE_SETS[1] : RULE_SETS[0];
}

/** A recorded rule set by id (replay uses the one in the first event). */
export function ruleSetById(id: RuleSet['id']): RuleSet {
  const found = RULE_SETS.find((r) => r.id === id);
  if (!found) throw new RangeError(`unknown rule set ${id}`);
  return found;
}
