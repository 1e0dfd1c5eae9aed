import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { Config } from '@motcua/config';
import type { WorkingCalendarConfig } from '@motcua/domain';
import type { EventStore } from '@motcua/store';
import type { CatalogueService } from '../catalogue/catalogue.service';
import type { ApiError } from '../errors/api-error';
import type { ApiMetrics } from '../metrics/metrics';

/** What tells one kind of workflow (a dossier's, a feedback's) apart for the API's calls. */
export interface WorkflowKind<I> {
  readonly type: string;
  workflowId(code: string): string;
  streamId(code: string): string;
  /** The agency of a code (whose calendar a woken run takes); undefined when malformed. */
  agencyOf(code: string): string | undefined;
  input(code: string, calendar: WorkingCalendarConfig): I;
  notFound(code: string): ApiError;
}

/** How to reach Temporal: the client, its bound on each call, the task queue; and where to look a code up. */
export interface WorkflowCallsDependencies {
  readonly temporal: Client;
  readonly timeoutMs: number;
  readonly taskQueue: string;
  readonly events: EventStore;
  readonly catalogue: CatalogueService;
  readonly metrics: ApiMetrics;
}

/**
 * Every Temporal call the API makes to one kind of workflow, each bounded by the command timeout (a
 * worker or server that does not answer gives 504 COMMAND_TIMEOUT, not a request that hangs). A
 * workflow whose run completed (closed and quiet) is woken by Update-with-Start: the new run folds
 * its stream's stored events before it applies the command.
 */
export class WorkflowCalls<S, I> {
  constructor(
    private readonly deps: WorkflowCallsDependencies,
    private readonly kind: WorkflowKind<I>,
  ) {}

  /** Calls bounded by the configured command timeout, on the configured task queue. */
  static configured<S, I>(
    config: Config,
    services: Omit<WorkflowCallsDependencies, 'timeoutMs' | 'taskQueue'>,
    kind: WorkflowKind<I>,
  ): WorkflowCalls<S, I> {
    const deps = { ...services, timeoutMs: config.api.commandTimeoutMs, taskQueue: config.temporal.taskQueue };
    return new WorkflowCalls<S, I>(deps, kind);
  }

  /**
   * Starts the workflow with its first command in one Update-with-Start: `conflict` is FAIL for a
   * fresh code, USE_EXISTING for a retried key (the same Update id then returns the first outcome).
   */
  start<A>(
    update: UpdateDefinition<S, [A]>,
    code: string,
    payload: A,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<S> {
    return this.deps.metrics.timeUpdate(update.name, () =>
      this.bounded(() =>
        this.deps.temporal.workflow.executeUpdateWithStart(update, {
          args: [payload],
          startWorkflowOperation: this.startOperation(code, calendar, conflict),
          updateId,
        }),
      ),
    );
  }

  /** Sends a command (one Update); the kind's "not found" when the store holds no such stream. */
  send<A>(code: string, update: UpdateDefinition<S, [A]>, payload: A, updateId: string = randomUUID()): Promise<S> {
    return this.deps.metrics.timeUpdate(update.name, async () => {
      try {
        return await this.bounded(() =>
          this.deps.temporal.workflow
            .getHandle(this.kind.workflowId(code))
            .executeUpdate(update, { args: [payload], updateId }),
        );
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        return this.wake(code, update, payload, updateId);
      }
    });
  }

  /** The state the workflow holds (a closed run answers queries by replay). */
  async query(code: string, query: QueryDefinition<S>): Promise<S> {
    try {
      return await this.bounded(() => this.deps.temporal.workflow.getHandle(this.kind.workflowId(code)).query(query));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw this.kind.notFound(code);
      throw error;
    }
  }

  /** Starts a new run of a workflow whose run completed, and applies the command in it. */
  private async wake<A>(code: string, update: UpdateDefinition<S, [A]>, payload: A, updateId: string): Promise<S> {
    const agency = this.kind.agencyOf(code);
    if (!agency || (await this.deps.events.versionOf(this.kind.streamId(code))) === 0) throw this.kind.notFound(code);
    const calendar = await this.deps.catalogue.calendarOf(agency);
    return this.bounded(() =>
      this.deps.temporal.workflow.executeUpdateWithStart(update, {
        args: [payload],
        startWorkflowOperation: this.startOperation(code, calendar, 'USE_EXISTING'),
        updateId,
      }),
    );
  }

  private startOperation(
    code: string,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
  ): WithStartWorkflowOperation<(input: I) => Promise<S>> {
    return new WithStartWorkflowOperation(this.kind.type, {
      workflowId: this.kind.workflowId(code),
      taskQueue: this.deps.taskQueue,
      args: [this.kind.input(code, calendar)],
      workflowIdConflictPolicy: conflict,
    });
  }

  private bounded<R>(call: () => Promise<R>): Promise<R> {
    return this.deps.temporal.withDeadline(Date.now() + this.deps.timeoutMs, call);
  }
}
