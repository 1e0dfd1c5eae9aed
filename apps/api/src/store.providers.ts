import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  AuditLog,
  CatalogueStore,
  DossierCodes,
  DossierQueue,
  DocumentRegistry,
  DossierRecords,
  DossierRegister,
  EventStore,
  FeedbackCodes,
  FeedbackRecords,
  IdempotencyKeys,
  Index766Reports,
  PortalOutbox,
  StepLateness,
  StoreHealth,
} from '@motcua/store';
import { CLOCK, DATA_SOURCE, type Clock } from './tokens';

/** The store's repositories the API reads and writes through, each built once on the app's DataSource. */
const REPOSITORIES = [
  EventStore,
  DossierRecords,
  DossierCodes,
  DossierQueue,
  AuditLog,
  IdempotencyKeys,
  Index766Reports,
  StoreHealth,
  StepLateness,
  DocumentRegistry,
  DossierRegister,
  PortalOutbox,
  FeedbackRecords,
  FeedbackCodes,
] as const;

export const storeProviders: Provider[] = [
  ...REPOSITORIES.map((Repository) => ({
    provide: Repository,
    inject: [DATA_SOURCE],
    useFactory: (db: DataSource) => new Repository(db),
  })),
  // The catalogue stamps each revision with the instant it was made: the API's clock.
  {
    provide: CatalogueStore,
    inject: [DATA_SOURCE, CLOCK],
    useFactory: (db: DataSource, clock: Clock) => new CatalogueStore(db, clock),
  },
];
