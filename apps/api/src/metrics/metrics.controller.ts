import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Route } from '../http/route';
import { METRICS_ROUTES } from './metrics.routes';
import { ApiMetrics } from './metrics';

@Controller()
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Route(METRICS_ROUTES.metrics)
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('content-type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
