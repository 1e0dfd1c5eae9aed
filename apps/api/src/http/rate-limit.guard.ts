import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Config } from '@motcua/config';
import { ApiError } from '../errors/api-error';
import { CLOCK, CONFIG, type Clock } from '../tokens';
import { ROUTE_SPEC, type RouteSpec } from './route';

const WINDOW_MS = 60_000;
/** Addresses remembered at most; past it the oldest windows are forgotten (a flood cannot grow memory). */
const MAX_ADDRESSES = 100_000;

/**
 * Limits the public routes that write or reveal by key (feedback) per client address: a fixed window
 * of a minute, `PUBLIC_RATE_LIMIT_PER_MINUTE` requests, then 429 `RATE_LIMITED` with `Retry-After`.
 * Per API instance (behind a load balancer each instance counts its own share): enough to stop a
 * script hammering the public page; a shared limit would belong to the proxy in front.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly limit: number;

  constructor(
    private readonly reflector: Reflector,
    @Inject(CONFIG) config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.limit = config.api.publicRateLimitPerMinute;
  }

  canActivate(context: ExecutionContext): boolean {
    const spec = this.reflector.get<RouteSpec | undefined>(ROUTE_SPEC, context.getHandler());
    if (!spec?.rateLimited) return true;
    const address = context.switchToHttp().getRequest<FastifyRequest>().ip;
    const now = this.clock.now().getTime();
    let window = this.windows.get(address);
    if (!window || now - window.start >= WINDOW_MS) {
      this.windows.delete(address);
      if (this.windows.size >= MAX_ADDRESSES) this.windows.delete(this.windows.keys().next().value!);
      window = { start: now, count: 0 };
      this.windows.set(address, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return true;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    throw ApiError.of('RATE_LIMITED', `more than ${this.limit} requests a minute from this address; try again later`, {
      retryAfterSeconds,
    });
  }
}
