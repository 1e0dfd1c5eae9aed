import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Config } from '@motcua/config';
import { ReadModelVersions } from '@motcua/store';
import { CONFIG } from '../tokens';

/** The read models' versions as announced by the projector, heard for the API's lifetime. */
@Injectable()
export class ApiReadModelVersions extends ReadModelVersions implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(CONFIG) config: Config) {
    super(config.database.url);
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
