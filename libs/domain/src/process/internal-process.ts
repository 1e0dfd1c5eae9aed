/**
 * The internal process of a procedure (quy trình nội bộ): the ordered steps a dossier goes through
 * between acceptance and return — the desk, one or more departments, leadership signing — each with
 * its unit, who works it, and its share of the legal duration. Catalogue data, versioned with the
 * procedure; a dossier keeps the process in force when it was accepted.
 */
import type { Duration } from '../dossier/vocabulary';

/** Who works a step: an officer of its unit, or a leader of it (signing steps, ký duyệt). */
export type StepRole = 'officer' | 'leader';
export const STEP_ROLES: readonly StepRole[] = ['officer', 'leader'];

/** The one-stop desk (Bộ phận Một cửa): a unit like the departments; dossiers enter and leave there. */
export const DESK_UNIT = 'desk';
/** The processing unit of the default process (an agency that defined no process of its own). */
export const PROCESSING_UNIT = 'processing';

/** A step's share of the legal duration, in working hours or days (a day is 8 working hours here). */
export interface StepShare {
  readonly unit: 'workingHours' | 'workingDays';
  readonly value: number;
}

/** One step of an internal process. */
export interface ProcessStep {
  /** Stable within the process (`tham-dinh`); the control slip and the lateness figures name it. */
  readonly id: string;
  /** What the step is, in Vietnamese ("Thẩm định hồ sơ"). */
  readonly name: string;
  /** The unit that works it, by its code within the agency (`desk`, `P-HCTP`, `leadership`…). */
  readonly unit: string;
  readonly role: StepRole;
  readonly share: StepShare;
}

export interface InternalProcess {
  /** Catalogue version of the procedure it was read from (0: the default process). */
  readonly version: number;
  readonly steps: readonly ProcessStep[];
}

/** Hours of the standard working day used to add shares in days and hours (07:30–11:30, 13:00–17:00). */
const HOURS_PER_DAY = 8;

/**
 * A procedure without a defined process: the desk receives (10 % of the time), the processing unit
 * works it (80 %), the desk returns the result (10 %). Shares are weights: each dossier's steps split
 * its own legal duration in these proportions.
 */
export const DEFAULT_PROCESS: InternalProcess = {
  version: 0,
  steps: [
    {
      id: 'tiep-nhan',
      name: 'Tiếp nhận hồ sơ',
      unit: DESK_UNIT,
      role: 'officer',
      share: { unit: 'workingHours', value: 1 },
    },
    {
      id: 'giai-quyet',
      name: 'Giải quyết hồ sơ',
      unit: PROCESSING_UNIT,
      role: 'officer',
      share: { unit: 'workingHours', value: 8 },
    },
    {
      id: 'tra-ket-qua',
      name: 'Trả kết quả',
      unit: DESK_UNIT,
      role: 'officer',
      share: { unit: 'workingHours', value: 1 },
    },
  ],
};

/** A share in working hours. */
export function shareHours(share: StepShare): number {
  return share.unit === 'workingDays' ? share.value * HOURS_PER_DAY : share.value;
}

/**
 * What is wrong with a process for a procedure of `duration` (its reference, the desk's): empty,
 * duplicate step ids, no unit, a share not positive, the first or last step not at the desk, or —
 * for durations in working time — shares that do not add up to the duration. For calendar-day and
 * same-day procedures the shares are weights (their working time is known only per dossier).
 */
export function processProblems(steps: readonly ProcessStep[], duration: Duration): string[] {
  const problems: string[] = [];
  if (steps.length < 2) problems.push('a process has at least two steps');
  const ids = new Set<string>();
  for (const [i, step] of steps.entries()) {
    if (ids.has(step.id)) problems.push(`step ${i + 1}: the id ${step.id} is used twice`);
    ids.add(step.id);
    if (!(step.share.value > 0)) problems.push(`step ${i + 1}: its share must be positive`);
  }
  if (steps.length > 0 && steps[0].unit !== DESK_UNIT)
    problems.push('the first step is the desk’s: it accepts the dossier');
  if (steps.length > 0 && steps[steps.length - 1].unit !== DESK_UNIT)
    problems.push('the last step is the desk’s: it returns the result');
  if (duration.unit === 'workingDays' || duration.unit === 'workingHours') {
    const expected = shareHours({ unit: duration.unit, value: duration.value });
    const total = steps.reduce((sum, step) => sum + shareHours(step.share), 0);
    if (Math.abs(total - expected) > 1e-9)
      problems.push(`the shares add up to ${total} working hours, the procedure's duration is ${expected}`);
  }
  return problems;
}

/**
 * Each step's working minutes out of `totalMinutes` (the dossier's legal duration in working time),
 * in proportion to the shares; whole minutes, the last step taking the rounding.
 */
export function stepBudgets(process: InternalProcess, totalMinutes: number): number[] {
  const weights = process.steps.map((step) => shareHours(step.share));
  const sum = weights.reduce((a, b) => a + b, 0);
  const budgets = weights.map((w) => Math.floor((totalMinutes * w) / sum));
  budgets[budgets.length - 1] += totalMinutes - budgets.reduce((a, b) => a + b, 0);
  return budgets;
}

/** The index of the step with `id`, or -1. */
export function stepIndexOf(process: InternalProcess, id: string): number {
  return process.steps.findIndex((step) => step.id === id);
}
