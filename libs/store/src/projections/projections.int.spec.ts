import { randomUUID } from 'node:crypto';
import type { DossierCommand, DossierEvent } from '@motcua/domain';
import { doc, history, officer, submitCommand, supervisor, vn } from '@motcua/domain/dossier/dossier.fixtures';
import { historyOf as feedbackHistory, receiveCommand } from '@motcua/domain/feedback/feedback.fixtures';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { DEMO_CALENDARS, DEMO_PROCEDURES } from '../demo-catalogue';
import { EventStore } from '../event-store';
import { Projector } from './projector';
import { ReadModelVersions } from './read-model-versions';
import { rebuildReadModels } from './rebuild';

const pause: DossierCommand = {
  type: 'PauseProcessing',
  at: vn('2025-03-11T09:00'),
  actor: officer,
  reasonCode: 'VERIFICATION',
  reason: 'Chờ xác minh',
  attachment: doc('cv.pdf'),
  notice: { channel: 'post', reference: 'TB-1' },
};

/** Appends a dossier's events the way the workflow does: ids chosen by the writer, actor in metadata. */
async function appendDossier(store: EventStore, code: string, events: DossierEvent[], actors: string[]): Promise<void> {
  for (const [i, e] of events.entries()) {
    await store.append(`dossier-${code}`, i, [
      {
        eventId: randomUUID(),
        type: e.type,
        data: { ...e.data },
        occurredAt: e.data.at,
        metadata: { actorId: actors[i] ?? 'x', actorRole: 'officer' },
      },
    ]);
  }
}

/** Catalogue events every test database is seeded with (they pass through the projector too). */
const SEEDED = DEMO_PROCEDURES.length + DEMO_CALENDARS.length;

const FEEDBACK = 'STP-KH-250307-PA000001';

const withCode = (code: string, commands: DossierCommand[]): DossierCommand[] =>
  commands.map((c) => (c.type === 'SubmitDossier' ? { ...c, dossierCode: code } : c));

