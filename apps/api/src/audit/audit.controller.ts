import { Body, Controller, Param, Query } from '@nestjs/common';
import type { DossierState } from '@motcua/domain';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { DossierService } from '../dossiers/dossier.service';
import {
  auditQuery,
  auditSampleQuery,
  reviewBody,
  stepsQuery,
  type AuditQuery,
  type AuditSampleQuery,
  type StepsQuery,
} from '../http/query.schemas';
import { Route } from '../http/route';
import { AUDIT_ROUTES } from './audit.routes';
import { ZodPipe } from '../validation';
import { AuditService, type AuditedActionView } from './audit.service';
import type { StepLatenessRow } from '@motcua/store';

@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly dossiers: DossierService,
  ) {}

  @Route(AUDIT_ROUTES.auditSteps)
  steps(
    @Query(new ZodPipe(stepsQuery)) query: StepsQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<{ groupBy: string; items: StepLatenessRow[] }> {
    return this.audit.steps(query, caller.principal);
  }

  @Route(AUDIT_ROUTES.auditActions)
  list(
    @Query(new ZodPipe(auditQuery)) query: AuditQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<{ items: AuditedActionView[]; nextCursor: string | null }> {
    return this.audit.list(query, caller.principal);
  }

  @Route(AUDIT_ROUTES.auditSample)
  sample(
    @Query(new ZodPipe(auditSampleQuery)) query: AuditSampleQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<{ seed: string; items: AuditedActionView[] }> {
    return this.audit.sample(query, caller.principal);
  }

  @Route(AUDIT_ROUTES.auditReview)
  review(
    @Param('id') id: string,
    @Body(new ZodPipe(reviewBody)) body: { verdict: 'justified' | 'unjustified'; note?: string },
    @CurrentCaller() caller: Caller,
  ): Promise<DossierState> {
    return this.dossiers.review(id, body, caller);
  }
}
