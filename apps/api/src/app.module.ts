import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { systemClock } from '@motcua/store';
import type { Config } from '@motcua/config';
import { AdminController } from './admin/admin.controller';
import { NationalSyncController } from './national-sync/national-sync.controller';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuthGuard } from './auth/auth.guard';
import { CatalogueController } from './catalogue/catalogue.controller';
import { CatalogueService } from './catalogue/catalogue.service';
import { CommandsController } from './dossiers/commands.controller';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { DocumentReferences } from './documents/document-references';
import { ResultSignatures, trustAnchorsProvider } from './documents/result-signatures';
import { documentStorageProviders } from './documents/document-storage';
import { DossierService } from './dossiers/dossier.service';
import { DossierWorkflows } from './dossiers/dossier-workflows';
import { DossiersController } from './dossiers/dossiers.controller';
import { SlipsController } from './slips/slips.controller';
import { RegisterController } from './slips/register.controller';
import { LookupKeys } from './dossiers/lookup-keys';
import { QueueService } from './dossiers/queue.service';
import { ProblemFilter } from './errors/problem.filter';
import { HealthController } from './health/health.controller';
import { ApiReadModelVersions } from './http/read-model-versions.provider';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { ResponseShapeInterceptor } from './openapi/response-shape.interceptor';
import { Index766Controller } from './index766/index766.controller';
import { MetricsController } from './metrics/metrics.controller';
import { ApiMetrics } from './metrics/metrics';
import { PublicController } from './public/public.controller';
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackService } from './feedback/feedback.service';
import { FeedbackWorkflows } from './feedback/feedback-workflows';
import { RateLimitGuard } from './http/rate-limit.guard';
import { WebController } from './web/web.controller';
import { ChangesController } from './web/changes.controller';
import { TemporalConnectionCloser, temporalClientProvider, temporalProbeProvider } from './temporal/temporal.providers';
import { storeProviders } from './store.providers';
import { CLOCK, CONFIG, DATA_SOURCE, type Clock } from './tokens';

/** What the app is built from: the validated config and an open, migrated database. */
export interface AppDependencies {
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      controllers: [
        AdminController,
        NationalSyncController,
        DossiersController,
        CommandsController,
        DocumentsController,
        SlipsController,
        RegisterController,
        AuditController,
        PublicController,
        FeedbackController,
        HealthController,
        MetricsController,
        Index766Controller,
        CatalogueController,
        WebController,
        ChangesController,
      ],
      providers: [
        { provide: CONFIG, useValue: deps.config },
        { provide: DATA_SOURCE, useValue: deps.dataSource },
        { provide: CLOCK, useValue: deps.clock ?? systemClock },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // The rate limit first: a flood of public requests costs no token check and no database read.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ResponseShapeInterceptor },
        temporalClientProvider,
        temporalProbeProvider,
        TemporalConnectionCloser,
        ...storeProviders,
        DossierWorkflows,
        FeedbackWorkflows,
        FeedbackService,
        ApiMetrics,
        CatalogueService,
        LookupKeys,
        DossierService,
        QueueService,
        ApiReadModelVersions,
        AuditService,
        ...documentStorageProviders,
        DocumentsService,
        DocumentReferences,
        ResultSignatures,
        trustAnchorsProvider,
      ],
    };
  }
}
