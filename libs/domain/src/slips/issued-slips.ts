/**
 * Papers motcua issues (shared/forms.md): an event that legally produces a paper leaves it pending in
 * the dossier's state; the workflow has it numbered, rendered and stored, and records `SlipIssued`
 * (form, number, hash, stored document) so the history shows every paper handed out.
 */
import type { CommandOf } from '../dossier/commands';
import type { DossierEvent } from '../dossier/events';
import { isVerifiedEResult } from '../dossier/e-result';
import { ensure } from '../dossier/refusal';
import type { DossierState } from '../dossier/state';
import type { SlipIssuer } from './slip-content';
import type { IssuedSlipKind } from './slip-forms';

/** A paper owed for the event at `ofVersion`, not yet issued. */
export interface PendingSlip {
  readonly slip: IssuedSlipKind;
  readonly ofVersion: number;
}

/** An issued paper, as `SlipIssued` records it. */
export interface IssuedSlip extends PendingSlip {
  /** "Mẫu số 01" (absent where the rule set has no form for it). */
  readonly form?: string;
  readonly title: string;
  /** "12/TNHS": the unit's yearly sequence for the form and its symbol. */
  readonly number: string;
  readonly issuer: SlipIssuer;
  /** The instant the paper is dated (the event's instant). */
  readonly issuedAt: string;
  /** Version of the forms table the texts came from. */
  readonly formsVersion: string;
  /** The receipt's QR code target (the public lookup with the receipt key). */
  readonly lookupUrl?: string;
  /** `sha256:<hex>` of the PDF, which re-rendering the same events reproduces byte for byte. */
  readonly contentHash: string;
  /** The stored file among the dossier's documents. */
  readonly documentId: string;
}

const PAPERS: Partial<Record<DossierEvent['type'], IssuedSlipKind>> = {
  DossierAccepted: 'receipt',
  CompletionRequested: 'supplementRequest',
  SupplementRequested: 'supplementRequest',
  DossierRefused: 'refusal',
  ApologyIssued: 'apology',
  DossierStopped: 'stopNotice',
};

/** The paper an event produces, if any. */
export function slipIssuedBy(event: DossierEvent): IssuedSlipKind | undefined {
  return PAPERS[event.type];
}

/** Records a paper the workflow issued; only for a pending one, so a paper is issued once. */
export function recordIssuedSlip(
  command: CommandOf<'RecordIssuedSlip'>,
  state: DossierState,
  at: Date,
): DossierEvent[] {
  ensure(command.actor.role === 'system', 'INVALID_COMMAND', 'slips are recorded by motcua itself');
  const { slip } = command;
  ensure(
    state.pendingSlips.some((p) => p.slip === slip.slip && p.ofVersion === slip.ofVersion),
    'SLIP_NOT_PENDING',
    `no ${slip.slip} is owed for the event at version ${slip.ofVersion}`,
  );
  return [{ type: 'SlipIssued', data: { ...slip, at: at.toISOString() } }];
}

/** The pending and issued papers after `event` was folded as the stream's `version`-th event. */
export function withSlipsOf(state: DossierState, event: DossierEvent, version: number): DossierState {
  if (event.type === 'SlipIssued') {
    const { at: _at, ...issued } = event.data;
    return {
      ...state,
      pendingSlips: state.pendingSlips.filter((p) => p.slip !== issued.slip || p.ofVersion !== issued.ofVersion),
      issuedSlips: [...state.issuedSlips, issued],
    };
  }
  const slip = slipIssuedBy(event);
  return slip ? { ...state, pendingSlips: [...state.pendingSlips, { slip, ofVersion: version }] } : state;
}

/** An e-result the applicant may download: a verified e-signed document of a result returned online. */
export interface DeliveredEResult {
  readonly documentId: string;
  readonly code: string;
  readonly fileName: string;
}

/**
 * What returning online delivers (trả kết quả trực tuyến): the verified e-signed documents of the
 * result, once the result was returned online; nothing before, nothing for a return at the desk.
 */
export function eResultsDelivered(events: readonly DossierEvent[]): DeliveredEResult[] {
  if (!events.some((e) => e.type === 'ResultReturned' && e.data.method === 'online')) return [];
  return events.flatMap((e) =>
    e.type === 'ResultIssued'
      ? e.data.documents
          .filter((d) => isVerifiedEResult(d) && d.documentId)
          .map((d) => ({ documentId: d.documentId!, code: d.code, fileName: d.fileName }))
      : [],
  );
}
