/**
 * Workflows of the lifecycle benchmark: the real dossier workflow, and a bare baseline with the same
 * messages (one Update-with-Start, three Updates) doing no domain work, no activity and no timer.
 */
import { condition, setHandler } from '@temporalio/workflow';
import { defineUpdate } from '@temporalio/workflow';

export { dossierWorkflow } from '../../workflows/src/dossier.workflow';

export const bareStep = defineUpdate<number, [string]>('BareStep');

export async function bareWorkflow(): Promise<number> {
  let steps = 0;
  setHandler(bareStep, () => ++steps);
  await condition(() => steps >= 4);
  return steps;
}
