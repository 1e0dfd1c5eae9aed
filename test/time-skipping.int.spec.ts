import { createTestDatabase, type TestDatabase } from './support/database';
import { OFFICER, send, submitDossier, uniqueCode } from './support/dossiers';
import { startWorker } from './support/temporal';
import {
  onTimeSkippingServer,
  plusDays,
  sleepUntil,
  TimeSkippingStalled,
  type TimeSkippingServer,
} from './support/time-skipping';

/** The harness of our time-skipping tests: a stalled skip is reported, and only that is tried again. */
describe('time-skipping harness', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('reports a skip that real time holds back (an activity still running) as stalled', async () => {
    let issuing: () => void = () => undefined;
    const receiptIssuing = new Promise<void>((resolve) => (issuing = resolve));
    await onTimeSkippingServer(
      'stall',
      async ({ env, taskQueue }) => {
        const code = uniqueCode('TS');
        await submitDossier(env.client, taskQueue, { code, channel: 'desk' });
        await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
        await receiptIssuing;
        const tomorrow = plusDays(new Date(await env.currentTimeMs()), 1);
        // Time does not skip while an activity runs: the receipt takes 3 s of real time.
        await expect(sleepUntil(env, tomorrow, { watchdogMs: 500 })).rejects.toBeInstanceOf(TimeSkippingStalled);
        await sleepUntil(env, tomorrow);
        expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(tomorrow.getTime());
      },
      ({ env, taskQueue }) =>
        startWorker({
          connection: env.nativeConnection,
          taskQueue,
          dataSource: db.dataSource,
          wrapActivities: (activities) => ({
            ...activities,
            issueSlip: async (request) => {
              issuing();
              await new Promise((resolve) => setTimeout(resolve, 3_000));
              return activities.issueSlip(request);
            },
          }),
        }),
    );
  });

  const plainWorker = ({ env, taskQueue }: TimeSkippingServer) =>
    startWorker({ connection: env.nativeConnection, taskQueue, dataSource: db.dataSource });

  it('runs a test whose skip stalled once more, on a fresh server', async () => {
    const servers: TimeSkippingServer[] = [];
    await onTimeSkippingServer(
      'retried',
      async (server) => {
        servers.push(server);
        if (servers.length === 1) throw new TimeSkippingStalled('stalled on purpose');
        await sleepUntil(server.env, plusDays(new Date(await server.env.currentTimeMs()), 2));
      },
      plainWorker,
    );
    expect(servers).toHaveLength(2);
    expect(servers[1].env).not.toBe(servers[0].env);
    expect(servers[1].taskQueue).not.toBe(servers[0].taskQueue);
  });

  it('does not run a failing test again when nothing stalled', async () => {
    let attempts = 0;
    const failing = onTimeSkippingServer(
      'failing',
      async () => {
        attempts += 1;
        throw new Error('a rule broke');
      },
      plainWorker,
    );
    await expect(failing).rejects.toThrow('a rule broke');
    expect(attempts).toBe(1);
  });
});
