import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DossierRecords, StoreHealth } from '@motcua/store';

/** Prometheus metrics of the API process (one registry per app, so tests can build several apps). */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'motcua_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'motcua_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly updateSeconds = new Histogram({
    name: 'motcua_temporal_update_duration_seconds',
    help: 'Latency of dossier commands sent as Temporal Updates, by command',
    labelNames: ['command', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(health: StoreHealth, records: DossierRecords) {
    collectDefaultMetrics({ register: this.registry, prefix: 'motcua_' });
    new Gauge({
      name: 'motcua_projection_lag_seconds',
      help: 'Age of the oldest event not yet in the read models (0 when caught up)',
      registers: [this.registry],
      async collect() {
        this.set(await health.projectionLagSeconds());
      },
    });
    new Gauge({
      name: 'motcua_dossiers',
      help: 'Dossiers by national status code',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { status, count } of await records.countsByStatus()) this.set({ status: String(status) }, count);
      },
    });
  }

  /** Times a Temporal Update, labelled by command and outcome. */
  async timeUpdate<T>(command: string, call: () => Promise<T>): Promise<T> {
    const end = this.updateSeconds.startTimer({ command });
    try {
      const result = await call();
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: 'refused' });
      throw error;
    }
  }
}
