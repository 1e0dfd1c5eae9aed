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
      for (const ack of due) await this.relay(ack);
      await this.outbox.markRelayed(due.map((a) => a.messageId));
      total += due.length;
      if (due.length < (this.options.batchSize ?? 50) || this.loop.stopping) return total;
    }
  }

  private async relay(ack: AcknowledgementToRelay): Promise<void> {
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
      await this.temporal.workflow.executeUpdateWithStart(recordPortalAcknowledgementUpdate, {
        args: [relay],
        updateId,
        startWorkflowOperation: await this.wakeOperation(ack.dossierCode),
      });
    }
  }

  private async wakeOperation(dossierCode: string) {
    const agency = agencyOfDossierCode(dossierCode);
    const calendar = agency ? (await this.catalogue.calendar(agency))?.value.calendar : undefined;
    if (!calendar) throw new Error(`no calendar for the agency of dossier ${dossierCode}`);
    const input: DossierWorkflowInput = { dossierCode, calendar, afterCareMs: this.options.afterCareMs };
    return new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
      workflowId: dossierWorkflowId(dossierCode),
      taskQueue: this.options.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }
}
