/**
 * Runs `pass` again and again until stopped: right away, then after each pause of `idleMs` (or at
 * once when woken). A failing pass is reported and tried again after the pause. Shared by the worker's
 * loops over the national portal's outbox (the sender, the acknowledgement relay).
 */
export class PollingLoop {
  private running = false;
  private stopped = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly idleMs: number,
    private readonly onError?: (error: unknown) => void,
  ) {}

  /** True once `stop` was called: a pass that loops over batches ends at the next one. */
  get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.pass();
      } catch (error) {
        this.onError?.(error);
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, this.idleMs);
      });
    }
  }
}
