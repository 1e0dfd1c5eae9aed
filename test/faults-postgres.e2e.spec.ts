import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '@motcua/api/app';
import { history, submitCommand, vn } from '@motcua/domain/dossier/dossier.fixtures';
import {
  CatalogueStore,
  DEMO_CALENDARS,
  DEMO_PROCEDURES,
  DossierRecords,
  EventStore,
  Projector,
  openDatabase,
} from '@motcua/store';
import { bearer, testConfig } from './support/api';
import { DESK_DOSSIER } from './support/http';
import { startPostgresProcess, type PostgresProcess } from './support/postgres-process';
import { uniqueTaskQueue } from './support/temporal';

/**
 * PostgreSQL stopped and started again under a running projector and API (issue: "Retries and
 * faults"): the projector listens again and projects a new event within a second; while the database
 * is away the API answers 503 SERVICE_UNAVAILABLE with Retry-After, never 500.
 */
describe('PostgreSQL restarted under the projector and the API', () => {
  let scratch: string;
  let port: number;
  let postgres: PostgresProcess;
  let db: DataSource;
  let url: string;

  beforeAll(async () => {
    const { makeScratchDir } = await import('../scripts/infra/scratch.mjs');
    const { freePort } = await import('../scripts/infra/ports.mjs');
    const { createDatabase } = await import('../scripts/infra/databases.mjs');
    scratch = makeScratchDir('pg-restart-');
    port = await freePort();
    postgres = await startPostgresProcess(join(scratch, 'pg'), port);
    await createDatabase(postgres.adminUrl, 'motcua');
    url = postgres.adminUrl.replace(/\/postgres$/, '/motcua');
    db = await openDatabase({ url, poolSize: 4 });
    await new CatalogueStore(db).seed(DEMO_PROCEDURES, DEMO_CALENDARS);
  });
  afterAll(async () => {
    await db?.destroy().catch(() => undefined);
    await postgres?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const restart = async () => {
    await postgres.stop();
    postgres = await startPostgresProcess(join(scratch, 'pg'), port);
  };
  const appendDossier = async (code: string) => {
    const [submitted] = history(submitCommand(vn('2026-11-30T09:00'), { dossierCode: code }));
    await new EventStore(db).append(`dossier-${code}`, 0, [
      {
        eventId: crypto.randomUUID(),
        type: submitted.type,
        data: { ...submitted.data },
        occurredAt: submitted.data.at,
        metadata: { actorId: 'applicant-1', actorRole: 'applicant' },
      },
    ]);
  };
  /** Retries a write until the pool has fresh connections again (the first query may meet a dead one). */
  const whenBack = async (write: () => Promise<void>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  it('projects a new event within a second of its append after PostgreSQL restarted', async () => {
    // A long poll interval: only a live LISTEN connection can make the projection prompt.
    const projector = new Projector(db, { idleMs: 120_000 });
    await projector.start(url);
    const records = new DossierRecords(db);
    const projected = async (code: string, withinMs: number) => {
      const deadline = Date.now() + withinMs;
      while (Date.now() < deadline) {
        if (await records.state(code).catch(() => undefined)) return true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    };
    try {
      await appendDossier('STP-KH-261130-000001');
      expect(await projected('STP-KH-261130-000001', 1_000)).toBe(true);
      await restart();
      await whenBack(() => appendDossier('STP-KH-261130-000002'));
      // Whatever was appended while the projector was not listening is caught up once it listens again.
      expect(await projected('STP-KH-261130-000002', 6_000)).toBe(true);
      await appendDossier('STP-KH-261130-000003');
      expect(await projected('STP-KH-261130-000003', 1_000)).toBe(true);
    } finally {
      await projector.stop();
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while PostgreSQL is away, and serves again once it is back', async () => {
    const app: NestFastifyApplication = await createApp({
      config: testConfig(url, uniqueTaskQueue('pg-down')),
      dataSource: db,
    });
    await app.getHttpAdapter().getInstance().ready();
    const officer = await bearer('officer', ['STP-KH']);
    try {
      await request(app.getHttpServer()).get('/dossiers').set('authorization', officer).expect(200);
      await postgres.stop();
      for (const call of [
        request(app.getHttpServer()).get('/dossiers').set('authorization', officer),
        request(app.getHttpServer()).post('/dossiers').set('authorization', officer).send(DESK_DOSSIER),
        request(app.getHttpServer())
          .post('/dossiers')
          .set('authorization', officer)
          .set('idempotency-key', 'while-postgres-is-away')
          .send(DESK_DOSSIER),
        request(app.getHttpServer()).get('/procedures'),
      ]) {
        const res = await call;
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
      }
      postgres = await startPostgresProcess(join(scratch, 'pg'), port);
      await whenBack(async () => {
        await request(app.getHttpServer()).get('/dossiers').set('authorization', officer).expect(200);
      });
    } finally {
      await app.close();
    }
  });
});
