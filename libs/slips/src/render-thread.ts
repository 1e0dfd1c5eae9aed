/**
 * The thread that renders papers (see SlipRenderer): PDF layout is synchronous CPU work, which on the
 * worker's main thread would stall everything else there — the local activities that append events,
 * the polls of the Temporal bridge.
 */
import { parentPort } from 'node:worker_threads';
import type { SlipContent } from '@motcua/domain';
import { renderSlip } from './render-slip';

parentPort!.on('message', (job: { id: number; content: SlipContent }) => {
  // A layout that throws at once is answered like one that fails later: the thread lives on.
  Promise.resolve(job.content)
    .then(renderSlip)
    .then(
      (pdf) => parentPort!.postMessage({ id: job.id, pdf }),
      (error: unknown) => parentPort!.postMessage({ id: job.id, error: String(error) }),
    );
});
