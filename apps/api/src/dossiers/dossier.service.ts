import { Inject, Injectable } from '@nestjs/common';
import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  type Client,
} from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../../libs/config/src/config';
import {
  WorkingCalendar,
  decide,
  initialState,
  type Actor,
  type DossierState,
  type WorkingCalendarConfig,
} from '../../../../libs/domain/src';
import { EventStore, type StoredEvent } from '../../../../libs/store/src';
import {
  DOSSIER_WORKFLOW_TYPE,
  commandUpdates,
  dossierStreamId,
  dossierWorkflowId,
  reviseCalendarUpdate,
  stateQuery,
  type CommandPayload,
  type DossierWorkflowInput,
} from '../../../../workflows/src/messages';
import type { Caller } from '../auth/auth.guard';
import { dossierCodeOfParams } from '../auth/dossier-scope';
import { canActFor } from '../auth/principal';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApiError } from '../errors/api-error';
import { CLOCK, CONFIG, DATA_SOURCE, TEMPORAL_CLIENT, type Clock } from '../tokens';
import { COMMAND_TYPES, type CommandRoute } from './command.schemas';
import { nextDossierCode } from './dossier-codes';
import type { Submission } from './dossier.schemas';
import { LookupKeys } from './lookup-keys';
import { ApiMetrics } from '../metrics/metrics';

/** Options of a command: the version the caller saw (If-Match) and an idempotency key (Update id). */
export interface CommandOptions {
  readonly expectedVersion?: number;
  readonly updateId?: string;
}

const MAX_CODE_ATTEMPTS = 5;

/** Outcome of sending a revised calendar to a unit's open dossiers. */
export interface CalendarFanOut {
  readonly openDossiers: number;
  readonly revised: number;
  readonly failed: number;
}

/** A submitted dossier's state, with the key printed on its receipt for the public status lookup. */
export type SubmittedDossier = DossierState & { readonly lookupKey: string };

