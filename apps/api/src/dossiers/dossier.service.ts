import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  WorkingCalendar,
  allowedCommands,
  decide,
  initialState,
  type Actor,
  type DossierState,
  type InternalProcess,
  type WorkingCalendarConfig,
} from '@motcua/domain';
import { DossierCodes, DossierRecords, EventStore, type StoredEvent } from '@motcua/store';
import { commandUpdates, dossierStreamId, reviseCalendarUpdate, type CommandPayload } from '@motcua/workflows/messages';
import type { Caller } from '../auth/auth.guard';
import { dossierCodeOfParams } from '../auth/dossier-scope';
import { canActFor } from '../auth/principal';
import { CatalogueService } from '../catalogue/catalogue.service';
import { DocumentReferences } from '../documents/document-references';
import { ResultSignatures } from '../documents/result-signatures';
import { ApiError } from '../errors/api-error';
import type { Idempotency } from '../idempotency/idempotency.interceptor';
import { CLOCK, type Clock } from '../tokens';
import { COMMAND_TYPES, type CommandRoute } from './command.schemas';
import { DossierWorkflows, dossierNotFound } from './dossier-workflows';
import type { Submission } from './dossier.schemas';
import { LookupKeys } from './lookup-keys';
import { COMMAND_ROUTES } from './dossiers.routes';

/** Options of a command: the version the caller saw (If-Match) and an idempotency key (Update id). */
export interface CommandOptions {
  readonly expectedVersion?: number;
  readonly updateId?: string;
}

const MAX_CODE_ATTEMPTS = 5;
const FAN_OUT = 16;

/** Outcome of sending a revised calendar to a unit's open dossiers. */
export interface CalendarFanOut {
  readonly openDossiers: number;
  readonly revised: number;
  readonly failed: number;
}

/** A dossier as the caller sees it: its state and the command routes they may call now. */
export type DossierView = DossierState & { readonly allowedCommands: readonly CommandRoute[] };

const COMMAND_ROUTE_NAMES = Object.keys(COMMAND_TYPES) as CommandRoute[];

/** A submitted dossier's state, with the key printed on its receipt for the public status lookup. */
export type SubmittedDossier = DossierState & { readonly lookupKey: string };

/** Submits dossiers and sends them commands, each as a Temporal Update on the dossier's workflow. */
@Injectable()
export class DossierService {
  constructor(
    private readonly workflows: DossierWorkflows,
    private readonly events: EventStore,
    private readonly records: DossierRecords,
    private readonly codes: DossierCodes,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalogue: CatalogueService,
    private readonly lookupKeys: LookupKeys,
    private readonly documents: DocumentReferences,
    private readonly signatures: ResultSignatures,
  ) {}

