import type { InternalProcess } from '../process/internal-process';
import { PERSON_COMMANDS, type CommandOf, type DossierCommand, type PersonCommandType } from './commands';
import { decide } from './decide';
import type { DecisionContext } from './guards';
import { DossierRefusal, type RefusalCode } from './refusal';
import type { DossierState } from './state';
import type { Actor } from './vocabulary';

/**
 * The commands a dossier's page may offer: what people send about an existing dossier, but the
 * supervisors' reviews (their own page judges audited actions).
 */
export type PersonCommand = Exclude<PersonCommandType, 'SubmitDossier' | 'ReviewAuditedAction'>;
const PAGE_COMMANDS = PERSON_COMMANDS.filter(
  (type): type is PersonCommand => type !== 'SubmitDossier' && type !== 'ReviewAuditedAction',
);

/**
 * Refusals about what a command carries (a reason, a file, a target unit or step), not about the dossier
 * or who acts: a probe refused with one of these would be accepted with the right content.
 */
const ABOUT_THE_CONTENT: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  'INVALID_COMMAND',
  'REASON_REQUIRED',
  'MISSING_COMPONENTS_REQUIRED',
  'PAUSE_REASON_CODE_REQUIRED',
  'PAUSE_REASON_REQUIRED',
  'PAUSE_ATTACHMENT_REQUIRED',
  'PAUSE_NOTICE_REQUIRED',
  'APOLOGY_DATE_NOT_AFTER_DUE',
  'RESULT_DOCUMENT_REQUIRED',
  'UNIT_NOT_IN_PROCESS',
  'NOT_NEXT_STEP',
  'STEP_NOT_FOUND',
]);

const PROBE_TEXT = 'probe';
const PROBE_DOCUMENT = { fileName: 'probe.pdf', contentHash: `sha256:${'0'.repeat(64)}` };
/** Later than any appointment, so an apology probe is not refused for its date. */
const FAR_FUTURE = '2999-12-31T00:00:00.000Z';

type ProbeContent = { [T in PersonCommand]: Omit<CommandOf<T>, 'type' | 'at' | 'actor'> };

/**
 * A well-formed command of each kind with stand-in content: deciding it tells whether the dossier, as it
 * stands, takes such a command from this actor. Targets (a unit, an officer, a step) are left for the
 * person to choose, but the probe names real ones where the state has them, so that "no next step" and
 * "no earlier step" show.
 */
function probeContent(state: DossierState, process: InternalProcess | undefined): ProbeContent {
  const reason = { reason: PROBE_TEXT };
  // Moves name a real target: the next step's unit, the first step (an earlier one unless there).
  const steps = state.process?.steps ?? [];
  const at = steps.findIndex((step) => step.id === state.stepVisits.at(-1)?.stepId);
  return {
    AcceptDossier: process ? { process } : {},
    RequestCompletion: { ...reason, missingComponents: [PROBE_TEXT] },
    RefuseDossier: reason,
    CancelDossier: reason,
    RequestSupplement: { ...reason, missingComponents: [PROBE_TEXT] },
    ReceiveSupplement: { components: [] },
    PauseProcessing: {
      reasonCode: 'VERIFICATION',
      ...reason,
      attachment: PROBE_DOCUMENT,
      notice: { channel: 'desk', reference: PROBE_TEXT },
    },
    ResumeProcessing: {},
    IssueApology: { ...reason, rescheduledAt: FAR_FUTURE },
    IssueResult: { decision: 'refused', documents: [], ...reason },
    ReturnResult: { method: 'desk' },
    RequestWithdrawal: reason,
    StopProcessing: reason,
    RateSatisfaction: { satisfied: true },
    ReceiveDossier: {},
    HandOverDossier: { toUnit: steps[at + 1]?.unit ?? '' },
    ReassignDossier: { toOfficer: PROBE_TEXT, ...reason },
    SendBackDossier: { toStep: steps[0]?.id ?? '', ...reason },
  };
}

/**
 * The commands `actor` may send now (the answer behind the web app's buttons): each kind is decided on
 * the state with stand-in content, by the decider itself, so no rule is written twice. `at` is now.
 */
export function allowedCommands(
  state: DossierState,
  actor: Actor,
  at: string,
  context: DecisionContext & { readonly process?: InternalProcess },
  among: readonly PersonCommand[] = PAGE_COMMANDS,
): PersonCommand[] {
  const content = probeContent(state, context.process);
  return among.filter((type) => {
    try {
      decide({ type, at, actor, ...content[type] } as DossierCommand, state, context);
      return true;
    } catch (error) {
      if (error instanceof DossierRefusal) return ABOUT_THE_CONTENT.has(error.code);
      throw error;
    }
  });
}
