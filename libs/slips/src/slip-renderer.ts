import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SlipContent } from '@motcua/domain';

type Pending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };

/**
 * Renders papers on a thread of their own, one at a time, so a process that also runs workflows and
 * appends (the worker) keeps its main thread free. The same `renderSlip`, so the same bytes. From the
 * TypeScript sources (tests, scripts) the thread loads them through the project's swc hook.
 */
export class SlipRenderer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  render(content: SlipContent): Promise<Buffer> {
    const id = this.next++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread().postMessage({ id, content });
    });
  }

  /** Stops the thread (it is unref'd, so a process may also just exit). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const fromSource = __filename.endsWith('.ts');
    const worker = new Worker(join(__dirname, `render-thread${fromSource ? '.ts' : '.js'}`), {
      execArgv: fromSource ? ['-r', join(__dirname, '..', '..', '..', 'scripts', 'infra', 'swc-register.cjs')] : [],
    });
    worker.unref();
    worker.on('message', (message: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) job?.reject(new Error(`rendering failed: ${message.error}`));
      else job?.resolve(Buffer.from(message.pdf!.buffer, message.pdf!.byteOffset, message.pdf!.byteLength));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the rendering thread stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
