import { Inject, Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../../libs/config/src/config';
import { WorkingCalendar, decide, initialState, type Actor, type DossierState } from '../../../../libs/domain/src';
import { EventStore, type StoredEvent } from '../../../../libs/store/src';
import {
  commandUpdates,
  dossierStreamId,
  dossierWorkflowId,
  stateQuery,
  type CommandPayload,
  type DossierWorkflowInput,
  type PersonCommandType,
} from '../../../../workflows/src/messages';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApiError } from '../errors/api-error';
import { CLOCK, CONFIG, DATA_SOURCE, TEMPORAL_CLIENT, type Clock } from '../tokens';
import { nextDossierCode } from './dossier-codes';
import type { Submission } from './dossier.schemas';

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
  ) {
    this.events = new EventStore(db);
  }

  /**
   * Starts the dossier's workflow and submits it in one Update-with-Start, returning the state once
   * `DossierSubmitted` is stored. The command is checked by the decider first, so a refused
   * submission never starts a workflow.
   */
  async submit(submission: Submission, actor: Actor): Promise<DossierState> {
    const procedure = this.catalogue.procedure(submission.procedureCode);
    this.catalogue.agency(submission.agencyCode);
    const calendar = this.catalogue.calendarOf(submission.agencyCode);
    const now = this.clock.now();
    const dossierCode = await nextDossierCode(this.db, submission.agencyCode, now);
    const payload: CommandPayload<'SubmitDossier'> = {
      type: 'SubmitDossier',
      actor,
      dossierCode,
      agencyCode: submission.agencyCode,
      channel: submission.channel,
      procedure,
      applicant: submission.applicant,
      components: submission.components,
      fee: submission.fee,
      paidOnline: submission.paidOnline,
    };
    decide({ ...payload, at: now.toISOString() }, initialState(), { calendar: new WorkingCalendar(calendar) });
    const input: DossierWorkflowInput = { dossierCode, calendar };
    const start = new WithStartWorkflowOperation('dossierWorkflow', {
      workflowId: dossierWorkflowId(dossierCode),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'FAIL',
    });
    return this.temporal.workflow.executeUpdateWithStart(commandUpdates.SubmitDossier, {
      args: [payload],
      startWorkflowOperation: start,
    });
  }

  /** Sends a command to a dossier; resolves with the new state or rejects with the refusal. */
  async command<T extends PersonCommandType>(dossierCode: string, payload: CommandPayload<T>): Promise<DossierState> {
    const handle = this.temporal.workflow.getHandle(dossierWorkflowId(dossierCode));
    const update = commandUpdates[payload.type as PersonCommandType];
    return this.notFoundAsApiError(dossierCode, () =>
      handle.executeUpdate(update, { args: [payload as CommandPayload] }),
    );
  }

  /** Current state straight from the workflow. */
  async state(dossierCode: string): Promise<DossierState> {
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

function dossierNotFound(dossierCode: string): ApiError {
  return new ApiError(404, 'DOSSIER_NOT_FOUND', `no dossier ${dossierCode}`);
}
