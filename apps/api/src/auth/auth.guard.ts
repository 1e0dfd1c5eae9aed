import { Inject, Injectable, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Config } from '@motcua/config';
import { ApiError } from '../errors/api-error';
import { ROUTE_SPEC, type RouteSpec } from '../http/route';
import { CONFIG } from '../tokens';
import { agencyOfDossierCode, agencyOfFeedbackCode } from '@motcua/domain';
import { dossierCodeOfParams } from './dossier-scope';
import { canActFor, type Principal, type Role } from './principal';
import { TokenVerifier } from './tokens';

type AuthenticatedRequest = FastifyRequest & { principal?: Principal; actingRole?: Role };

/**
 * Every route declares a {@link RouteSpec}; a route without one is refused (deny by default). Public
 * routes pass; others need a valid bearer token whose roles include one the route allows and, for
 * a dossier route, an agency scope covering the dossier's agency.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verifier: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(CONFIG) config: Config,
  ) {
    this.verifier = new TokenVerifier(config.auth);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const spec = this.reflector.get<RouteSpec | undefined>(ROUTE_SPEC, context.getHandler());
    if (!spec) throw ApiError.of('FORBIDDEN', 'route not open to anyone');
    if (spec.roles === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request.headers.authorization);
    const actingRole = spec.roles.find((role) => principal.roles.includes(role));
    if (!actingRole) {
      throw ApiError.of('FORBIDDEN', `this route needs one of the roles ${spec.roles.join(', ')}`);
    }
    if (spec.scope === 'dossier') {
      const code = dossierCodeOfParams(request.params as { code?: string; id?: string });
      const agency = agencyOfDossierCode(code);
      if (agency && !canActFor(principal, agency))
        throw ApiError.of('FORBIDDEN', `dossier ${code} belongs to another agency`);
    }
    if (spec.scope === 'feedback') {
      const code = (request.params as { feedbackCode?: string }).feedbackCode ?? '';
      const agency = agencyOfFeedbackCode(code);
      if (agency && !canActFor(principal, agency))
        throw ApiError.of('FORBIDDEN', `feedback ${code} belongs to another agency`);
    }
    const agencyParam = (request.params as { agency?: string }).agency;
    if (spec.scope === 'agency' && agencyParam !== undefined && !canActFor(principal, agencyParam)) {
      throw ApiError.of('FORBIDDEN', `agency ${agencyParam} is outside your scope`);
    }
    request.principal = principal;
    request.actingRole = actingRole;
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Principal> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw ApiError.of('UNAUTHENTICATED', 'a bearer token is required');
    try {
      return await this.verifier.verify(match[1]);
    } catch {
      throw ApiError.of('UNAUTHENTICATED', 'the bearer token is invalid or expired');
    }
  }
}

/** The authenticated caller, and the role in which it calls this route. */
export interface Caller {
  readonly principal: Principal;
  readonly role: Role;
}

export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { principal: request.principal!, role: request.actingRole! };
});
