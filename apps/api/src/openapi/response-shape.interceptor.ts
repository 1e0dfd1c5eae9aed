import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { Config } from '@motcua/config';
import { ROUTE_SPEC, type RouteSpec } from '../http/route';
import { CONFIG } from '../tokens';

/** A success body that is not what its route documents. */
export class ResponseShapeMismatch extends Error {
  override readonly name = 'ResponseShapeMismatch';
}

/**
 * Checks each JSON success body against its route's documented shape (`RouteSpec.responseBody`), so the
 * OpenAPI document — and the web app's client generated from it — cannot drift from what the API answers.
 * On where `api.checkResponseShapes` says so (every test system): a body that does not match fails the
 * request (a 500, the mismatch in the log) instead of reaching a client that trusts its type.
 */
@Injectable()
export class ResponseShapeInterceptor implements NestInterceptor {
  private readonly enabled: boolean;

  constructor(
    private readonly reflector: Reflector,
    @Inject(CONFIG) config: Config,
  ) {
    this.enabled = config.api.checkResponseShapes === true;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<RouteSpec | undefined>(ROUTE_SPEC, context.getHandler());
    const shape = spec?.responseBody;
    if (!this.enabled || !shape) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        // A report asked for as CSV (`Accept: text/csv`) is its table, not the JSON shape.
        const type = reply.getHeader('content-type');
        if (type !== undefined && !String(type).includes('json')) return body;
        // What the client receives: dates and other objects as their JSON text.
        const checked = shape.safeParse(JSON.parse(JSON.stringify(body ?? null)));
        if (!checked.success) {
          const problems = checked.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
          throw new ResponseShapeMismatch(`${spec.method} ${spec.path} answered off its shape: ${problems.join('; ')}`);
        }
        return body;
      }),
    );
  }
}
