import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { Config } from '@motcua/config';
import {
  agencyOfFeedbackCode,
  feedbackStreamId,
  type FeedbackPersonCommandType,
  type FeedbackState,
  type WorkingCalendarConfig,
} from '@motcua/domain';
import { EventStore } from '@motcua/store';
import {
  FEEDBACK_WORKFLOW_TYPE,
  feedbackStateQuery,
  feedbackUpdates,
  feedbackWorkflowId,
  type FeedbackCommandPayload,
  type FeedbackWorkflowInput,
} from '@motcua/workflows/feedback-messages';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApiError } from '../errors/api-error';
import { ApiMetrics } from '../metrics/metrics';
import { WorkflowCalls } from '../temporal/workflow-calls';
import { CONFIG, TEMPORAL_CLIENT } from '../tokens';

/**
 * The API's side of the feedback workflows (see WorkflowCalls): a feedback whose run ended (its
 * published answer quiet for the after-care period) is woken by the sender's rating or raise again.
 */
@Injectable()
export class FeedbackWorkflows {
  private readonly calls: WorkflowCalls<FeedbackState, FeedbackWorkflowInput>;

  constructor(
    @Inject(CONFIG) config: Config,
    @Inject(TEMPORAL_CLIENT) temporal: Client,
    events: EventStore,
    catalogue: CatalogueService,
    metrics: ApiMetrics,
  ) {
    const afterCareMs = config.dossierQuietPeriodMs;
    this.calls = WorkflowCalls.configured<FeedbackState, FeedbackWorkflowInput>(
      config,
      { temporal, events, catalogue, metrics },
      {
        type: FEEDBACK_WORKFLOW_TYPE,
        workflowId: feedbackWorkflowId,
        streamId: feedbackStreamId,
        agencyOf: agencyOfFeedbackCode,
        input: (feedbackCode, calendar) => ({ feedbackCode, calendar, afterCareMs }),
        notFound: feedbackNotFound,
      },
    );
  }

  /** Starts the feedback's workflow with its receipt (Update-with-Start). */
  receive(
    payload: FeedbackCommandPayload<'ReceiveFeedback'>,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<FeedbackState> {
    return this.calls.start(
      feedbackUpdates.ReceiveFeedback,
      payload.feedbackCode,
      payload,
      calendar,
      conflict,
      updateId,
    );
  }

  /** Sends a command (one Update); 404 FEEDBACK_NOT_FOUND when the store has no such feedback. */
  send(
    feedbackCode: string,
    type: FeedbackPersonCommandType,
    payload: FeedbackCommandPayload,
    updateId?: string,
  ): Promise<FeedbackState> {
    return this.calls.send(feedbackCode, feedbackUpdates[type], payload, updateId);
  }

  query(feedbackCode: string): Promise<FeedbackState> {
    return this.calls.query(feedbackCode, feedbackStateQuery);
  }
}

export function feedbackNotFound(feedbackCode: string): ApiError {
  return ApiError.of('FEEDBACK_NOT_FOUND', `no feedback ${feedbackCode}`);
}
