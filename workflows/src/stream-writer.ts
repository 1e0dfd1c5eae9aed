/**
 * What every workflow that writes an event stream does (a dossier's, a feedback's): it decides a
 * command on its state, appends the events through an activity, folds them; one command at a time,
 * in arrival order, behind a gate that opens once the run knows its starting state; an Update sent
 * again (same id) is not applied twice; and when the store turns out to be ahead (a lost workflow
 * task appended first), it folds what the store holds and decides again. Deterministic: only the
 * workflow's uuid4 and activities.
 */
import { ApplicationFailure, uuid4, workflowInfo } from '@temporalio/workflow';
import type { AppendedEvents, EventsToAppend, RecordedEvent, StreamEvent } from './activities';

export interface StreamWriterOptions<S extends { readonly version: number }, C, E extends StreamEvent> {
  readonly streamId: string;
  readonly initial: S;
  readonly evolve: (state: S, event: E) => S;
  /** The events `command` produces in `state` (throws the refusal as an ApplicationFailure). */
  readonly decide: (command: C, state: S) => E[];
  readonly append: (input: EventsToAppend<E>) => Promise<AppendedEvents<E>>;
  /** Who acted, the agency, the command's type: stored beside the events. */
  readonly metadataOf: (
    command: C,
    state: S,
  ) => { actorId: string; actorRole: string; agencyCode?: string; commandType: string };
  /** Runs after each command's events are folded (e.g. issuing the papers they owe). */
  readonly afterEach?: () => void;
}

export class StreamWriter<S extends { readonly version: number }, C, E extends StreamEvent> {
  state: S;
  /** Ids of the commands whose events are stored. */
  private readonly applied = new Set<string>();
  private openGate: () => void = () => undefined;
  private queue: Promise<unknown> = new Promise<void>((resolve) => (this.openGate = resolve));

  constructor(private readonly options: StreamWriterOptions<S, C, E>) {
    this.state = options.initial;
  }

  /** Whether the command with this (Update) id is already stored. */
  hasApplied(commandId: string | undefined): boolean {
    return commandId !== undefined && this.applied.has(commandId);
  }

  /** Folds events the store holds beyond the state (the store is the source of truth). */
  adopt(recorded: readonly RecordedEvent<E>[]): void {
    for (const { event, causationId } of recorded) {
      this.state = this.options.evolve(this.state, event);
      if (causationId !== undefined) this.applied.add(causationId);
    }
  }

  /** Lets queued commands run: the run knows its starting state. */
  open(): void {
    this.openGate();
  }

  /**
   * Runs a command when its turn comes (built then, so its instant and checks see the state it
   * applies to); resolves with the state after it.
   */
  queued(commandId: string | undefined, build: () => C): Promise<S> {
    const run = this.queue.then(async () => {
      await this.apply(commandId, build);
      this.options.afterEach?.();
      return this.state;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(commandId: string | undefined, build: () => C): Promise<S> {
    for (;;) {
      if (this.hasApplied(commandId)) return this.state;
      const command = build();
      const events = this.options.decide(command, this.state);
      if (events.length === 0) return this.state;
      const result = await this.appendEvents(command, events, commandId);
      if (!result.stored) {
        this.state = events.reduce(this.options.evolve, this.state);
        if (commandId !== undefined) this.applied.add(commandId);
        return this.state;
      }
      const before = this.state.version;
      this.adopt(result.stored);
      if (this.state.version === before) {
        throw ApplicationFailure.nonRetryable(`the store returned no events past version ${before}`, 'STORE_MISMATCH');
      }
    }
  }

  private appendEvents(command: C, events: E[], commandId: string | undefined): Promise<AppendedEvents<E>> {
    const eventIds = events.map(() => uuid4());
    const fresh = uuid4();
    return this.options.append({
      streamId: this.options.streamId,
      expectedVersion: this.state.version,
      events: events.map((event, i) => ({ eventId: eventIds[i], event })),
      metadata: {
        ...this.options.metadataOf(command, this.state),
        correlationId: workflowInfo().workflowId,
        causationId: commandId ?? fresh,
      },
    });
  }
}
