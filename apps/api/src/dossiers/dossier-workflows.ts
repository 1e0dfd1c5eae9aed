import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
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
import { WorkflowCalls } from '../temporal/workflow-calls';
import { CONFIG, TEMPORAL_CLIENT } from '../tokens';

/** The API's side of the dossier workflows (see WorkflowCalls: bounded calls, closed runs woken). */
@Injectable()
export class DossierWorkflows {
  private readonly calls: WorkflowCalls<DossierState, DossierWorkflowInput>;

  constructor(
    @Inject(CONFIG) config: Config,
    @Inject(TEMPORAL_CLIENT) temporal: Client,
    events: EventStore,
    catalogue: CatalogueService,
    metrics: ApiMetrics,
  ) {
    const afterCareMs = config.dossierQuietPeriodMs;
    this.calls = WorkflowCalls.configured<DossierState, DossierWorkflowInput>(
      config,
      { temporal, events, catalogue, metrics },
      {
        type: DOSSIER_WORKFLOW_TYPE,
        workflowId: dossierWorkflowId,
        streamId: dossierStreamId,
        agencyOf: agencyOfDossierCode,
        input: (dossierCode, calendar) => ({ dossierCode, calendar, afterCareMs }),
        notFound: dossierNotFound,
      },
    );
  }

  /** Starts the dossier's workflow and submits it in one Update-with-Start. */
  submit(
    payload: CommandPayload<'SubmitDossier'>,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<DossierState> {
    return this.calls.start(commandUpdates.SubmitDossier, payload.dossierCode, payload, calendar, conflict, updateId);
  }

  /** Sends a command (one Update) to a dossier; 404 DOSSIER_NOT_FOUND when the store has no such dossier. */
  send<A>(
    dossierCode: string,
    update: UpdateDefinition<DossierState, [A]>,
    payload: A,
    updateId?: string,
  ): Promise<DossierState> {
    return this.calls.send(dossierCode, update, payload, updateId);
  }

  /** The state the dossier's workflow holds (its run may be closed: queries replay it). */
  query(dossierCode: string): Promise<DossierState> {
    return this.calls.query(dossierCode, stateQuery);
  }
}

export function dossierNotFound(dossierCode: string): ApiError {
  return ApiError.of('DOSSIER_NOT_FOUND', `no dossier ${dossierCode}`);
}
