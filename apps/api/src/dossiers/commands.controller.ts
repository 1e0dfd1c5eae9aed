import { Body, Controller, Param, Req, type Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { DossierState } from '@motcua/domain';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { expectedVersionOf } from '../http/if-match';
import { Route } from '../http/route';
import type { Idempotency } from '../idempotency/idempotency.interceptor';
import { ZodPipe } from '../validation';
import { commandBodies, type CommandRoute } from './command.schemas';
import { dossierCodeSchema } from './dossier.schemas';
import { DossierService } from './dossier.service';
import { COMMAND_ROUTES } from './dossiers.routes';

type CommandRequest = FastifyRequest & { idempotency?: Idempotency };
const CODE = new ZodPipe(dossierCodeSchema);

/**
 * Every dossier command (`POST /dossiers/{code}/<command>`), each a Temporal Update, through one
 * handler: a Nest route per entry of the route table, built below. The optional `If-Match:
 * "<version>"` refuses the command (412) if the dossier has moved on; an `Idempotency-Key` makes it
 * the same Update however often it is sent.
 */
@Controller()
export class CommandsController {
  constructor(private readonly dossiers: DossierService) {}

  /** The one handler of every command route. */
  send(
    route: CommandRoute,
    code: string,
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

/** Adds `command:<route>` to the controller: its Nest route, body validation and parameters, calling `send`. */
function defineCommandRoute(controller: Type<CommandsController>, route: CommandRoute): void {
  const name = `command:${route}`;
  const prototype = controller.prototype as unknown as Record<string, unknown>;
  prototype[name] = function (this: CommandsController, ...args: [string, object, Caller, CommandRequest]) {
    return this.send(route, ...args);
  };
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  Route(COMMAND_ROUTES[route])(prototype, name, descriptor);
  Param('code', CODE)(prototype, name, 0);
  Body(new ZodPipe(commandBodies[route]))(prototype, name, 1);
  CurrentCaller()(prototype, name, 2);
  Req()(prototype, name, 3);
}

for (const route of Object.keys(COMMAND_ROUTES) as CommandRoute[]) defineCommandRoute(CommandsController, route);
