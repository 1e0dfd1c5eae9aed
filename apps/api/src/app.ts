import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppDependencies } from './app.module';

/** Builds the HTTP application (not yet listening): used by main and by the e2e tests. */
export async function createApp(deps: AppDependencies): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(deps),
    new FastifyAdapter({ bodyLimit: 1_048_576 }),
    {
      logger: deps.config.logLevel === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['error', 'warn'],
      abortOnError: false,
    },
  );
  app.enableShutdownHooks();
  await app.init();
  return app;
}
