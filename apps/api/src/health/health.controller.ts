import { Controller, Inject, Res } from '@nestjs/common';
import type { Connection } from '@temporalio/client';
import type { FastifyReply } from 'fastify';
import { StoreHealth } from '@motcua/store';
import { Route } from '../http/route';
import { HEALTH_ROUTES } from './health.routes';
import { TEMPORAL_PROBE } from '../tokens';

type Status = 'up' | 'down';
const CHECK_TIMEOUT_MS = 2_000;

/** Liveness (`/health/live`) and readiness (`/health`): PostgreSQL and Temporal must both answer. */
@Controller()
export class HealthController {
  constructor(
    private readonly store: StoreHealth,
    @Inject(TEMPORAL_PROBE) private readonly temporal: Connection,
  ) {}

  @Route(HEALTH_ROUTES.live)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Route(HEALTH_ROUTES.health)
  async ready(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ status: Status; checks: Record<string, Status> }> {
    const [postgres, temporal] = await Promise.all([
      check(() => this.store.ping()),
      check((signal) => this.temporal.withAbortSignal(signal, () => this.temporal.workflowService.getSystemInfo({}))),
    ]);
    const status: Status = postgres === 'up' && temporal === 'up' ? 'up' : 'down';
    void reply.status(status === 'up' ? 200 : 503);
    return { status, checks: { postgres, temporal } };
  }
}

/** Runs a probe with a time limit; the abort signal stops the probe's own retries when time is up. */
async function check(probe: (signal: AbortSignal) => Promise<unknown>): Promise<Status> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error('timeout'));
    }, CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(controller.signal), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
