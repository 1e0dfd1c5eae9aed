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

  it('reports a skip that real time holds back as stalled, runs it once more, and names what held the clock', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    let issuing: () => void = () => undefined;
    let attempts = 0;
    const stalling = onTimeSkippingServer(
      'stall',
      async ({ env, taskQueue }) => {
        attempts += 1;
        const receiptIssuing = new Promise<void>((resolve) => (issuing = resolve));
        const code = uniqueCode('TS');
        await submitDossier(env.client, taskQueue, { code, channel: 'desk' });
        await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
        await receiptIssuing;
        // Time does not skip while an activity runs: the receipt takes 3 s of real time.
        await sleepUntil(env, plusDays(new Date(await env.currentTimeMs()), 1), { watchdogMs: 500 });
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
    await expect(stalling).rejects.toBeInstanceOf(TimeSkippingStalled);
    await expect(stalling).rejects.toThrow(/not done after 500 ms .*; the worker then: 1 activities, 0 local/);
    expect(attempts).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
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

  it('cancels a test over its budget, with the calls it still waits on, and runs it once more', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    let attempts = 0;
    const hanging = onTimeSkippingServer(
      'over budget',
      async ({ env }) => {
        attempts += 1;
        // A long poll on a queue nobody feeds: a call that stays pending (as a stuck Update would).
        await env.client.workflowService.pollWorkflowTaskQueue({
          namespace: 'default',
          taskQueue: { name: `nobody-${attempts}` },
        });
      },
      plainWorker,
      { budgetMs: 1_000 },
    );
    await expect(hanging).rejects.toThrow(/not done after 1000 ms; the worker then: 0 activities/);
    expect(attempts).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
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
