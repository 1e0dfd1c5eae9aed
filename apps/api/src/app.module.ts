import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../libs/config/src/config';
import { CatalogueService } from './catalogue/catalogue.service';
import { DossierService } from './dossiers/dossier.service';
import { DossiersController } from './dossiers/dossiers.controller';
import { ProblemFilter } from './errors/problem.filter';
import { HealthController } from './health/health.controller';
import { TemporalConnectionCloser, temporalClientProvider, temporalProbeProvider } from './temporal/temporal.providers';
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
      controllers: [DossiersController, HealthController],
      providers: [
        { provide: CONFIG, useValue: deps.config },
        { provide: DATA_SOURCE, useValue: deps.dataSource },
        { provide: CLOCK, useValue: deps.clock ?? { now: () => new Date() } },
        { provide: APP_FILTER, useClass: ProblemFilter },
        temporalClientProvider,
        temporalProbeProvider,
        TemporalConnectionCloser,
        CatalogueService,
        DossierService,
      ],
    };
  }
}
