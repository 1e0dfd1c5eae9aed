import { Body, Controller, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { DossierState } from '../../../../libs/domain/src';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { expectedVersionOf } from '../http/if-match';
import { COMMAND_ROUTES } from '../http/routes';
import { Route } from '../http/route';
import type { Idempotency } from '../idempotency/idempotency.interceptor';
import { ZodPipe } from '../validation';
import { commandBodies, type CommandRoute } from './command.schemas';
import { dossierCodeSchema } from './dossier.schemas';
import { DossierService } from './dossier.service';

type CommandRequest = FastifyRequest & { idempotency?: Idempotency };
const CODE = new ZodPipe(dossierCodeSchema);

/**
 * One route per dossier command (`POST /dossiers/{code}/<command>`), each a Temporal Update. The
 * optional `If-Match: "<version>"` header refuses the command (412) if the dossier has moved on.
 */
@Controller()
export class CommandsController {
  constructor(private readonly dossiers: DossierService) {}

  @Route(COMMAND_ROUTES['accept'])
  accept(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['accept'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'accept', body, caller, request);
  }

  @Route(COMMAND_ROUTES['request-completion'])
  requestCompletion(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['request-completion'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'request-completion', body, caller, request);
  }

  @Route(COMMAND_ROUTES['refuse'])
  refuse(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['refuse'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'refuse', body, caller, request);
  }

  @Route(COMMAND_ROUTES['request-supplement'])
  requestSupplement(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['request-supplement'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'request-supplement', body, caller, request);
  }

  @Route(COMMAND_ROUTES['receive-supplement'])
  receiveSupplement(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['receive-supplement'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'receive-supplement', body, caller, request);
  }

  @Route(COMMAND_ROUTES['pause'])
  pause(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['pause'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'pause', body, caller, request);
  }

  @Route(COMMAND_ROUTES['resume'])
  resume(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['resume'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'resume', body, caller, request);
  }

  @Route(COMMAND_ROUTES['apology'])
  apology(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['apology'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'apology', body, caller, request);
  }

  @Route(COMMAND_ROUTES['result'])
  result(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['result'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'result', body, caller, request);
  }

  @Route(COMMAND_ROUTES['return'])
  returnResult(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['return'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'return', body, caller, request);
  }

  @Route(COMMAND_ROUTES['withdrawal'])
  withdrawal(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['withdrawal'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'withdrawal', body, caller, request);
  }

  @Route(COMMAND_ROUTES['stop'])
  stop(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['stop'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'stop', body, caller, request);
  }

  @Route(COMMAND_ROUTES['cancel'])
  cancel(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['cancel'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'cancel', body, caller, request);
  }

  @Route(COMMAND_ROUTES['rating'])
  rating(
    @Param('code', CODE) code: string,
    @Body(new ZodPipe(commandBodies['rating'])) body: object,
    @CurrentCaller() caller: Caller,
    @Req() request: CommandRequest,
  ): Promise<DossierState> {
    return this.send(code, 'rating', body, caller, request);
  }

  private send(
    code: string,
    route: CommandRoute,
    body: object,
    caller: Caller,
    request: CommandRequest,
  ): Promise<DossierState> {
    return this.dossiers.command(code, route, body, caller, {
      expectedVersion: expectedVersionOf(request.headers['if-match']),
      updateId: request.idempotency?.updateId,
    });
  }
}
