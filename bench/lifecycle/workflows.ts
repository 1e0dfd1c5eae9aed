/**
 * Workflows of the lifecycle benchmark: the real dossier workflow, and a bare baseline with the same
 * messages (one Update-with-Start, three Updates) doing no domain work, no activity and no timer, and
 * the same with one no-op local activity per Update.
 */
import { condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { DossierActivities } from '@motcua/workflows/activities';

export { dossierWorkflow } from '@motcua/workflows/dossier.workflow';

export const bareStep = defineUpdate<number, [string]>('BareStep');

export async function bareWorkflow(): Promise<number> {
  let steps = 0;
  setHandler(bareStep, () => ++steps);
  await condition(() => steps >= 4);
  return steps;
}

const { appendDossierEvents } = proxyLocalActivities<DossierActivities>({ startToCloseTimeout: '10 seconds' });

/**
 * The bare baseline plus what the dossier workflow pays per command for its local activity: each
 * Update runs the append with no events (the store returns without SQL), so only the SDK's cost remains.
 */
export async function bareAppendWorkflow(): Promise<number> {
  let steps = 0;
  setHandler(bareStep, async () => {
    await appendDossierEvents({
      streamId: 'bare',
      expectedVersion: 0,
      events: [],
      metadata: {
        actorId: 'bench',
        actorRole: 'system',
        correlationId: 'bare',
        causationId: 'bare',
        commandType: 'Bare',
      },
    });
    return ++steps;
  });
  await condition(() => steps >= 4);
  return steps;
}
