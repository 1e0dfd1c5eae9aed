import type { DataSource, EntityManager } from 'typeorm';
import {
  PERSONAL_STORE_SERVICE,
  PORTAL_MAPPING_2020,
  portalMessagesOf,
  type DossierState,
  type PortalAcknowledgement,
  type PortalMapping,
  type PortalMessage,
} from '@motcua/domain';
import { isPast, type Checkpoint, type FoldableEvent } from '../event-store';

/** One message owed to the national portal, as the outbox keeps it. */
export interface OutboxMessage {
  readonly messageId: string;
  readonly dossierCode: string;
  readonly agencyCode: string;
  /** Order within the dossier: stream version × 10 + the message's index in its event. */
  readonly seq: number;
  readonly service: PortalMessage['service'];
  readonly isUpdating: boolean | null;
  readonly payload: Record<string, unknown>;
  readonly mappingVersion: string;
}

export type OutboxState = 'pending' | 'acknowledged' | 'dead';

/** A message with where its delivery stands. */
export interface OutboxEntry extends OutboxMessage {
  readonly state: OutboxState;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly acknowledgedAt: string | null;
  readonly createdAt: string;
}

/**
 * Collects, event by event while the projector folds a batch, what each event owes the portal
 * (the domain's `portalMessagesOf`), with ids derived from the event so replays produce the same ones.
 */
export class PortalMessageCollector {
  readonly messages: OutboxMessage[] = [];

  /** `owes`: which events owe messages here (those another projection has not written yet). */
  constructor(
    private readonly owes: (event: FoldableEvent) => boolean = () => true,
    private readonly mapping: PortalMapping = PORTAL_MAPPING_2020,
  ) {}

  readonly onEvent = (before: DossierState, after: DossierState, event: FoldableEvent): void => {
    if (!this.owes(event)) return;
    const moment = {
      type: event.type,
      at: (event.data as { at: string }).at,
      actorId: event.metadata.actorId,
      actorRole: event.metadata.actorRole ?? 'system',
      data: event.data,
    };
    portalMessagesOf(before, after, moment, this.mapping).forEach((message, index) => {
      this.messages.push({
        messageId: `${after.dossierCode}:${event.streamVersion}:${index}`,
        dossierCode: after.dossierCode!,
        agencyCode: after.agencyCode!,
        seq: event.streamVersion * 10 + index,
        service: message.service,
        isUpdating: message.service === 'DongBoHoSoMC' ? message.isUpdating : null,
        payload: message.data as unknown as Record<string, unknown>,
        mappingVersion: this.mapping.version,
      });
    });
  };
}

/** A collector of the portal messages owed by events past `after` (none without a checkpoint). */
export function owedPortalMessages(after: Checkpoint | undefined): PortalMessageCollector | undefined {
  return after && new PortalMessageCollector((event) => isPast(event, after));
}

const COLUMNS = `message_id AS "messageId", dossier_code AS "dossierCode", agency_code AS "agencyCode", seq,
  service, is_updating AS "isUpdating", payload, mapping_version AS "mappingVersion", state, attempts,
  next_attempt_at AS "nextAttemptAt", last_error AS "lastError", acknowledged_at AS "acknowledgedAt",
  created_at AS "createdAt"`;

/** Adds messages to the outbox in `tx`; one already there (a replay) is left as it is. */
export async function appendToOutbox(tx: EntityManager, messages: readonly OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.query(
    `INSERT INTO portal_outbox (message_id, dossier_code, agency_code, seq, service, is_updating, payload, mapping_version)
     SELECT "messageId", "dossierCode", "agencyCode", seq, service, "isUpdating", payload, "mappingVersion"
     FROM jsonb_to_recordset($1::jsonb) AS m("messageId" text, "dossierCode" text, "agencyCode" text, seq int,
       service text, "isUpdating" boolean, payload jsonb, "mappingVersion" text)
     ON CONFLICT (message_id) DO NOTHING`,
    [JSON.stringify(messages)],
  );
}

/** An acknowledgement the dossier has not recorded yet. */
export interface AcknowledgementToRelay {
  readonly messageId: string;
  readonly dossierCode: string;
  readonly acknowledged: PortalAcknowledgement;
  readonly acknowledgedAt: Date;
}

/** What a delivery attempt came to. */
export type DeliveryOutcome =
  | { readonly kind: 'acknowledged' }
  | { readonly kind: 'failed'; readonly error: string; readonly retryAt: Date }
  | { readonly kind: 'dead'; readonly error: string };

/**
 * The outbox as the sender and the admins see it. Claims are row locks held while a message is being
 * delivered: several senders never hold one message at once, a dossier's messages go one at a time in
 * order (only the first one not yet acknowledged is eligible), and a sender that dies mid-delivery
 * releases its lock with its connection, so the message is delivered again under the same id.
 */
