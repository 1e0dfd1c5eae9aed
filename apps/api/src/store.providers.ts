import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CatalogueStore, DossierCodes, DossierRecords, EventStore, IdempotencyKeys } from '../../../libs/store/src';
import { DATA_SOURCE } from './tokens';

/** The store's repositories the API reads and writes through, each built once on the app's DataSource. */
const REPOSITORIES = [EventStore, CatalogueStore, DossierRecords, DossierCodes, IdempotencyKeys] as const;

export const storeProviders: Provider[] = REPOSITORIES.map((Repository) => ({
  provide: Repository,
  inject: [DATA_SOURCE],
  useFactory: (db: DataSource) => new Repository(db),
}));
