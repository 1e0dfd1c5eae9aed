import type { PortalConfig } from '@motcua/config';
import type { DeliveryOutcome, OutboxEntry, PortalOutbox } from '@motcua/store';
import { PortalUnavailable, type PortalClient } from './portal-client';
import { PollingLoop } from './polling-loop';

/**
 * The delay before try `attempts + 1`: exponential from `baseMs`, capped at `capMs`, with "equal jitter"
 * (half fixed, half random) so senders that failed together do not come back together.
 */
export function retryDelayMs(
  attempts: number,
  retry: PortalConfig['retry'],
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(retry.capMs, retry.baseMs * 2 ** Math.min(attempts, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** What one delivery attempt of `message` comes to, from what the portal did (or failed to do). */
export async function deliveryOf(
  message: OutboxEntry,
  client: PortalClient,
  retry: PortalConfig['retry'],
  now: () => number = Date.now,
): Promise<DeliveryOutcome> {
  try {
    const answer = await client.send(message);
    if (answer.kind === 'accepted') return { kind: 'acknowledged' };
    // A refusal of the content or order is a dead letter at once: an admin looks before it is replayed.
    return { kind: 'dead', error: `refused ${answer.code}: ${answer.message}` };
  } catch (error) {
    if (!(error instanceof PortalUnavailable)) throw error;
    if (message.attempts + 1 >= retry.maxAttempts)
      return { kind: 'dead', error: `${error.message} (after ${message.attempts + 1} tries)` };
    return { kind: 'failed', error: error.message, retryAt: new Date(now() + retryDelayMs(message.attempts, retry)) };
  }
}

/**
 * Delivers the national portal's outbox, part of the worker process (it already keeps the projector
 * that fills the outbox, and a deployment scales senders with workers). Several senders may run: the
 * outbox's row locks keep each message with one of them, and a dossier's messages in order.
 */
export class PortalSender {
  private readonly loop: PollingLoop;

  constructor(
    private readonly outbox: PortalOutbox,
    private readonly client: PortalClient,
    private readonly config: PortalConfig,
    private readonly options: { batchSize?: number; idleMs?: number; onError?: (error: unknown) => void } = {},
  ) {
    // A failed pass (the database away, or a bug) is said, then tried again after the pause.
    this.loop = new PollingLoop(() => this.deliverDue(), options.idleMs ?? 500, options.onError);
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Delivers until nothing is due (or the sender is stopped); returns how many messages were tried. */
  async deliverDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const tried = await this.outbox.deliverDue(this.options.batchSize ?? 20, (message) =>
        deliveryOf(message, this.client, this.config.retry),
      );
      total += tried;
      if (tried === 0 || this.loop.stopping) return total;
    }
  }
}
