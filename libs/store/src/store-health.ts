import type { DataSource } from 'typeorm';
import { READ_MODELS_CHECKPOINT } from './projections/projector';

/** What operations watch of the store: whether it answers, and how far the read models trail the events. */
export class StoreHealth {
  constructor(private readonly db: DataSource) {}

  /** Resolves when PostgreSQL answers a trivial query. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /** Age in seconds of the oldest event not yet in the read models (0 when caught up). */
  async projectionLagSeconds(): Promise<number> {
    const [row] = await this.db.query(
      `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(e.recorded_at)), 0)::float AS lag
       FROM events e LEFT JOIN projection_checkpoints c ON c.projection = $1
       WHERE (e.transaction_id, e.position) > (COALESCE(c.transaction_id, '0'::xid8), COALESCE(c.position, 0))`,
      [READ_MODELS_CHECKPOINT],
    );
    return row.lag;
  }
}