  /**
   * Starts the dossier's workflow and submits it in one Update-with-Start, returning the state once
   * `DossierSubmitted` is stored. The command is checked by the decider first, so a refused
   * submission never starts a workflow (nor takes a code). With an idempotency key every attempt
   * uses the same code and Update id, so a retried request returns the first dossier.
   */
  async submit(submission: Submission, caller: Caller, idempotency?: Idempotency): Promise<SubmittedDossier> {
    if (!canActFor(caller.principal, submission.agencyCode)) {
      throw ApiError.of('FORBIDDEN', `you may not submit dossiers to agency ${submission.agencyCode}`);
    }
    if (caller.role === 'applicant' && submission.channel !== 'online') {
      throw ApiError.of('FORBIDDEN', 'the applicant channel submits online dossiers only');
    }
    // The agency first, then its procedure: an unknown agency is always AGENCY_NOT_FOUND.
    const calendar = await this.catalogue.calendarOf(submission.agencyCode);
    const procedure = await this.catalogue.procedure(submission.procedureCode, submission.agencyCode);
    const now = this.clock.now();
    const payloadFor = (dossierCode: string): CommandPayload<'SubmitDossier'> => ({
      type: 'SubmitDossier',
      actor: actorOf(caller),
      dossierCode,
      agencyCode: submission.agencyCode,
      channel: submission.channel,
      procedure,
      applicant: submission.applicant,
      components: submission.components,
      fee: submission.fee,
      paidOnline: submission.paidOnline,
    });
    decide({ ...payloadFor('CHECK'), at: now.toISOString() }, initialState(), {
      calendar: new WorkingCalendar(calendar),
    });
    if (idempotency) {
      const code =
        idempotency.dossierCode ??
        (await idempotency.keepDossierCode(await this.codes.next(submission.agencyCode, now)));
      return this.start(payloadFor(code), calendar, 'USE_EXISTING', idempotency.updateId);
    }
    // A code is taken when the sequence was reset under a Temporal that kept its workflows: take the next.
    for (let attempt = 1; ; attempt++) {
      const code = await this.codes.next(submission.agencyCode, now);
      try {
        return await this.start(payloadFor(code), calendar, 'FAIL');
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError) || attempt >= MAX_CODE_ATTEMPTS) throw error;
      }
    }
  }

  private async start(
    payload: CommandPayload<'SubmitDossier'>,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<SubmittedDossier> {
    const state = await this.workflows.submit(payload, calendar, conflict, updateId);
    return { ...state, lookupKey: this.lookupKeys.keyOf(payload.dossierCode) };
  }

  /**
   * Sends a command to a dossier; resolves with the new state or rejects with the refusal. An
   * acceptance carries the internal process the catalogue has in force for the dossier's procedure;
   * the documents a command names are completed from the dossier's files (422 when unknown).
   */
  async command(
    dossierCode: string,
    route: CommandRoute,
    body: object,
    caller: Caller,
    options: CommandOptions = {},
  ): Promise<DossierState> {
    const type = COMMAND_TYPES[route];
    const process = route === 'accept' ? await this.processOf(dossierCode) : undefined;
    const resolved = await this.documents.resolve(dossierCode, body);
    const payload = {
      ...(route === 'result' ? await this.signatures.verified(dossierCode, resolved) : resolved),
      type,
      actor: actorOf(caller),
      expectedVersion: options.expectedVersion,
      ...(process ? { process } : {}),
    } as CommandPayload;
    return this.workflows.send(dossierCode, commandUpdates[type], payload, options.updateId);
  }

  /** The process in force for the dossier's procedure (its code from the read model, or from the workflow). */
  private async processOf(dossierCode: string): Promise<InternalProcess> {
    const code =
      (await this.records.procedureCodeOf(dossierCode)) ?? (await this.workflows.query(dossierCode)).procedure?.code;
    if (!code) throw dossierNotFound(dossierCode);
    return this.catalogue.processOf(code);
  }

  /** A supervisor's review of an audited action (`<code>:<actionId>`), itself an event of the dossier. */
  review(
    auditedActionId: string,
    body: { verdict: 'justified' | 'unjustified'; note?: string },
    caller: Caller,
    updateId?: string,
  ): Promise<DossierState> {
    const [dossierCode, actionId] = splitAuditedActionId(auditedActionId);
    const payload: CommandPayload<'ReviewAuditedAction'> = {
      type: 'ReviewAuditedAction',
      actor: actorOf(caller),
      actionId,
      verdict: body.verdict,
      note: body.note ?? '',
    };
    return this.workflows.send(dossierCode, commandUpdates.ReviewAuditedAction, payload, updateId);
  }

  /**
   * Sends a revised unit calendar to every open dossier of the unit (their workflows recompute the
   * pending deadlines), 16 at a time. Dossiers that refuse (e.g. closed meanwhile) are counted, not fatal.
   */
  async reviseCalendarOfOpenDossiers(
    agencyCode: string,
    revision: string,
    calendar: WorkingCalendarConfig,
  ): Promise<CalendarFanOut> {
    const codes = await this.records.openCodes(agencyCode);
    let revised = 0;
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < codes.length) {
        const code = codes[next++];
        try {
          await this.workflows.send(code, reviseCalendarUpdate, { revision, calendar });
          revised += 1;
        } catch {
          failed += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: FAN_OUT }, worker));
    return { openDossiers: codes.length, revised, failed };
  }

  /** The dossier as the read model has it, or straight from its workflow when not yet projected. */
  /**
   * The dossier as its page shows it: the state, and the commands the caller may send now (their role
   * may send it, and the decider would take it: see the domain's `allowedCommands`).
   */
  async view(dossierCode: string, caller: Caller, atLeast?: number): Promise<DossierView> {
    const state = await this.state(dossierCode, atLeast);
    if (!state.agencyCode) return { ...state, allowedCommands: [] };
    const routes = COMMAND_ROUTE_NAMES.filter((route) => {
      const roles = COMMAND_ROUTES[route].roles;
      return roles !== 'public' && roles.includes(caller.role);
    });
    const [calendar, process] = await Promise.all([
      this.catalogue.calendarOf(state.agencyCode),
      state.procedure ? this.catalogue.processOf(state.procedure.code) : undefined,
    ]);
    const allowed = new Set(
      allowedCommands(
        state,
        actorOf(caller),
        this.clock.now().toISOString(),
        { calendar: new WorkingCalendar(calendar), ...(process ? { process } : {}) },
        routes.map((route) => COMMAND_TYPES[route]),
      ),
    );
    return { ...state, allowedCommands: routes.filter((route) => allowed.has(COMMAND_TYPES[route])) };
  }

  /** The dossier's state: the read model's, unless it is missing or behind `atLeast` (then the workflow's). */
  async state(dossierCode: string, atLeast?: number): Promise<DossierState> {
    const projected = await this.records.state(dossierCode);
    if (projected && (atLeast === undefined || projected.version >= atLeast)) return projected;
    return this.workflows.query(dossierCode);
  }

  /** The dossier's events in stream order. */
  async eventsOf(dossierCode: string): Promise<StoredEvent[]> {
    const events = await this.events.readStream(dossierStreamId(dossierCode));
    if (events.length === 0) throw dossierNotFound(dossierCode);
    return events;
  }
}

function actorOf(caller: Caller): Actor {
  const units = caller.principal.units;
  return { id: caller.principal.id, role: caller.role, ...(units ? { units } : {}) };
}

/** `STP-KH-261124-000001:pause-1` → [dossier code, action id]. */
function splitAuditedActionId(id: string): [string, string] {
  const dossierCode = dossierCodeOfParams({ id });
  if (dossierCode === id) throw ApiError.of('NOT_FOUND', `no audited action ${id}`);
  return [dossierCode, id.slice(dossierCode.length + 1)];
}