/** Submits dossiers and sends them commands, each as a Temporal Update on the dossier's workflow. */
@Injectable()
export class DossierService {
  private readonly events: EventStore;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalogue: CatalogueService,
    private readonly lookupKeys: LookupKeys,
    private readonly metrics: ApiMetrics,
  ) {
    this.events = new EventStore(db);
  }

  /**
   * Starts the dossier's workflow and submits it in one Update-with-Start, returning the state once
   * `DossierSubmitted` is stored. The command is checked by the decider first, so a refused
   * submission never starts a workflow. With an idempotency key the same code and Update id are
   * reused, so a retried request returns the first dossier instead of opening a second one.
   */
  async submit(
    submission: Submission,
    caller: Caller,
    retry?: { dossierCode?: string; updateId?: string },
  ): Promise<SubmittedDossier> {
    if (!canActFor(caller.principal, submission.agencyCode)) {
      throw new ApiError(403, 'FORBIDDEN', `you may not submit dossiers to agency ${submission.agencyCode}`);
    }
    if (caller.role === 'applicant' && submission.channel !== 'online') {
      throw new ApiError(403, 'FORBIDDEN', 'the applicant channel submits online dossiers only');
    }
    const [procedure, calendar] = await Promise.all([
      this.catalogue.procedure(submission.procedureCode, submission.agencyCode),
      this.catalogue.calendarOf(submission.agencyCode),
    ]);
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
    if (retry?.dossierCode) return this.start(payloadFor(retry.dossierCode), calendar, 'USE_EXISTING', retry.updateId);
    // A code is taken when the sequence was reset under a Temporal that kept its workflows: take the next.
    for (let attempt = 1; ; attempt++) {
      const dossierCode = await nextDossierCode(this.db, submission.agencyCode, now);
      try {
        return await this.start(payloadFor(dossierCode), calendar, 'FAIL');
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError) || attempt >= MAX_CODE_ATTEMPTS) throw error;
      }
    }
  }

  private async start(
    payload: CommandPayload<'SubmitDossier'>,
    calendar: WorkingCalendarConfig,
    workflowIdConflictPolicy: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<SubmittedDossier> {
    const input: DossierWorkflowInput = { dossierCode: payload.dossierCode, calendar };
    const startWorkflowOperation = new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
      workflowId: dossierWorkflowId(payload.dossierCode),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy,
    });
    const state = await this.metrics.timeUpdate('SubmitDossier', () =>
      this.temporal.workflow.executeUpdateWithStart(commandUpdates.SubmitDossier, {
        args: [payload],
        startWorkflowOperation,
        updateId,
      }),
    );
    return { ...state, lookupKey: this.lookupKeys.keyOf(payload.dossierCode) };
  }

  /** Issues a dossier code ahead of submission (idempotent submissions remember it with their key). */
  reserveCode(agencyCode: string): Promise<string> {
    return nextDossierCode(this.db, agencyCode, this.clock.now());
  }

  /** Sends a command to a dossier; resolves with the new state or rejects with the refusal. */
  async command(
    dossierCode: string,
    route: CommandRoute,
    body: object,
    caller: Caller,
    options: CommandOptions = {},
  ): Promise<DossierState> {
    const type = COMMAND_TYPES[route];
    const payload = {
      ...body,
      type,
      actor: actorOf(caller),
      expectedVersion: options.expectedVersion,
    } as CommandPayload;
    const handle = this.temporal.workflow.getHandle(dossierWorkflowId(dossierCode));
    return this.notFoundAsApiError(dossierCode, () =>
      this.metrics.timeUpdate(type, () =>
        handle.executeUpdate(commandUpdates[type], { args: [payload], updateId: options.updateId }),
      ),
    );
  }

  /** A supervisor's review of an audited action (`<code>:<actionId>`), itself an event of the dossier. */
  review(
    auditedActionId: string,
    body: { verdict: 'justified' | 'unjustified'; note?: string },
    caller: Caller,
  ): Promise<DossierState> {
    const [dossierCode, actionId] = splitAuditedActionId(auditedActionId);
    const payload: CommandPayload<'ReviewAuditedAction'> = {
      type: 'ReviewAuditedAction',
      actor: actorOf(caller),
      actionId,
      verdict: body.verdict,
      note: body.note ?? '',
    };
    const handle = this.temporal.workflow.getHandle(dossierWorkflowId(dossierCode));
    return this.notFoundAsApiError(dossierCode, () =>
      handle.executeUpdate(commandUpdates.ReviewAuditedAction, { args: [payload] }),
    );
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
    const rows: { dossier_code: string }[] = await this.db.query(
      "SELECT dossier_code FROM dossiers WHERE agency_code = $1 AND stage IN ('receipt', 'processing')",
      [agencyCode],
    );
    let revised = 0;
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const code = rows[next++].dossier_code;
        try {
          await this.temporal.workflow
            .getHandle(dossierWorkflowId(code))
            .executeUpdate(reviseCalendarUpdate, { args: [{ revision, calendar }] });
          revised += 1;
        } catch {
          failed += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return { openDossiers: rows.length, revised, failed };
  }

  /** The dossier as the read model has it, or straight from its workflow when not yet projected. */
  async state(dossierCode: string): Promise<DossierState> {
    const [row] = await this.db.query('SELECT state FROM dossiers WHERE dossier_code = $1', [dossierCode]);
    if (row) return row.state;
    const handle = this.temporal.workflow.getHandle(dossierWorkflowId(dossierCode));
    return this.notFoundAsApiError(dossierCode, () => handle.query(stateQuery));
  }

  /** The dossier's events in stream order. */
  async eventsOf(dossierCode: string): Promise<StoredEvent[]> {
    const events = await this.events.readStream(dossierStreamId(dossierCode));
    if (events.length === 0) throw dossierNotFound(dossierCode);
    return events;
  }

  private async notFoundAsApiError<R>(dossierCode: string, call: () => Promise<R>): Promise<R> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw dossierNotFound(dossierCode);
      throw error;
    }
  }
}

function actorOf(caller: Caller): Actor {
  return { id: caller.principal.id, role: caller.role };
}

/** `STP-KH-261124-000001:pause-1` → [dossier code, action id]. */
function splitAuditedActionId(id: string): [string, string] {
  const dossierCode = dossierCodeOfParams({ id });
  if (dossierCode === id) throw new ApiError(404, 'NOT_FOUND', `no audited action ${id}`);
  return [dossierCode, id.slice(dossierCode.length + 1)];
}

function dossierNotFound(dossierCode: string): ApiError {
  return new ApiError(404, 'DOSSIER_NOT_FOUND', `no dossier ${dossierCode}`);
}
