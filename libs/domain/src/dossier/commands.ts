import type { Actor, Applicant, Channel, DossierComponent, ProcedureTerms } from './vocabulary';

/** Commands carry the instant they happen and who acts: the domain has no clock. */
interface Base<T extends string> {
  readonly type: T;
  /** Business instant of the command, ISO-8601. */
  readonly at: string;
  readonly actor: Actor;
}

export type DossierCommand =
  | (Base<'SubmitDossier'> & {
      readonly dossierCode: string;
      readonly agencyCode: string;
      readonly channel: Channel;
      readonly procedure: ProcedureTerms;
      readonly applicant: Applicant;
      readonly components: readonly DossierComponent[];
      readonly fee: number;
      readonly paidOnline?: boolean;
    })
  | Base<'AcceptDossier'>
  | Base<'RecordAcceptanceWindowBreach'>;

export type DossierCommandType = DossierCommand['type'];
export type CommandOf<T extends DossierCommandType> = Extract<DossierCommand, { type: T }>;
