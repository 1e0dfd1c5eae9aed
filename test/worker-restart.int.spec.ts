import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { DossierState } from '@motcua/domain';
import { EventStore } from '@motcua/store';
import {
  commandUpdates,
  dossierStreamId,
  dossierWorkflowId,
  type CommandPayload,
  type PersonCommandType,
} from '@motcua/workflows/messages';
import type { AppendedEvents } from '@motcua/workflows/activities';
import { createTestDatabase, type TestDatabase } from './support/database';
import { HASH, OFFICER, submitDossier, uniqueCode, eventually, withoutPapers } from './support/dossiers';
import { devServerAddress, uniqueTaskQueue } from './support/temporal';
import type { EntryPointProcess } from './support/api-process';
import { spawnWorkerProcess } from './support/worker-process';

const DOSSIERS = 20;

/** Sends an Update with a fixed id until it completes: a retry after a lost answer applies nothing twice. */
async function sendUntilDone(client: Client, code: string, payload: CommandPayload): Promise<DossierState> {
  const updateId = randomUUID();
  for (;;) {
    try {
      return await client.workflow
        .getHandle(dossierWorkflowId(code))
        .executeUpdate(commandUpdates[payload.type as PersonCommandType], { args: [payload], updateId });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Event ids the workflow appended, read from the local-activity markers of its history. */
async function appendedIdsInHistory(client: Client, code: string): Promise<string[]> {
  const history = await client.workflow.getHandle(dossierWorkflowId(code)).fetchHistory();
  return (history.events ?? []).flatMap((e) => {
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_local_activity') return [];
    const data = defaultPayloadConverter.fromPayload<{ activity_type: string }>(marker.details!.data!.payloads![0]);
    const result = marker.details?.result?.payloads?.[0];
    if (data.activity_type !== 'appendDossierEvents' || !result) return [];
    return defaultPayloadConverter.fromPayload<AppendedEvents>(result).eventIds;
  });
}

describe('a worker killed mid-run and restarted', () => {
  let db: TestDatabase;
  let connection: Connection;
  let client: Client;
  const workers: EntryPointProcess[] = [];
  const taskQueue = uniqueTaskQueue('kill');

  beforeAll(async () => {
    db = await createTestDatabase();
    connection = await Connection.connect({ address: devServerAddress() });
    client = new Client({ connection });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    await connection?.close();
    await db?.drop();
  });

  it('finishes every dossier with no event lost or duplicated', async () => {
    const env = { databaseUrl: db.url, temporalAddress: devServerAddress(), taskQueue };
    workers.push(spawnWorkerProcess(env));
    await workers[0].ready;

    const codes = Array.from({ length: DOSSIERS }, () => uniqueCode('K'));
    await Promise.all(codes.map((code) => submitDossier(client, taskQueue, { code, channel: 'desk' })));
    let completed = 0;
    const lifecycles = codes.map(async (code) => {
      for (const payload of [
        { type: 'AcceptDossier', actor: OFFICER },
        {
          type: 'IssueResult',
          actor: OFFICER,
          decision: 'approved',
          documents: [{ fileName: 'kq.pdf', contentHash: HASH, code: 'KQ-1', eSigned: true }],
        },
        { type: 'ReturnResult', actor: OFFICER, method: 'desk' },
      ] as CommandPayload[]) {
        await sendUntilDone(client, code, payload);
        completed += 1;
      }
    });
    while (completed < DOSSIERS) await new Promise((r) => setTimeout(r, 20));
    await workers[0].kill('SIGKILL');
    const killedAfter = completed;
    workers.push(spawnWorkerProcess(env));
    await workers[1].ready;
    await Promise.all(lifecycles);
    expect(killedAfter).toBeLessThan(3 * DOSSIERS);

    const store = new EventStore(db.dataSource);
    // Each receipt follows its acceptance; one whose issuing died with the worker is retried on the new one.
    const issued = async (code: string) =>
      (await store.readStream(dossierStreamId(code))).some((e) => e.type === 'SlipIssued');
    await eventually(
      'every receipt is issued',
      async () => (await Promise.all(codes.map(issued))).every(Boolean),
      40_000,
    );
    let events = 0;
    for (const code of codes) {
      const stored = await store.readStream(dossierStreamId(code));
      expect(withoutPapers(stored.map((e) => e.type))).toEqual([
        'DossierSubmitted',
        'DossierAccepted',
        'ResultIssued',
        'ResultReturned',
      ]);
      expect(stored.filter((e) => e.type === 'SlipIssued').map((e) => e.data)).toEqual([
        expect.objectContaining({ slip: 'receipt', ofVersion: 2 }),
      ]);
      expect(stored.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
      const inHistory = await appendedIdsInHistory(client, code);
      expect(new Set(inHistory)).toEqual(new Set(stored.map((e) => e.eventId)));
      events += stored.length;
    }
    const [{ total, distinct }] = await db.dataSource.query(
      "SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct FROM events WHERE stream_id LIKE 'dossier-%'",
    );
    expect({ total, distinct }).toEqual({ total: events, distinct: events });
    console.log(
      `[kill-restart] ${DOSSIERS} dossiers, ${events} events, killed after ${killedAfter} of ${3 * DOSSIERS} commands, 0 lost, 0 duplicated`,
    );
  }, 180_000);
});