export class PortalOutbox {
  constructor(private readonly db: DataSource) {}

  /**
   * Runs `deliver` on up to `limit` messages due now, each the head of its dossier's queue, holding their
   * locks in one transaction until every outcome is recorded. Returns how many were claimed.
   */
  async deliverDue(limit: number, deliver: (message: OutboxEntry) => Promise<DeliveryOutcome>): Promise<number> {
    return this.db.transaction(async (tx) => {
      const due: OutboxEntry[] = await tx.query(
        `SELECT ${COLUMNS} FROM portal_outbox o
         WHERE o.state = 'pending' AND o.next_attempt_at <= now()
           AND NOT EXISTS (SELECT 1 FROM portal_outbox e
                           WHERE e.dossier_code = o.dossier_code AND e.seq < o.seq AND e.state <> 'acknowledged')
         ORDER BY o.next_attempt_at, o.dossier_code, o.seq
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const outcomes = await Promise.all(due.map(async (message) => ({ message, outcome: await deliver(message) })));
      // The usual outcome in one statement; failures one by one (each has its own error and time).
      const acknowledged = outcomes.filter((o) => o.outcome.kind === 'acknowledged').map((o) => o.message.messageId);
      if (acknowledged.length > 0) await this.acknowledge(tx, acknowledged);
      for (const { message, outcome } of outcomes) await this.record(tx, message.messageId, outcome);
      return due.length;
    });
  }

  private async acknowledge(tx: EntityManager, messageIds: readonly string[]): Promise<void> {
    await tx.query(
      `UPDATE portal_outbox SET state = 'acknowledged', attempts = attempts + 1, acknowledged_at = now(), last_error = NULL
       WHERE message_id = ANY($1::text[])`,
      [messageIds],
    );
  }

  private async record(tx: EntityManager, messageId: string, outcome: DeliveryOutcome): Promise<void> {
    if (outcome.kind === 'acknowledged') return;
    if (outcome.kind === 'failed') {
      await tx.query(
        `UPDATE portal_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE message_id = $1`,
        [messageId, outcome.error, outcome.retryAt.toISOString()],
      );
    } else {
      await tx.query(
        `UPDATE portal_outbox SET state = 'dead', attempts = attempts + 1, last_error = $2 WHERE message_id = $1`,
        [messageId, outcome.error],
      );
    }
  }

  /** Dead letters by message id (so by dossier, then its order), a page at a time after the last id seen. */
  /**
   * Acknowledgements not yet relayed to their dossiers, oldest first: the record's creation (1.4) and
   * each e-result pushed to the personal store (4.4).
   */
  async acknowledgementsToRelay(limit: number): Promise<AcknowledgementToRelay[]> {
    return this.db.query(
      `SELECT message_id AS "messageId", dossier_code AS "dossierCode", acknowledged_at AS "acknowledgedAt",
              CASE service WHEN 'DongBoHoSoMC' THEN 'record' ELSE 'personalStore' END AS acknowledged
       FROM portal_outbox
       WHERE state = 'acknowledged' AND relayed_at IS NULL
         AND ((service = 'DongBoHoSoMC' AND is_updating = false) OR service = $2)
       ORDER BY acknowledged_at LIMIT $1`,
      [limit, PERSONAL_STORE_SERVICE],
    );
  }

  /** Marks acknowledgements relayed (their dossiers recorded them). */
  async markRelayed(messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db.query('UPDATE portal_outbox SET relayed_at = now() WHERE message_id = ANY($1::text[])', [messageIds]);
  }

  async deadLetters(limit: number, after?: string): Promise<OutboxEntry[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM portal_outbox WHERE state = 'dead' AND ($2::text IS NULL OR message_id > $2)
       ORDER BY message_id LIMIT $1`,
      [limit, after ?? null],
    );
  }

  async message(messageId: string): Promise<OutboxEntry | undefined> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM portal_outbox WHERE message_id = $1`, [messageId]);
    return row;
  }

  /** A dead letter back in the queue, due now, its tries counted afresh. False when it is not dead. */
  async replay(messageId: string): Promise<boolean> {
    const [, count] = await this.db.query(
      `UPDATE portal_outbox SET state = 'pending', attempts = 0, next_attempt_at = now()
       WHERE message_id = $1 AND state = 'dead'`,
      [messageId],
    );
    return count === 1;
  }

  /** Every message of a dossier, in order (what the portal has been and will be told). */
  async ofDossier(dossierCode: string): Promise<OutboxEntry[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM portal_outbox WHERE dossier_code = $1 ORDER BY seq`, [dossierCode]);
  }
}
