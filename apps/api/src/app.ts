import 'reflect-metadata';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule, type AppDependencies } from './app.module';
import { registerJsonBodyParser } from './http/json-body';
import { ApiMetrics } from './metrics/metrics';
import { openApiDocument } from './openapi/openapi';
import { serveWebPages } from './web/web-pages';

/** Builds the HTTP application (not yet listening): used by main and by the e2e tests. */
export async function createApp(deps: AppDependencies): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(deps),
    new FastifyAdapter({ bodyLimit: 1_048_576 }),
    {
      logger: deps.config.logLevel === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['error', 'warn'],
      abortOnError: false,
      // Our own JSON parser replaces Fastify's (see registerJsonBodyParser); Nest must not add another.
      bodyParser: false,
    },
  );
  recordHttpMetrics(app);
  const fastify = app.getHttpAdapter().getInstance();
  registerJsonBodyParser(fastify);
  // Uploads stream through (never buffered); each route sets its own file limit, see DocumentsService.
  await app.register(multipart, {
    limits: { files: 1, fields: 4, fieldSize: 200, parts: 6, headerPairs: 50 },
  });
  const web = deps.config.web;
  if (web.dir) await serveWebPages(app, { ...web, dir: web.dir });
  // Swagger UI's page loads its assets relative to /docs: from /docs/ they would miss.
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url === '/docs/') await reply.redirect('/docs', 301);
  });
  const document = openApiDocument();
  SwaggerModule.setup('docs', app, document as unknown as OpenAPIObject, {
    jsonDocumentUrl: 'openapi.json',
    raw: ['json'],
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}

/** Request counts and latencies by route template (not by raw URL, which would explode the labels). */
function recordHttpMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(ApiMetrics);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestSeconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}
