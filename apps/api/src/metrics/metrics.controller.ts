import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Route } from '../http/route';
import { ROUTES } from '../http/routes';
import { ApiMetrics } from './metrics';

@Controller()
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Route(ROUTES.metrics)
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('content-type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
