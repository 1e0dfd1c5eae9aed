import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SlipContent } from '@motcua/domain';

type Pending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };

const IDLE_MS = 2_000;

/**
 * Renders papers on a thread of their own, one at a time, so a process that also runs workflows and
 * appends (the worker) keeps its main thread free. The same `renderSlip`, so the same bytes. From the
 * TypeScript sources (tests, scripts) the thread loads them through the project's swc hook. The thread
 * ends after IDLE_MS without work (a process embedding a worker — a test — then exits on its own) and
 * starts again with the next paper.
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

  /** Stops the thread; papers still in flight fail (the thread is unref'd, so a process may also just exit). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the renderer was closed'));
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
      if (this.pending.size === 0) this.closeWhenIdle();
      if (message.error !== undefined) job?.reject(new Error(`rendering failed: ${message.error}`));
      else job?.resolve(Buffer.from(message.pdf!.buffer, message.pdf!.byteOffset, message.pdf!.byteLength));
    });
    // Only the current thread's death fails the papers in flight (a thread closed when idle had none).
    const died = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', died);
    worker.on('exit', () => died(new Error('the rendering thread stopped')));
    this.worker = worker;
    return worker;
  }

  private closeWhenIdle(): void {
    const worker = this.worker;
    setTimeout(() => {
      if (this.worker === worker && this.pending.size === 0) void this.close();
    }, IDLE_MS).unref();
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
