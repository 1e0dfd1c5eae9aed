import { Body, Controller, Param, Query, Req, type Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { dossierQuery } from '../http/query.schemas';
import { Route } from '../http/route';
import type { Idempotency } from '../idempotency/idempotency.interceptor';
import { ZodPipe } from '../validation';
import {
  FEEDBACK_COMMAND_ROUTES,
  FEEDBACK_ROUTES,
  PUBLIC_FEEDBACK_COMMAND_ROUTES,
  feedbackRouteName,
  publicFeedbackRouteName,
} from './feedback.routes';
import {
  feedbackCodeSchema,
  feedbackCommandBodies,
  feedbackListQuery,
  publicFeedbackBodies,
  publicFeedbackQuery,
  publicFeedbackSchema,
  receiveFeedbackSchema,
  type FeedbackCommandRoute,
  type FeedbackListQuery,
  type FeedbackReceipt,
  type PublicFeedbackReceipt,
  type PublicFeedbackRoute,
} from './feedback.schemas';
import {
  FeedbackService,
  type FeedbackPage,
  type FeedbackView,
  type PublicFeedbackView,
  type ReceivedFeedback,
} from './feedback.service';

type IdempotentRequest = FastifyRequest & { idempotency?: Idempotency };
const CODE = new ZodPipe(feedbackCodeSchema);

/**
 * Feedback and petitions (phản ánh, kiến nghị): receipt, the officers' list, one feedback, every
 * officer's command (one handler, a route per entry of the route table) and the public page's routes.
 */
@Controller()
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Route(FEEDBACK_ROUTES.receiveFeedback)
  receive(
    @Body(new ZodPipe(receiveFeedbackSchema)) body: FeedbackReceipt,
    @CurrentCaller() caller: Caller,
    @Req() request: IdempotentRequest,
  ): Promise<ReceivedFeedback> {
    return this.feedback.receive(body, caller, request.idempotency);
  }

  @Route(FEEDBACK_ROUTES.feedbackList)
  list(
    @Query(new ZodPipe(feedbackListQuery)) query: FeedbackListQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<FeedbackPage> {
    return this.feedback.list(query, caller);
  }

  @Route(FEEDBACK_ROUTES.feedback)
  one(
    @Param('feedbackCode', CODE) code: string,
    @Query(new ZodPipe(dossierQuery)) query: { atLeast?: number },
    @CurrentCaller() caller: Caller,
  ): Promise<FeedbackView> {
    return this.feedback.view(code, caller, query.atLeast);
  }

  @Route(FEEDBACK_ROUTES.publicFeedbackReceipt)
  receivePublic(
    @Body(new ZodPipe(publicFeedbackSchema)) body: PublicFeedbackReceipt,
    @Req() request: IdempotentRequest,
  ): Promise<ReceivedFeedback> {
    return this.feedback.receivePublic(body, request.idempotency);
  }

  @Route(FEEDBACK_ROUTES.publicFeedback)
  publicView(
    @Param('feedbackCode', CODE) code: string,
    @Query(new ZodPipe(publicFeedbackQuery)) query: { key: string },
  ): Promise<PublicFeedbackView> {
    return this.feedback.publicView(code, query.key);
  }

  /** The one handler of every officer's command route. */
  send(
    route: FeedbackCommandRoute,
    code: string,
    body: object,
    caller: Caller,
    request: IdempotentRequest,
  ): Promise<FeedbackView> {
    return this.feedback.command(code, route, body, caller, request.idempotency?.updateId);
  }

  /** The one handler of the sender's routes (rating, raise again), with the key. */
  sendAsSender(
    route: PublicFeedbackRoute,
    code: string,
    body: object,
    query: { key: string },
    request: IdempotentRequest,
  ): Promise<PublicFeedbackView> {
    return this.feedback.publicCommand(code, query.key, route, body, request.idempotency?.updateId);
  }
}

/** Adds a method to the controller for a route of the table: its Nest route and the given parameter decorators. */
function defineRoute(
  controller: Type<FeedbackController>,
  name: string,
  call: (this: FeedbackController, ...args: never[]) => unknown,
  route: Parameters<typeof Route>[0],
  parameters: ParameterDecorator[],
): void {
  const prototype = controller.prototype as unknown as Record<string, unknown>;
  prototype[name] = call;
  Route(route)(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
  parameters.forEach((decorate, index) => decorate(prototype, name, index));
}

for (const route of Object.keys(feedbackCommandBodies) as FeedbackCommandRoute[]) {
  defineRoute(
    FeedbackController,
    feedbackRouteName(route),
    function (this: FeedbackController, ...args: [string, object, Caller, IdempotentRequest]) {
      return this.send(route, ...args);
    },
    FEEDBACK_COMMAND_ROUTES[feedbackRouteName(route)],
    [Param('feedbackCode', CODE), Body(new ZodPipe(feedbackCommandBodies[route])), CurrentCaller(), Req()],
  );
}

for (const route of Object.keys(publicFeedbackBodies) as PublicFeedbackRoute[]) {
  defineRoute(
    FeedbackController,
    publicFeedbackRouteName(route),
    function (this: FeedbackController, ...args: [string, object, { key: string }, IdempotentRequest]) {
      return this.sendAsSender(route, ...args);
    },
    PUBLIC_FEEDBACK_COMMAND_ROUTES[publicFeedbackRouteName(route)],
    [
      Param('feedbackCode', CODE),
      Body(new ZodPipe(publicFeedbackBodies[route])),
      Query(new ZodPipe(publicFeedbackQuery)),
      Req(),
    ],
  );
}