describe('read models kept by the projector', () => {
  let db: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new EventStore(db.dataSource);
    const a = history(
      ...withCode('A-1', [
        submitCommand(vn('2025-03-07T15:00')),
        { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer },
        pause,
      ]),
    );
    await appendDossier(store, 'A-1', a, ['applicant-1', 'officer-1', 'officer-2']);
    const b = history(
      ...withCode('B-1', [
        submitCommand(vn('2025-03-07T15:00'), {
          channel: 'desk',
          components: [{ code: 'X', name: 'X', copies: 1, digitised: false, reused: true }],
        }),
        { type: 'CancelDossier', at: vn('2025-03-08T09:00'), actor: officer, reason: 'Không phản hồi' },
        {
          type: 'ReviewAuditedAction',
          at: vn('2025-03-09T09:00'),
          actor: supervisor,
          actionId: 'cancellation-1',
          verdict: 'justified',
          note: 'Đúng',
        },
      ]),
    );
    await appendDossier(store, 'B-1', b, ['officer-1', 'officer-3', 'supervisor-1']);
  });
  afterAll(() => db?.drop());

  it('projects one row per dossier with its deadlines and flags', async () => {
    const projector = new Projector(db.dataSource, { batchSize: 2 });
    expect(await projector.drain()).toBe(6 + SEEDED);
    const rows = await db.dataSource.query('SELECT * FROM dossiers ORDER BY dossier_code');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      dossier_code: 'A-1',
      agency_code: 'STP-KH',
      channel: 'online',
      status: 4,
      stage: 'processing',
      paused: true,
      next_deadline: null,
      digitised: true,
      reused_data: false,
      paid_online: true,
      version: 3,
    });
    expect(rows[0].due_at.toISOString()).toBe(vn('2025-03-24T09:00'));
    expect(rows[1]).toMatchObject({
      dossier_code: 'B-1',
      status: 3,
      stage: 'closed',
      digitised: false,
      reused_data: true,
    });
  });

  it('keeps the supervisors audit queue with who acted and who reviewed', async () => {
    const audit = await db.dataSource.query('SELECT * FROM audit_actions ORDER BY id');
    expect(audit).toEqual([
      expect.objectContaining({ id: 'A-1:pause-1', kind: 'pause', actor_id: 'officer-2', verdict: null }),
      expect.objectContaining({
        id: 'B-1:cancellation-1',
        kind: 'cancellation',
        actor_id: 'officer-3',
        verdict: 'justified',
        reviewer_id: 'supervisor-1',
      }),
    ]);
  });

  it('applies each event once: catching up again or from a second projector changes nothing', async () => {
    const before = await db.dataSource.query('SELECT * FROM dossiers ORDER BY dossier_code');
    const [p1, p2] = [new Projector(db.dataSource), new Projector(db.dataSource)];
    expect(await Promise.all([p1.catchUp(), p2.catchUp()])).toEqual([0, 0]);
    expect(await db.dataSource.query('SELECT * FROM dossiers ORDER BY dossier_code')).toEqual(before);
  });

  it('shares new events between concurrent projectors without applying any twice', async () => {
    const more = history(
      ...withCode('C-1', [
        submitCommand(vn('2025-03-07T15:00')),
        { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer },
      ]),
    );
    await appendDossier(store, 'C-1', more, ['a', 'b']);
    const counts = await Promise.all([
      new Projector(db.dataSource, { batchSize: 1 }).drain(),
      new Projector(db.dataSource, { batchSize: 1 }).drain(),
    ]);
    expect(counts[0] + counts[1]).toBe(2);
    const [row] = await db.dataSource.query("SELECT version, status FROM dossiers WHERE dossier_code = 'C-1'");
    expect(row).toEqual({ version: 2, status: 2 });
  });

  it('projects a feedback: its row, and its 766 facts filed under its agency only', async () => {
    const feedback = feedbackHistory(
      receiveCommand(vn('2025-03-07T15:00')),
      { type: 'ClassifyFeedback', at: vn('2025-03-10T08:00'), actor: officer, category: 'staff' },
      { type: 'AssignFeedback', at: vn('2025-03-10T08:05'), actor: officer, assigneeId: officer.id },
      { type: 'AnswerFeedback', at: vn('2025-03-24T08:00'), actor: officer, answer: 'Trả lời muộn' },
      { type: 'PublishFeedbackAnswer', at: vn('2025-03-24T09:00'), actor: officer },
    );
    for (const [i, e] of feedback.entries()) {
      await store.append(`feedback-${FEEDBACK}`, i, [
        {
          eventId: randomUUID(),
          type: e.type,
          data: { ...e.data },
          occurredAt: e.data.at,
          metadata: { actorId: 'x', actorRole: 'officer' },
        },
      ]);
    }
    expect(await new Projector(db.dataSource, { batchSize: 2 }).drain()).toBe(5);
    const [row] = await db.dataSource.query('SELECT * FROM feedbacks WHERE feedback_code = $1', [FEEDBACK]);
    expect(row).toMatchObject({ stage: 'published', category: 'staff', round: 1, overdue: false, version: 5 });
    const facts = await db.dataSource.query(
      'SELECT kind, procedure_code, channel FROM index766_facts WHERE dossier_code = $1 ORDER BY kind',
      [FEEDBACK],
    );
    expect(facts).toEqual(
      ['feedbackAboutStaff', 'feedbackAnsweredLate', 'feedbackOnDossier', 'feedbackOverdue', 'feedbackReceived'].map(
        (kind) => ({ kind, procedure_code: '', channel: '' }),
      ),
    );
  });

  const readModels = async () => ({
    feedbacks: await db.dataSource.query('SELECT * FROM feedbacks ORDER BY feedback_code'),
    dossiers: await db.dataSource.query('SELECT * FROM dossiers ORDER BY dossier_code'),
    audit: await db.dataSource.query('SELECT * FROM audit_actions ORDER BY id'),
    facts: await db.dataSource.query('SELECT * FROM index766_facts ORDER BY dossier_code, kind'),
    steps: await db.dataSource.query('SELECT * FROM dossier_steps ORDER BY dossier_code, seq'),
  });

  it('rebuilds from the events into tables identical to the live ones', async () => {
    const live = await readModels();
    expect(live.steps.length).toBeGreaterThan(0);
    const progress: number[] = [];
    const { events } = await rebuildReadModels(db.dataSource, { onProgress: (p) => progress.push(p.applied) });
    expect(events).toBe(8 + 5 + SEEDED);
    expect(progress[progress.length - 1]).toBe(8 + 5 + SEEDED);
    expect(await readModels()).toEqual(live);
    // The live projector carries on from the rebuilt checkpoint.
    expect(await new Projector(db.dataSource).drain()).toBe(0);
  });

  it('rebuilds the same with streams split across pages of the bulk load, odd characters included', async () => {
    const odd = { kind: 'citizen' as const, name: 'Trần\tThị\\B\nC "D"', idNumber: '079203009999' };
    await appendDossier(
      store,
      'F-1',
      history(...withCode('F-1', [submitCommand(vn('2025-03-12T10:00'), { applicant: odd })])),
      ['x'],
    );
    await new Projector(db.dataSource).drain();
    const live = await readModels();
    expect(live.dossiers).toContainEqual(expect.objectContaining({ dossier_code: 'F-1', applicant_name: odd.name }));
    await rebuildReadModels(db.dataSource, { pageSize: 2 });
    expect(await readModels()).toEqual(live);
  });

  it('leaves the live read models as they were when a rebuild fails part-way', async () => {
    const live = await readModels();
    // An index squatting on a name the rebuild builds under makes it fail after its bulk load.
    await db.dataSource.query('CREATE TABLE squatter (x int)');
    await db.dataSource.query('CREATE INDEX rebuild_dossiers_0 ON squatter (x)');
    await expect(rebuildReadModels(db.dataSource)).rejects.toThrow(/rebuild_dossiers_0/);
    expect(await readModels()).toEqual(live);
    await db.dataSource.query('DROP TABLE squatter');
    await rebuildReadModels(db.dataSource);
    expect(await readModels()).toEqual(live);
  });

  it('keeps the names of the tables keys and indexes through a rebuild', async () => {
    const names = () =>
      db.dataSource.query(
        `SELECT tablename, indexname FROM pg_indexes
         WHERE tablename IN ('dossiers', 'audit_actions', 'index766_facts', 'index766_daily') ORDER BY 1, 2`,
      );
    const before = await names();
    expect(before).toContainEqual({ tablename: 'dossiers', indexname: 'dossiers_pkey' });
    expect(before).toContainEqual({ tablename: 'dossiers', indexname: 'dossiers_open_by_agency' });
    await rebuildReadModels(db.dataSource);
    expect(await names()).toEqual(before);
  });

  it('takes, after its bulk load, the events of transactions still open when it started', async () => {
    const [submitD, acceptD] = history(
      ...withCode('D-1', [
        submitCommand(vn('2025-03-12T08:00')),
        { type: 'AcceptDossier', at: vn('2025-03-12T09:00'), actor: officer },
      ]),
    );
    await appendDossier(store, 'D-1', [submitD], ['applicant-4']);
    // An older transaction appends D-1's acceptance and stays open while a younger one commits E-1:
    // the bulk load may take neither, and the catch-up must not skip the older one's event.
    const open = db.dataSource.createQueryRunner();
    await open.startTransaction();
    await open.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata, occurred_at)
       VALUES ('dossier-D-1', 2, $1, $2, $3, $4, $5)`,
      [randomUUID(), acceptD.type, acceptD.data, { actorId: 'officer-4', actorRole: 'officer' }, acceptD.data.at],
    );
    await appendDossier(store, 'E-1', history(...withCode('E-1', [submitCommand(vn('2025-03-12T10:00'))])), ['x']);
    const rebuilding = rebuildReadModels(db.dataSource, { pageSize: 3 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await open.commitTransaction();
    await open.release();
    await rebuilding;
    const rows = await db.dataSource.query(
      "SELECT dossier_code, version, status FROM dossiers WHERE dossier_code IN ('D-1', 'E-1') ORDER BY 1",
    );
    expect(rows).toEqual([
      { dossier_code: 'D-1', version: 2, status: 2 },
      { dossier_code: 'E-1', version: 1, status: 1 },
    ]);
    const rebuilt = await readModels();
    await new Projector(db.dataSource).drain();
    expect(await readModels()).toEqual(rebuilt);
  });
});

describe('announcements of read-model changes', () => {
  let db: TestDatabase;
  let store: EventStore;
  let versions: ReadModelVersions;
  const project = async () => {
    await new Projector(db.dataSource).drain();
    await versions.caughtUp();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new EventStore(db.dataSource);
    versions = new ReadModelVersions(db.url);
    await versions.start();
    await project();
  });

  afterAll(async () => {
    await versions.stop();
    await db.drop();
  });

  it('changes the stamp of the agencies a committed batch changed, and only theirs', async () => {
    const both = ['STP-KH', 'UB-Q1'];
    const before = {
      kh: versions.stamp(['STP-KH']),
      q1: versions.stamp(['UB-Q1']),
      both: versions.stamp(both),
      all: versions.stamp('*'),
    };
    expect(before.kh).toBeDefined();
    const code = 'STP-KH-250307-000042';
    await appendDossier(store, code, history(...withCode(code, [submitCommand(vn('2025-03-07T15:00'))])), ['a']);
    // Appended but not projected: the read models did not change.
    await versions.caughtUp();
    expect(versions.stamp(['STP-KH'])).toBe(before.kh);
    await project();
    expect(versions.stamp(['STP-KH'])).not.toBe(before.kh);
    expect(versions.stamp(both)).not.toBe(before.both);
    expect(versions.stamp(['UB-Q1'])).toBe(before.q1);
    expect(versions.stamp('*')).not.toBe(before.all);
    const after = versions.stamp(['STP-KH']);
    await project();
    expect(versions.stamp(['STP-KH'])).toBe(after);
  });

  it('changes every stamp when a rebuild replaces the tables', async () => {
    const before = versions.stamp(['UB-Q1']);
    await rebuildReadModels(db.dataSource);
    await versions.caughtUp();
    expect(versions.stamp(['UB-Q1'])).not.toBe(before);
  });

  it('knows nothing while its connection is lost, then listens again with every stamp changed', async () => {
    const before = versions.stamp(['UB-Q1']);
    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'motcua-read-models' AND datname = current_database()`,
    );
    await until(() => versions.stamp(['UB-Q1']) === undefined);
    await until(() => versions.stamp(['UB-Q1']) !== undefined);
    expect(versions.stamp(['UB-Q1'])).not.toBe(before);
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
