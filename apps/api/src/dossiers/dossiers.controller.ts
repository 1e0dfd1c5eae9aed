import { Body, Controller, Headers, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { controlSlipOf, type ControlSlip } from '@motcua/domain';
import type { StoredEvent } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { dossierQuery, queueQuery, type QueueQuery } from '../http/query.schemas';
import type { z } from 'zod';
import { asksForFreshRead } from '../http/fresh-read';
import { Route } from '../http/route';
import { DOSSIER_ROUTES } from './dossiers.routes';
import type { Idempotency } from '../idempotency/idempotency.interceptor';
import { ZodPipe } from '../validation';
import { dossierCodeSchema, submissionSchema, type Submission } from './dossier.schemas';
import { DossierService, type DossierView, type SubmittedDossier } from './dossier.service';
import { QueueService, type QueueItem } from './queue.service';

type RequestWithIdempotency = FastifyRequest & { idempotency?: Idempotency };

@Controller()
export class DossiersController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly queue: QueueService,
  ) {}

  @Route(DOSSIER_ROUTES.submit)
  submit(
    @Body(new ZodPipe(submissionSchema)) submission: Submission,
    @CurrentCaller() caller: Caller,
    @Req() request: RequestWithIdempotency,
  ): Promise<SubmittedDossier> {
    return this.dossiers.submit(submission, caller, request.idempotency);
  }

  @Route(DOSSIER_ROUTES.queue)
  list(
    @Query(new ZodPipe(queueQuery)) query: QueueQuery,
    @CurrentCaller() caller: Caller,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
    return this.queue.list(query, caller.principal, asksForFreshRead(cacheControl));
  }

  @Route(DOSSIER_ROUTES.dossier)
  state(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Query(new ZodPipe(dossierQuery)) query: z.infer<typeof dossierQuery>,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierView> {
    return this.dossiers.view(code, caller, query.atLeast);
  }

  @Route(DOSSIER_ROUTES.process)
  async process(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<ControlSlip> {
    return controlSlipOf(await this.dossiers.state(code));
  }

  @Route(DOSSIER_ROUTES.events)
  async events(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<{ items: StoredEvent[] }> {
    return { items: await this.dossiers.eventsOf(code) };
  }
}
