import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
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
import { CONFIG, TEMPORAL_CLIENT } from '../tokens';

/**
 * The API's side of the feedback workflows, each call bounded by the command timeout (504 past it). A
 * feedback whose workflow ended (its published answer quiet for the after-care period) is woken by
 * Update-with-Start: the new run folds the stored events before it applies the command.
 */
@Injectable()
export class FeedbackWorkflows {
  private readonly timeoutMs: number;
  private readonly afterCareMs: number;
  private readonly taskQueue: string;

  constructor(
    @Inject(CONFIG) config: Config,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly events: EventStore,
    private readonly catalogue: CatalogueService,
    private readonly metrics: ApiMetrics,
  ) {
    this.timeoutMs = config.api.commandTimeoutMs;
    this.afterCareMs = config.dossierQuietPeriodMs;
    this.taskQueue = config.temporal.taskQueue;
  }

  /** Starts the feedback's workflow with its receipt (Update-with-Start); `USE_EXISTING` for a retried key. */
  receive(
    payload: FeedbackCommandPayload<'ReceiveFeedback'>,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<FeedbackState> {
    return this.metrics.timeUpdate('ReceiveFeedback', () =>
      this.bounded(() =>
        this.temporal.workflow.executeUpdateWithStart(feedbackUpdates.ReceiveFeedback, {
          args: [payload],
          startWorkflowOperation: this.startOperation(payload.feedbackCode, calendar, conflict),
          updateId,
        }),
      ),
    );
  }

  /** Sends a command (one Update); 404 FEEDBACK_NOT_FOUND when the store has no such feedback. */
  send(
    feedbackCode: string,
    type: FeedbackPersonCommandType,
    payload: FeedbackCommandPayload,
    updateId: string = randomUUID(),
  ): Promise<FeedbackState> {
    const update = feedbackUpdates[type];
    return this.metrics.timeUpdate(type, async () => {
      try {
        return await this.bounded(() =>
          this.temporal.workflow
            .getHandle(feedbackWorkflowId(feedbackCode))
            .executeUpdate(update, { args: [payload], updateId }),
        );
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        const agency = agencyOfFeedbackCode(feedbackCode);
        if (!agency || (await this.events.versionOf(feedbackStreamId(feedbackCode))) === 0)
          throw feedbackNotFound(feedbackCode);
        const calendar = await this.catalogue.calendarOf(agency);
        return this.bounded(() =>
          this.temporal.workflow.executeUpdateWithStart(update, {
            args: [payload],
            startWorkflowOperation: this.startOperation(feedbackCode, calendar, 'USE_EXISTING'),
            updateId,
          }),
        );
      }
    });
  }

  /** The state the feedback's workflow holds (a closed run answers queries by replay). */
  async query(feedbackCode: string): Promise<FeedbackState> {
    try {
      return await this.bounded(() =>
        this.temporal.workflow.getHandle(feedbackWorkflowId(feedbackCode)).query(feedbackStateQuery),
      );
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw feedbackNotFound(feedbackCode);
      throw error;
    }
  }

  private startOperation(
    feedbackCode: string,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
  ): WithStartWorkflowOperation<(input: FeedbackWorkflowInput) => Promise<FeedbackState>> {
    const input: FeedbackWorkflowInput = { feedbackCode, calendar, afterCareMs: this.afterCareMs };
    return new WithStartWorkflowOperation(FEEDBACK_WORKFLOW_TYPE, {
      workflowId: feedbackWorkflowId(feedbackCode),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdConflictPolicy: conflict,
    });
  }

  private bounded<R>(call: () => Promise<R>): Promise<R> {
    return this.temporal.withDeadline(Date.now() + this.timeoutMs, call);
  }
}

export function feedbackNotFound(feedbackCode: string): ApiError {
  return ApiError.of('FEEDBACK_NOT_FOUND', `no feedback ${feedbackCode}`);
}
