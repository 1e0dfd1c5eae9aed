import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { agencyOfDossierCode } from '@motcua/domain';
import type { AcknowledgementToRelay, CatalogueStore, PortalOutbox } from '@motcua/store';
import {
  DOSSIER_WORKFLOW_TYPE,
  dossierWorkflowId,
  recordPortalAcknowledgementUpdate,
  type DossierWorkflowInput,
  type PortalAcknowledgementRelay,
} from '@motcua/workflows/messages';
import { PollingLoop } from './polling-loop';

export interface RelayOptions {
  readonly taskQueue: string;
  /** The quiet period of a dossier run woken to record an acknowledgement. */
  readonly afterCareMs: number;
  readonly batchSize?: number;
  readonly idleMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Turns the portal's acknowledgements into dossier events: each acknowledged record creation (1.4) and
 * e-result push (4.4) is sent to the dossier's workflow as an Update whose id is the message's, so a
 * relay repeated after a crash is the same Update (and the decider records each kind once); then it is
 * marked relayed. A dossier whose run ended is woken with Update-with-Start, like the API wakes one. The
 * 766 figures then derive from events only, and a rebuild keeps them.
 */
export class AcknowledgementRelay {
  private readonly loop: PollingLoop;

  constructor(
    private readonly outbox: PortalOutbox,
    private readonly temporal: Client,
    private readonly catalogue: CatalogueStore,
    private readonly options: RelayOptions,
  ) {
    // Temporal or the database away: said, then tried again after the pause (nothing was marked).
    this.loop = new PollingLoop(() => this.relayDue(), options.idleMs ?? 1000, options.onError);
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Relays every acknowledgement waiting; returns how many. */
  async relayDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.outbox.acknowledgementsToRelay(this.options.batchSize ?? 50);
      for (const ack of due) {
        // One that can never be recorded is said and set aside: it must not hold back those after it.
        if ((await this.relay(ack)) === 'no workflow')
          this.options.onError?.(new Error(`acknowledgement ${ack.messageId}: no dossier workflow can record it`));
      }
      await this.outbox.markRelayed(due.map((a) => a.messageId));
      total += due.length;
      if (due.length < (this.options.batchSize ?? 50) || this.loop.stopping) return total;
    }
  }

  /**
   * Sends one acknowledgement to its dossier's workflow. `no workflow`: none can be started for it (a code
   * without an agency, an agency without a calendar); Temporal itself away is thrown (tried again later).
   */
  private async relay(ack: AcknowledgementToRelay): Promise<'recorded' | 'no workflow'> {
    const relay: PortalAcknowledgementRelay = {
      acknowledged: ack.acknowledged,
      messageId: ack.messageId,
      acknowledgedAt: new Date(ack.acknowledgedAt).toISOString(),
    };
    const updateId = `portal-ack:${ack.messageId}`;
    try {
      await this.temporal.workflow
        .getHandle(dossierWorkflowId(ack.dossierCode))
        .executeUpdate(recordPortalAcknowledgementUpdate, { args: [relay], updateId });
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      const wake = await this.wakeOperation(ack.dossierCode);
      if (!wake) return 'no workflow';
      await this.temporal.workflow.executeUpdateWithStart(recordPortalAcknowledgementUpdate, {
        args: [relay],
        updateId,
        startWorkflowOperation: wake,
      });
    }
    return 'recorded';
  }

  private async wakeOperation(dossierCode: string) {
    const agency = agencyOfDossierCode(dossierCode);
    const calendar = agency ? (await this.catalogue.calendar(agency))?.value.calendar : undefined;
    if (!calendar) return undefined;
    const input: DossierWorkflowInput = { dossierCode, calendar, afterCareMs: this.options.afterCareMs };
    return new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
      workflowId: dossierWorkflowId(dossierCode),
      taskQueue: this.options.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }
}
