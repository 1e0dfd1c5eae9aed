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
}

const COMMON = { acceptanceWindowWorkingHours: 8, supplementLimit: 1, apologyLeadWorkingDays: 1, apologyLimit: 1 };

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
