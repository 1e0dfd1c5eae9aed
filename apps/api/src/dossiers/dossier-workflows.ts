import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Config } from '@motcua/config';
import { agencyOfDossierCode, type DossierState, type WorkingCalendarConfig } from '@motcua/domain';
import { EventStore } from '@motcua/store';
import {
  DOSSIER_WORKFLOW_TYPE,
  commandUpdates,
  dossierStreamId,
  dossierWorkflowId,
  stateQuery,
  type CommandPayload,
  type DossierWorkflowInput,
} from '@motcua/workflows/messages';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApiError } from '../errors/api-error';
import { ApiMetrics } from '../metrics/metrics';
import { CONFIG, TEMPORAL_CLIENT } from '../tokens';

/**
 * The API's side of the dossier workflows: every Temporal call of the API, each bounded by the
 * command timeout (a worker or server that does not answer gives 504 COMMAND_TIMEOUT, not a request
 * that hangs). A dossier whose workflow completed (closed and quiet) is woken by Update-with-Start:
 * the new run folds the dossier's stored events before it applies the command.
 */
@Injectable()
export class DossierWorkflows {
  private readonly timeoutMs: number;
  private readonly quietPeriodMs: number;
  private readonly taskQueue: string;

  constructor(
    @Inject(CONFIG) config: Config,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly events: EventStore,
    private readonly catalogue: CatalogueService,
    private readonly metrics: ApiMetrics,
  ) {
    this.timeoutMs = config.api.commandTimeoutMs;
    this.quietPeriodMs = config.dossierQuietPeriodMs;
    this.taskQueue = config.temporal.taskQueue;
  }

  /**
   * Starts the dossier's workflow and submits it in one Update-with-Start. `conflict` is FAIL for a
   * fresh code and USE_EXISTING for a retried key (the same Update id then returns the first outcome).
   */
  submit(
    payload: CommandPayload<'SubmitDossier'>,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<DossierState> {
    return this.metrics.timeUpdate('SubmitDossier', () =>
      this.bounded(() =>
        this.temporal.workflow.executeUpdateWithStart(commandUpdates.SubmitDossier, {
          args: [payload],
          startWorkflowOperation: this.startOperation(payload.dossierCode, calendar, conflict),
          updateId,
        }),
      ),
    );
  }

  /** Sends a command (one Update) to a dossier; 404 DOSSIER_NOT_FOUND when the store has no such dossier. */
  send<A>(
    dossierCode: string,
    update: UpdateDefinition<DossierState, [A]>,
    payload: A,
    updateId?: string,
  ): Promise<DossierState> {
    const id = updateId ?? randomUUID();
    return this.metrics.timeUpdate(update.name, async () => {
      try {
        return await this.bounded(() =>
          this.temporal.workflow
            .getHandle(dossierWorkflowId(dossierCode))
            .executeUpdate(update, { args: [payload], updateId: id }),
        );
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        return this.wake(dossierCode, update, payload, id);
      }
    });
  }

  /** The state the dossier's workflow holds (its run may be closed: queries replay it). */
  async query(dossierCode: string): Promise<DossierState> {
    try {
      return await this.bounded(() =>
        this.temporal.workflow.getHandle(dossierWorkflowId(dossierCode)).query(stateQuery),
      );
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw dossierNotFound(dossierCode);
      throw error;
    }
  }

  /** Starts a new run of a dossier whose workflow completed, and applies the command in it. */
  private async wake<A>(
    dossierCode: string,
    update: UpdateDefinition<DossierState, [A]>,
    payload: A,
    updateId: string,
  ): Promise<DossierState> {
    const agency = agencyOfDossierCode(dossierCode);
    if (!agency || (await this.events.versionOf(dossierStreamId(dossierCode))) === 0)
      throw dossierNotFound(dossierCode);
    const calendar = await this.catalogue.calendarOf(agency);
    return this.bounded(() =>
      this.temporal.workflow.executeUpdateWithStart(update, {
        args: [payload],
        startWorkflowOperation: this.startOperation(dossierCode, calendar, 'USE_EXISTING'),
        updateId,
      }),
    );
  }

  private startOperation(
    dossierCode: string,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
  ): WithStartWorkflowOperation<(input: DossierWorkflowInput) => Promise<DossierState>> {
    const input: DossierWorkflowInput = { dossierCode, calendar, afterCareMs: this.quietPeriodMs };
    return new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
      workflowId: dossierWorkflowId(dossierCode),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdConflictPolicy: conflict,
    });
  }

  private bounded<R>(call: () => Promise<R>): Promise<R> {
    return this.temporal.withDeadline(Date.now() + this.timeoutMs, call);
  }
}

export function dossierNotFound(dossierCode: string): ApiError {
  return ApiError.of('DOSSIER_NOT_FOUND', `no dossier ${dossierCode}`);
}
